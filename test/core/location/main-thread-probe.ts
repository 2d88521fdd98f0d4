// Run as its own process by main-thread.test.ts: checks every file named in PROBE_FILES (a JSON
// list of { path, formatId }) for location at once, as the queue would, and prints how long
// main's event loop was ever held up meanwhile and the process's peak memory. A process of its
// own keeps the test runner's work out of both numbers.
//
// Two measures of a held-up loop: monitorEventLoopDelay's (how late a timer ran, by the wall
// clock) and main's own busy stretch (the CPU time main's thread spent between two 5 ms ticks,
// process.threadCpuUsage). On a machine shared with other work the first also counts the time
// the system ran other processes instead; the second is only what main itself did.

import { readFile, stat } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { withoutLocation } from '../../../electron/core/location/without-location.ts';

const { PROBE_FILES, PROBE_SCRATCH, PROBE_WARMUP } = process.env;
if (PROBE_FILES === undefined || PROBE_SCRATCH === undefined || PROBE_WARMUP === undefined) {
  console.error('main-thread-probe: PROBE_FILES, PROBE_SCRATCH and PROBE_WARMUP must be set');
  process.exit(2);
}
const files = JSON.parse(PROBE_FILES) as Array<{ path: string; formatId: string }>;

async function check(path: string, formatId: string): Promise<{ path: string; locationRemoved?: boolean; code?: string }> {
  const { size, mtimeMs } = await stat(path);
  try {
    const sent = await withoutLocation({ path, formatId, stamp: { size, mtimeMs }, provider: 'WaveSpeedAI', scratchDir: PROBE_SCRATCH! });
    await sent.discard();
    return { path, locationRemoved: sent.locationRemoved };
  } catch (error) {
    return { path, code: String((error as { code?: unknown }).code) };
  }
}

// A first check loads every module and starts a first worker, as an app that has run a while has.
await check(PROBE_WARMUP, 'jpg');
// 10 ms resolution: fine enough to see a 50 ms stall, coarse enough to cost nothing.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let busiestMs = 0;
let last = process.threadCpuUsage();
const ticks = setInterval(() => {
  const now = process.threadCpuUsage();
  busiestMs = Math.max(busiestMs, (now.user - last.user + now.system - last.system) / 1000);
  last = now;
}, 5);
const outcomes = await Promise.all(files.map((f) => check(f.path, f.formatId)));
clearInterval(ticks);
delay.disable();
// VmHWM: the most memory this process ever held, including every worker thread's.
const status = await readFile('/proc/self/status', 'utf8');
const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
process.stdout.write(`${JSON.stringify({ busiestMs, maxDelayMs: delay.max / 1e6, p99DelayMs: delay.percentile(99) / 1e6, peakBytes: peakKb * 1024, outcomes })}\n`);
