// The upload list with 10,000 files restored at start (issue 12): how long the app waits for it
// and how much memory it takes. The file is what a day of use would leave before it was last
// compacted: every item's history of changes (added, started, uploading, done), so the restore
// also replaces it whole; and the files not yet uploaded exist, so each is looked at again.
// Each round restores in a fresh process, as a start does, from the same file.

import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDER_IDS } from '../../shared/providers.ts';
import { newItem, toDone, toFailed, toUploading, toWaiting } from '../../shared/queue-transitions.ts';
import type { QueueItem } from '../../shared/queue-types.ts';
import { itemLine } from '../../electron/core/queue/queue-line.ts';
import { QUEUE_FILE_NAME } from '../../electron/core/queue/queue-store.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { MB, median, milliseconds } from './bench-stats.ts';
import { expectSuccess, timed } from './timed-process.ts';

// A start that keeps the person waiting more than a second loses the thread (Nielsen), as for
// the history. The list stays in memory as long as the app runs: 2.5 KB a file keeps 10,000
// files at 25 MB, a sixth of the 150 MB the CLI's whole upload may take (memory-bench.ts).
const RESTORE_MS = 1000;
const KEPT_BYTES_PER_ITEM = 2500;
const PROBE = fileURLToPath(new URL('./queue-restore-probe.ts', import.meta.url));
const PEAK = fileURLToPath(new URL('./peak-rss-probe.ts', import.meta.url));

interface ProbeRun {
  readonly ms: number;
  readonly items: number;
  readonly heapUsed: number;
  readonly peakRss: number;
}

export async function queueBench(setup: BenchSetup, options: { items: number; rounds: number }): Promise<ResultRow[]> {
  const dir = join(setup.dir, 'queue');
  const media = join(dir, 'media');
  const full = join(dir, 'full');
  const empty = join(dir, 'empty');
  await Promise.all([media, full, empty].map((folder) => mkdir(folder, { recursive: true })));
  progress(`queue: writing a list of ${options.items.toLocaleString('en')} files`);
  const text = await generateList(media, options.items);

  const runs: ProbeRun[] = [];
  const baseline: ProbeRun[] = [];
  for (let round = 0; round < options.rounds; round++) {
    progress(`queue: restoring, round ${round + 1} of ${options.rounds}`);
    await writeFile(join(full, QUEUE_FILE_NAME), text);
    runs.push(await probe(full, setup.dir));
    baseline.push(await probe(empty, setup.dir));
  }
  const restored = runs[0]?.items ?? 0;
  if (restored !== options.items) throw new Error(`The list came back with ${restored} files, not ${options.items}.`);
  const after = (await readFile(join(full, QUEUE_FILE_NAME), 'utf8')).split('\n').filter((l) => l !== '').length;
  await rm(dir, { recursive: true, force: true });

  const ms = median(runs.map((r) => r.ms));
  const kept = median(runs.map((r) => r.heapUsed)) - median(baseline.map((r) => r.heapUsed));
  const peak = median(runs.map((r) => r.peakRss)) - median(baseline.map((r) => r.peakRss));
  const keptLimit = KEPT_BYTES_PER_ITEM * options.items;
  const n = options.items.toLocaleString('en');
  return [
    {
      measure: `Queue: restore ${n} files at start`,
      target: `≤ ${milliseconds(RESTORE_MS)}`,
      result: `${milliseconds(ms)} (${options.rounds} rounds; ${(text.length / MB).toFixed(1)} MB file of ${(options.items * 4).toLocaleString('en')} changes rewritten to ${after.toLocaleString('en')} lines)`,
      ratio: (ms / RESTORE_MS).toFixed(2),
      pass: ms <= RESTORE_MS,
    },
    {
      measure: `Queue: memory kept for ${n} restored files`,
      target: `≤ ${keptLimit / MB} MB (${KEPT_BYTES_PER_ITEM / 1000} KB a file)`,
      result:
        `${(kept / MB).toFixed(1)} MB of heap after a full collection, over an empty list; ` +
        `peak RSS while restoring +${(peak / MB).toFixed(0)} MB (${(median(runs.map((r) => r.peakRss)) / MB).toFixed(0)} MB vs ${(median(baseline.map((r) => r.peakRss)) / MB).toFixed(0)} MB, ru_maxrss; passing: the file read whole, and V8's young generation growing, about 20 MB of it)`,
      ratio: (kept / keptLimit).toFixed(2),
      pass: kept <= keptLimit,
    },
  ];
}

async function probe(dataDir: string, scratch: string): Promise<ProbeRun> {
  const peakFile = join(scratch, `queue-peak-${process.pid}-${Date.now()}`);
  const run = expectSuccess(await timed(process.execPath, ['--expose-gc', '--import', PEAK, PROBE, dataDir], { BENCH_PEAK_RSS_FILE: peakFile }), 'restoring the queue');
  const { ms, items, heapUsed } = JSON.parse(run.stdout) as { ms: number; items: number; heapUsed: number };
  const peakRss = Number(await readFile(peakFile, 'utf8'));
  await rm(peakFile, { force: true });
  return { ms, items, heapUsed, peakRss };
}

/**
 * Six files in ten done, with every change they went through; two idle, one failed and one
 * interrupted mid-upload, whose files exist (a restore looks at each of them).
 */
export async function generateList(media: string, count: number): Promise<string> {
  const lines: string[] = [];
  const at = Date.parse('2026-11-01T09:00:00Z');
  for (let i = 0; i < count; i++) {
    const provider = PROVIDER_IDS[i % PROVIDER_IDS.length] ?? 'assemblyai';
    const name = `clip-${String(i).padStart(5, '0')}.mp3`;
    const path = join(media, name);
    const kind = i % 10;
    const size = 1_000 + (i % 500);
    let mtimeMs = at;
    if (kind >= 6) {
      await writeFile(path, Buffer.alloc(size));
      mtimeMs = (await stat(path)).mtimeMs;
    }
    const idle = newItem({ id: `item-${i}`, path, name, size, mtimeMs, formatId: 'mp3', provider, addedAt: at + i });
    const history: QueueItem[] = [idle];
    if (kind !== 6 && kind !== 7) {
      const waiting = toWaiting(idle, 1 + Math.floor(i / 1000));
      const uploading = toUploading(waiting);
      history.push(waiting, uploading);
      if (kind < 6) history.push(toDone(uploading, { url: `https://cdn.example.invalid/${provider}/${i.toString(36)}` }, at + i * 1000));
      else if (kind === 8) history.push(toFailed(uploading, { code: 'NETWORK', message: 'Could not reach the provider. Check your internet connection, then press Retry.' }, at + i * 1000));
    }
    for (const item of history) lines.push(itemLine(item));
  }
  return lines.join('');
}
