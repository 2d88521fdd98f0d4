// Many small files: 200 files of 100 KB in one CLI invocation (the queue, default
// concurrency, one connection pool) against a shell loop of curl sending them one by one.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { median, milliseconds } from './bench-stats.ts';
import { timedCurlLoop } from './curl-upload.ts';
import type { Sink } from './sink-server.ts';
import { timedCli } from './timed-process.ts';

const FILES = 200;
const FILE_BYTES = 100_000;
// The target (issue 14): at most a quarter of the loop's time.
const TARGET_RATIO = 0.25;

export async function smallFilesBench(setup: BenchSetup, sink: Sink, rounds: number): Promise<ResultRow> {
  const dir = join(setup.dir, 'small-files');
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) files.push(await writeMediaFile(dir, 'mp4', { name: `clip-${String(i).padStart(3, '0')}.mp4`, size: FILE_BYTES }));
  const provider = 'assemblyai';
  const authFile = await setup.curlAuthFile(provider);
  const cli: number[] = [];
  const loop: number[] = [];
  for (let round = 0; round < rounds; round++) {
    progress(`small files: round ${round + 1} of ${rounds}`);
    const runCli = async (): Promise<void> => {
      cli.push((await timedCli({ files, provider, baseUrl: sink.baseUrl, env: setup.cliEnv(provider) })).ms);
    };
    const runLoop = async (): Promise<void> => {
      loop.push((await timedCurlLoop(files, { provider, baseUrl: sink.baseUrl, authFile, mime: 'video/mp4' })).ms);
    };
    if (round % 2 === 0) {
      await runCli();
      await runLoop();
    } else {
      await runLoop();
      await runCli();
    }
  }
  const ratio = median(cli) / median(loop);
  return {
    measure: `${FILES} files of ${FILE_BYTES / 1000} KB: CLI queue vs curl loop`,
    target: `≤ ${TARGET_RATIO} × loop time`,
    result: `CLI ${milliseconds(median(cli))}, curl loop ${milliseconds(median(loop))} (${rounds} rounds)`,
    ratio: ratio.toFixed(2),
    pass: ratio <= TARGET_RATIO,
  };
}
