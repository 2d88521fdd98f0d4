// The window with 10,000 queued files, in real Chromium over the real main-process handlers
// and engine (test/e2e/app-harness.ts): how long a drop of 10,000 files takes to show and to be
// looked at, and main's delay meanwhile (drop-timing.ts), how
// smooth the virtualised list scrolls (requestAnimationFrame deltas collected in the page while
// the mouse wheel turns), idle and while uploads run, and how many queue patches a second
// reach the window while they run.

import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { milliseconds, percentile } from './bench-stats.ts';
import { timeDrop } from './drop-timing.ts';

const HARNESS = fileURLToPath(new URL('../e2e/app-harness.ts', import.meta.url));
// Targets (issue 14). A frame every 16.7 ms is 60 Hz: a p95 at most 20 ms means 19 frames in 20
// are on time, and a p99 at most 34 ms that the rare late one is a single dropped frame, never a
// visible stall. The queue pushes progress at about 10 Hz (one patch per 100 ms, with a little
// slack for the final flush).
const FRAME_P95_MS = 20;
const FRAME_P99_MS = 34;
const PATCHES_PER_SECOND = 11;
// A drop (issue 29): rows on screen within half a second, as for any answer to a gesture; every
// file looked at within 2 s; main answering meanwhile (p99 delay at most 20 ms).
const ROWS_MS = 500;
const INSPECTED_MS = 2000;
const DROP_DELAY_P99_MS = 20;
// The queue's row height (renderer/src/components/queue-list.tsx).
const ROW_HEIGHT = 60;
// How long the loopback provider takes to answer each upload while the list scrolls.
const UPLOAD_ANSWER_MS = 50;

interface FrameStats {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly frames: number;
}

interface BenchWindow {
  __benchFrames?: number[];
  __benchPatches?: number[];
}

export async function windowBench(setup: BenchSetup, options: { files: number; scrollSteps: number }): Promise<ResultRow[]> {
  try {
    await access(HARNESS);
  } catch {
    return [skipped('test/e2e/app-harness.ts does not exist yet; this part waits for it')];
  }
  const { launchApp } = (await import(HARNESS)) as typeof import('../e2e/app-harness.ts');
  const folder = join(setup.dir, 'window-queue');
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < options.files; i++) await writeMediaFile(folder, 'mp3', { name: `song-${String(i).padStart(5, '0')}.mp3` });

  progress(`window: launching Chromium with the built app`);
  const app = await launchApp({ viewport: { width: 1100, height: 760 } });
  try {
    const page = app.page;
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow & { uploader: { on(e: string, l: () => void): unknown } };
      w.__benchPatches = [];
      w.uploader.on('queue:changed', () => w.__benchPatches?.push(performance.now()));
    });
    progress(`window: dropping ${options.files} files`);
    const n = options.files.toLocaleString('en');
    const drop = await timeDrop(app, folder, options.files, ROW_HEIGHT);

    progress('window: scrolling the idle list');
    const idle = await scrollAndTime(page, options.scrollSteps);

    progress('window: scrolling while uploads run');
    // Each upload is answered after 50 ms, as a quick real provider does over the internet. The
    // loopback fixture otherwise answers in microseconds: the engine then finished ~600 files a
    // second, and it and the fixture (which parses and hashes every byte) kept one of this
    // machine's two cores busy, starving Chromium; that measured the machine, not the window.
    app.server.script({ kind: 'upload', times: Infinity, delayMs: UPLOAD_ANSWER_MS });
    await page.getByRole('button', { name: 'Upload all' }).click();
    await app.server.waitFor((r) => r.kind === 'upload', 30_000);
    const patchesFrom = await page.evaluate(() => performance.now());
    const busy = await scrollAndTime(page, options.scrollSteps);
    const patchesTo = await page.evaluate(() => performance.now());
    const patchTimes = await page.evaluate(() => (window as unknown as BenchWindow).__benchPatches ?? []);
    const patches = patchTimes.filter((t) => t >= patchesFrom && t <= patchesTo).length;
    const perSecond = patches / ((patchesTo - patchesFrom) / 1000);
    const uploaded = app.server.uploads().length;

    return [
      {
        measure: `Window: ${n} files dropped: rows on screen`,
        target: `≤ ${milliseconds(ROWS_MS)}`,
        result: `${milliseconds(drop.rowsMs)}; the list's full height at ${milliseconds(drop.fullMs)}`,
        ratio: (drop.rowsMs / ROWS_MS).toFixed(2),
        pass: drop.rowsMs <= ROWS_MS,
      },
      {
        measure: `Window: ${n} files dropped: all looked at by main`,
        target: `≤ ${milliseconds(INSPECTED_MS)}`,
        result: milliseconds(drop.inspectedMs),
        ratio: (drop.inspectedMs / INSPECTED_MS).toFixed(2),
        pass: drop.inspectedMs <= INSPECTED_MS,
      },
      {
        measure: `Main's event-loop delay during the drop of ${n} files`,
        target: `p99 ≤ ${DROP_DELAY_P99_MS} ms`,
        result: `p99 ${drop.p99Ms.toFixed(1)} ms, max ${drop.maxMs.toFixed(1)} ms (main's handlers share the stand-in's process with Playwright: an upper bound)`,
        ratio: (drop.p99Ms / DROP_DELAY_P99_MS).toFixed(2),
        pass: drop.p99Ms <= DROP_DELAY_P99_MS,
      },
      frameRow('Window: scroll frames, idle queue', idle),
      frameRow(`Window: scroll frames while uploading (${uploaded} done during it, each answered after ${UPLOAD_ANSWER_MS} ms)`, busy),
      {
        measure: 'Window: queue patches received while uploading',
        target: `≤ ${PATCHES_PER_SECOND}/s`,
        result: `${perSecond.toFixed(1)}/s (${patches} in ${((patchesTo - patchesFrom) / 1000).toFixed(1)} s)`,
        ratio: (perSecond / PATCHES_PER_SECOND).toFixed(2),
        pass: perSecond <= PATCHES_PER_SECOND && patches > 0,
      },
    ];
  } finally {
    await app.close();
  }
}

function frameRow(measure: string, stats: FrameStats): ResultRow {
  return {
    measure,
    target: `p95 ≤ ${FRAME_P95_MS} ms, p99 ≤ ${FRAME_P99_MS} ms`,
    result: `p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms (${stats.frames} frames)`,
    // The worse of the two, against its own target.
    ratio: Math.max(stats.p95 / FRAME_P95_MS, stats.p99 / FRAME_P99_MS).toFixed(2),
    pass: stats.p95 <= FRAME_P95_MS && stats.p99 <= FRAME_P99_MS,
  };
}

/** Turns the wheel over the list, down then back up, while the page records every frame's delta. */
async function scrollAndTime(page: Page, steps: number): Promise<FrameStats> {
  const box = await page.getByRole('list', { name: 'Upload queue' }).boundingBox();
  if (box === null) throw new Error('The queue list is not on screen.');
  await page.mouse.move(box.x + Math.min(box.width, 600) / 2, Math.min(box.y + 200, 500));
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow & { __benchStop?: boolean };
    w.__benchFrames = [];
    w.__benchStop = false;
    let last = performance.now();
    const tick = (now: number): void => {
      w.__benchFrames?.push(now - last);
      last = now;
      if (w.__benchStop !== true) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let i = 0; i < steps; i++) {
    // 3 rows per notch, like a mouse wheel's default in most desktops; half the time down, then up.
    await page.mouse.wheel(0, i < steps / 2 ? 3 * ROW_HEIGHT : -3 * ROW_HEIGHT);
    await page.waitForTimeout(16);
  }
  const deltas = await page.evaluate(() => {
    const w = window as unknown as BenchWindow & { __benchStop?: boolean };
    w.__benchStop = true;
    return (w.__benchFrames ?? []).slice(1);
  });
  return { p50: percentile(deltas, 50), p95: percentile(deltas, 95), p99: percentile(deltas, 99), frames: deltas.length };
}

function skipped(why: string): ResultRow {
  return { measure: 'Window with 10,000 queued files', target: 'smooth, ≤ 10 patches/s', result: `skipped: ${why}`, pass: undefined };
}
