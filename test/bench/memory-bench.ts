// Peak resident memory of the CLI uploading a small and a huge file: a streaming uploader's
// memory does not grow with the file. Raw (AssemblyAI) and multipart (memories.ai, whose 2 GiB goes to a signed link) each.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { GIB, MB, median } from './bench-stats.ts';
import type { Sink } from './sink-server.ts';
import { timedCli } from './timed-process.ts';

// The targets: the 2 GiB run within 10% of the 100 MB run, and under 150 MB.
const FLAT_RATIO = 1.1;
const CEILING_BYTES = 150 * MB;

export async function memoryBench(setup: BenchSetup, sink: Sink, rounds: number): Promise<ResultRow[]> {
  const dir = join(setup.dir, 'memory');
  await mkdir(dir, { recursive: true });
  const small = await writeMediaFile(dir, 'mp4', { name: 'small.mp4', size: 100 * MB });
  const huge = await writeMediaFile(dir, 'mp4', { name: 'huge.mp4', size: 2 * GIB });
  const rows: ResultRow[] = [];
  for (const [mode, provider] of [['raw', 'assemblyai'], ['multipart', 'memories']] as const) {
    const peaks = { small: [] as number[], huge: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      progress(`memory ${mode}: round ${round + 1} of ${rounds}`);
      for (const [size, file] of [['small', small], ['huge', huge]] as const) {
        const run = await timedCli({ files: [file], provider, baseUrl: sink.baseUrl, env: setup.cliEnv(provider), measureMemory: true, scratchDir: setup.dir });
        peaks[size].push(run.peakRssBytes ?? Number.NaN);
      }
    }
    const smallPeak = median(peaks.small);
    const hugePeak = median(peaks.huge);
    const ratio = hugePeak / smallPeak;
    rows.push({
      measure: `Peak memory, ${mode}: 2 GiB vs 100 MB`,
      target: `≤ ${FLAT_RATIO} × and < ${CEILING_BYTES / MB} MB`,
      result: `100 MB file: ${(smallPeak / MB).toFixed(1)} MB, 2 GiB file: ${(hugePeak / MB).toFixed(1)} MB (ru_maxrss, ${rounds} rounds)`,
      ratio: ratio.toFixed(2),
      pass: ratio <= FLAT_RATIO && Math.max(smallPeak, hugePeak) < CEILING_BYTES,
    });
  }
  return rows;
}
