// "Memory stays flat while converting a 2 GB video": the CLI converts a MOV to MP4 for HeyGen
// (--convert, a remux: nothing re-encoded) and uploads it, for a ~100 MB and a ~2 GB file. ffmpeg
// runs as its own process, so the engine's peak resident memory should not grow with the file;
// ffmpeg's own peak (its -benchmark maxrss) is reported beside it.

import { execFile } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FFMPEG } from '../fixtures/ffmpeg-media.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { MB, median } from './bench-stats.ts';
import type { Sink } from './sink-server.ts';
import { timedCli } from './timed-process.ts';

const run = promisify(execFile);

// The same targets as the upload's memory benchmark (memory-bench.ts).
const FLAT_RATIO = 1.1;
const CEILING_BYTES = 150 * MB;

/** A two-second H.264 + AAC seed with noise in it (so it does not compress to nothing), looped by copying into `copies` times its length. */
async function makeMovs(dir: string): Promise<{ small: string; huge: string }> {
  const seed = join(dir, 'seed.mov');
  const quiet = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'];
  await run(FFMPEG, [...quiet, '-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=25:duration=2', '-f', 'lavfi', '-i', 'sine=duration=2',
    '-vf', 'noise=alls=60:allf=t', '-c:v', 'libx264', '-preset', 'ultrafast', '-qp', '10', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-f', 'mov', seed]);
  const seedBytes = (await stat(seed)).size;
  const looped = async (name: string, bytes: number): Promise<string> => {
    const out = join(dir, name);
    // -stream_loop N plays the seed N more times; -c copy: no encoding, so this is as fast as the disk.
    await run(FFMPEG, [...quiet, '-stream_loop', String(Math.max(0, Math.ceil(bytes / seedBytes) - 1)), '-i', seed, '-c', 'copy', '-f', 'mov', out]);
    return out;
  };
  return { small: await looped('small.mov', 100 * MB), huge: await looped('huge.mov', 2_000 * MB) };
}

/** ffmpeg's own peak memory for the same remux, as its -benchmark reports it (maxrss, KiB). */
async function ffmpegPeak(input: string, dir: string): Promise<number> {
  const { stderr } = await run(FFMPEG, ['-hide_banner', '-nostdin', '-benchmark', '-y', '-i', input, '-map', '0:V:0', '-c:v', 'copy', '-map', '0:a:0', '-c:a', 'copy',
    '-map_metadata', '-1', '-movflags', '+faststart', '-f', 'mp4', join(dir, 'peak.mp4')], { maxBuffer: 16 * 1024 * 1024 });
  const kib = /maxrss=(\d+)kB/.exec(stderr)?.[1];
  return kib === undefined ? Number.NaN : Number(kib) * 1024;
}

export async function convertBench(setup: BenchSetup, sink: Sink, rounds: number): Promise<ResultRow[]> {
  const dir = join(setup.dir, 'convert');
  await mkdir(dir, { recursive: true });
  progress('convert: making the MOV files');
  const files = await makeMovs(dir);
  const sizes = { small: (await stat(files.small)).size, huge: (await stat(files.huge)).size };
  const peaks = { small: [] as number[], huge: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    progress(`convert: round ${round + 1} of ${rounds}`);
    for (const size of ['small', 'huge'] as const) {
      const result = await timedCli({ files: [files[size]], provider: 'heygen', baseUrl: sink.baseUrl, env: setup.cliEnv('heygen'), options: ['--convert'], measureMemory: true, scratchDir: setup.dir });
      if (!result.stdout.includes('"reencoded":"nothing"')) throw new Error(`The MOV was not remuxed: ${result.stdout.slice(0, 500)}`);
      peaks[size].push(result.peakRssBytes ?? Number.NaN);
    }
  }
  progress('convert: ffmpeg\'s own peak');
  const ffmpegHuge = await ffmpegPeak(files.huge, dir);
  const smallPeak = median(peaks.small);
  const hugePeak = median(peaks.huge);
  const ratio = hugePeak / smallPeak;
  return [{
    measure: `Peak memory converting MOV → MP4 for HeyGen (--convert): ${(sizes.huge / MB).toFixed(0)} MB vs ${(sizes.small / MB).toFixed(0)} MB`,
    target: `≤ ${FLAT_RATIO} × and < ${CEILING_BYTES / MB} MB`,
    result: `engine: ${(smallPeak / MB).toFixed(1)} MB and ${(hugePeak / MB).toFixed(1)} MB (ru_maxrss, ${rounds} rounds); ffmpeg itself on the large file: ${(ffmpegHuge / MB).toFixed(1)} MB`,
    ratio: ratio.toFixed(2),
    pass: ratio <= FLAT_RATIO && Math.max(smallPeak, hugePeak) < CEILING_BYTES,
  }];
}
