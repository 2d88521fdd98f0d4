// Start-up: what a script calling media-uploader once per file pays every time. `--help` and a
// one-file upload (100 KB, to the sink) against `node -e 0`, the floor any Node program pays on
// this machine, in rotating order so a slow moment lands on each in turn. The target is
// an overhead: the CLI's median less node's median.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { median, milliseconds, percentile } from './bench-stats.ts';
import type { Sink } from './sink-server.ts';
import { expectSuccess, REPO_ROOT, timed, timedCli } from './timed-process.ts';

// Issue 14: at most 120 ms more than `node -e 0`.
const TARGET_OVERHEAD_MS = 120;
const CLI = join(REPO_ROOT, 'electron/cli/media-uploader.mjs');

export async function startUpBench(setup: BenchSetup, sink: Sink, rounds: number): Promise<ResultRow[]> {
  const dir = join(setup.dir, 'start-up');
  await mkdir(dir, { recursive: true });
  const file = await writeMediaFile(dir, 'mp3', { name: 'memo.mp3', size: 100_000 });
  const provider = 'assemblyai';
  const runs = {
    node: async () => expectSuccess(await timed(process.execPath, ['-e', '0']), 'node -e 0').ms,
    help: async () => expectSuccess(await timed(process.execPath, [CLI, '--help']), 'media-uploader --help').ms,
    upload: async () => (await timedCli({ files: [file], provider, baseUrl: sink.baseUrl, env: setup.cliEnv(provider) })).ms,
  };
  const kinds = ['node', 'help', 'upload'] as const;
  const times: Record<(typeof kinds)[number], number[]> = { node: [], help: [], upload: [] };
  // One unmeasured run each: the disk cache and Node's compile cache warm, as for a script's second call.
  for (const kind of kinds) await runs[kind]();
  for (let round = 0; round < rounds; round++) {
    if (round % 5 === 0) progress(`start-up: round ${round + 1} of ${rounds}`);
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(round + i) % kinds.length] as (typeof kinds)[number];
      times[kind].push(await runs[kind]());
    }
  }
  const floor = median(times.node);
  const spread = (values: number[]): string => `${milliseconds(percentile(values, 10))}–${milliseconds(percentile(values, 90))}`;
  const row = (kind: 'help' | 'upload', measure: string): ResultRow => {
    const overhead = median(times[kind]) - floor;
    return {
      measure,
      target: `≤ node -e 0 + ${TARGET_OVERHEAD_MS} ms`,
      result: `${milliseconds(median(times[kind]))} (p10–p90 ${spread(times[kind])}), node -e 0 ${milliseconds(floor)} (${spread(times.node)}): +${milliseconds(overhead)} (${rounds} rounds)`,
      ratio: (overhead / TARGET_OVERHEAD_MS).toFixed(2),
      pass: overhead <= TARGET_OVERHEAD_MS,
    };
  };
  return [row('help', 'Start-up: media-uploader --help'), row('upload', 'Start-up: a one-file upload (100 KB)')];
}
