// Run by main-loop-bench.ts in a process of its own: the app's main process without Electron.
// It assembles the app as electron/main/index.ts does (openAppCore: history, settings, the
// upload list restored from the data folder, the call handlers), with stand-ins only for what
// needs a desktop: keys in memory (the keychain is not what is measured), no dialogs, and for
// webContents.send, V8's serializer (Electron structured-clones every IPC message in main with
// V8's ValueSerializer, so each queue patch costs main this much). Then it queues the big files
// given, starts them together, and records main's event-loop delay
// (perf_hooks.monitorEventLoopDelay) until all have uploaded. With `drop`, it drops that folder
// instead, through the window's own calls (files:register-drop, queue:add), and records the
// delay until every file in it was looked at: main's own share of a big drop, without the
// stand-in window's process (window-bench.ts measures it with Playwright beside it).
//
//   node test/bench/main-loop-probe.ts '{"dataDir":…,"baseUrl":…,"files":[…]}'   # prints one JSON line
//   node test/bench/main-loop-probe.ts '{"dataDir":…,"baseUrl":…,"files":[],"drop":"/folder"}'

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import { openAppCore } from '../../electron/main/app/app-core.ts';
import { memorySecretStore } from '../fixtures/memory-secret-store.ts';

interface ProbeInput {
  readonly dataDir: string;
  readonly baseUrl: string;
  readonly files: readonly string[];
  readonly drop?: string;
}

export interface MainLoopResult {
  /** Items in the list while the uploads ran (restored ones and the big files). */
  readonly items: number;
  readonly uploaded: number;
  readonly ms: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** IPC bytes main would have sent the window meanwhile. */
  readonly sentBytes: number;
  readonly cpuSeconds: number;
  /** Times the kernel took a CPU from this process's threads meanwhile: delay that is the machine's, not main's own work. */
  readonly involuntarySwitches: number;
}

const input = JSON.parse(process.argv[2] ?? '{}') as ProbeInput;
let sentBytes = 0;
const refuse = async (): Promise<never> => {
  throw new Error('No desktop in the benchmark.');
};
const core = await openAppCore({
  dataDir: input.dataDir,
  keys: memorySecretStore({ assemblyai: 'bench-key-not-secret' }),
  baseUrl: () => input.baseUrl,
  desktop: {
    pickMediaFiles: async () => [],
    pickExportPath: async () => undefined,
    confirmKeyChange: async () => false,
    confirmDeleteUpload: async () => false,
    openExternal: refuse,
    showInFolder: refuse,
    thumbnail: async () => undefined,
    readPastedImage: async () => undefined,
    copyText: async () => undefined,
  },
  emit: (_event, payload) => {
    sentBytes += serialize(payload).length;
  },
});
// 2 ms: fine enough to see a 10 ms stall, coarse enough not to cost the loop anything itself.
const delay = monitorEventLoopDelay({ resolution: 2 });
const cpuBefore = process.cpuUsage();
const switchesBefore = process.resourceUsage().involuntaryContextSwitches;
let started = performance.now();
let uploaded = 0;
if (input.drop === undefined) {
  await core.settings.update({ concurrency: input.files.length, copyLinkWhenDone: false });
  const added = await core.addChosen(input.files, 'assemblyai');
  if (added.added.length !== input.files.length) throw new Error(`Only ${added.added.length} of ${input.files.length} files were added: ${JSON.stringify(added.refused)}`);
  started = performance.now();
  delay.enable();
  core.queue.start(added.added);
  const summary = await core.queue.whenSettled();
  delay.disable();
  uploaded = core.queue.snapshot().items.filter((item) => added.added.includes(item.id) && item.status === 'done').length;
  if (uploaded !== input.files.length) throw new Error(`${uploaded} of ${input.files.length} uploads finished: ${JSON.stringify(summary)}`);
} else {
  // Every row looked at, as the window learns it: counted from the queue's own patches.
  const checking = new Map<string, boolean>();
  let looked = 0;
  const allLooked = new Promise<void>((resolve) => {
    core.queue.subscribe((patch) => {
      for (const item of patch.items) {
        const now = item.checking !== true;
        if (checking.get(item.id) !== now && now) looked += 1;
        checking.set(item.id, now);
      }
      if (looked > 0 && looked === checking.size) resolve();
    });
  });
  delay.enable();
  const ids = await core.handlers['files:register-drop']({ paths: [input.drop] });
  await core.handlers['queue:add']({ files: ids });
  await allLooked;
  delay.disable();
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const involuntarySwitches = process.resourceUsage().involuntaryContextSwitches - switchesBefore;
const items = core.queue.snapshot().items;
await core.close();
const result: MainLoopResult = {
  items: items.length,
  uploaded,
  ms,
  p50Ms: delay.percentile(50) / 1e6,
  p99Ms: delay.percentile(99) / 1e6,
  maxMs: delay.max / 1e6,
  sentBytes,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  involuntarySwitches,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
