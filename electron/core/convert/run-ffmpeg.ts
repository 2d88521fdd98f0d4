// Runs ffmpeg as its own process (so the app's memory stays flat however large the file) and
// reads its machine-readable progress (`-progress pipe:1`: key=value lines) as it goes.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ffmpegEnvironment } from './ffmpeg-environment.ts';

export interface FfmpegRun {
  /** ffmpeg's exit code; null when it was stopped. */
  readonly code: number | null;
  /** The last lines of its error output, for the detail of a failure. */
  readonly errorTail: string;
  /** The last progress block it wrote (frame, out_time_us, progress…). */
  readonly last: ReadonlyMap<string, string>;
}

export interface FfmpegOptions {
  readonly signal?: AbortSignal | undefined;
  /** Seconds of media written so far, as ffmpeg reports them (about twice a second). */
  onTime?(seconds: number): void;
}

const TAIL_CHARS = 2_000;

export function runFfmpeg(ffmpeg: string, args: readonly string[], options: FfmpegOptions = {}): Promise<FfmpegRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'error', '-progress', 'pipe:1', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, env: ffmpegEnvironment(),
    });
    // Cancel: killed outright, since what it wrote is thrown away anyway.
    const stop = (): void => void child.kill('SIGKILL');
    if (options.signal?.aborted === true) stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    let errorTail = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      errorTail = (errorTail + text).slice(-TAIL_CHARS);
    });
    const last = new Map<string, string>();
    createInterface({ input: child.stdout }).on('line', (line) => {
      const at = line.indexOf('=');
      if (at <= 0) return;
      const key = line.slice(0, at);
      const value = line.slice(at + 1).trim();
      last.set(key, value);
      // out_time_us; ffmpeg before 4.2 has only out_time_ms, which also counts microseconds.
      if (key === 'out_time_us' || (key === 'out_time_ms' && !last.has('out_time_us'))) {
        const micros = Number(value);
        if (Number.isFinite(micros) && micros >= 0) options.onTime?.(micros / 1e6);
      }
    });
    child.on('error', (error) => {
      options.signal?.removeEventListener('abort', stop);
      reject(error);
    });
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', stop);
      resolve({ code, errorTail: errorTail.trim(), last });
    });
  });
}

/** How many frames the first video stream has, counting no further than 2: more than 1 is an animation. `input`: ffmpeg-input.ts. */
export async function framesUpToTwo(ffmpeg: string, input: readonly string[], signal?: AbortSignal): Promise<number> {
  const run = await runFfmpeg(ffmpeg, [...input, '-map', '0:v:0', '-frames:v', '2', '-f', 'null', '-'], { signal });
  return Number(run.last.get('frame') ?? 0);
}
