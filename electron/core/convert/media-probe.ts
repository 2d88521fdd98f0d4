// What ffmpeg reads in a file before converting it: its streams' codecs (to copy what the
// target can hold and encode only the rest), its duration (for progress) and whether it carries
// location metadata. Read from `ffmpeg -i`'s own report, so no second program ships with the app.

import { spawn } from 'node:child_process';
import { ffmpegEnvironment } from './ffmpeg-environment.ts';

export interface ProbedStream {
  readonly type: 'video' | 'audio' | 'other';
  /** ffmpeg's codec name: h264, hevc, aac, flac, gif… */
  readonly codec: string;
  /** A still picture in a video stream (an album cover), not moving video. */
  readonly stillPicture: boolean;
}

export interface Probe {
  readonly streams: readonly ProbedStream[];
  /** In seconds; undefined where the format has none (a still image). */
  readonly durationSeconds: number | undefined;
  /** A metadata key naming a location (QuickTime's ©xyz, "location", GPS…). */
  readonly hasLocation: boolean;
}

// ffmpeg's report is text for people and its wording has been stable since before 4.x:
//   Duration: 00:01:02.03, start: …
//   Stream #0:1(eng): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, …
const DURATION = /^\s*Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/m;
const STREAM = /^\s*Stream #0:\d+(?:\[[^\]]*\])?(?:\([^)]*\))?: (\w+): ([\w-]+)(.*)$/gm;
const LOCATION_KEY = /^\s+[^:\n]*(?:location|gps|©xyz|iso6709)[^:\n]*:/im;

/** Reads ffmpeg's report of an input; undefined when ffmpeg could not open it as media. */
export function parseProbe(report: string): Probe | undefined {
  if (!/^Input #0/m.test(report)) return undefined;
  const streams = [...report.matchAll(STREAM)].map(([, kind = '', codec = '', rest = '']): ProbedStream => ({
    type: kind === 'Video' ? 'video' : kind === 'Audio' ? 'audio' : 'other',
    codec,
    stillPicture: /\(attached pic\)/.test(rest),
  }));
  if (streams.length === 0) return undefined;
  const d = DURATION.exec(report);
  const durationSeconds = d === null ? undefined : Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]);
  return { streams, durationSeconds, hasLocation: LOCATION_KEY.test(report) };
}

// The report of a file is a few kilobytes; a file with pages of metadata is cut, not kept whole.
const REPORT_LIMIT = 256 * 1024;

/** Runs `ffmpeg -i` on the file and reads its report. `input`: the arguments up to the file (ffmpeg-input.ts). */
export function probeMedia(ffmpeg: string, input: readonly string[], signal?: AbortSignal): Promise<{ probe: Probe | undefined; report: string }> {
  return new Promise((resolve, reject) => {
    // ffmpeg exits 1 here ("no output file"): the report on stderr is what is wanted.
    const child = spawn(ffmpeg, ['-hide_banner', '-nostdin', ...input], { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true, env: ffmpegEnvironment(), ...(signal !== undefined && { signal }) });
    let report = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      if (report.length < REPORT_LIMIT) report += text;
    });
    child.on('error', reject);
    child.on('close', () => resolve({ probe: parseProbe(report), report }));
  });
}
