// The window's first paint after a restart with a long list and a long history (issue 29):
// 10,000 files in the upload list and 100,000 entries in the history, in the data folder as
// they would be after months of use. Measured in two parts, as Electron's main does them one
// after the other (electron/main/index.ts opens the core, then the window loads):
//   - main: opening the app's core (history, settings, the list restored), in this process;
//   - the window: the built renderer in Chromium (test/e2e/app-harness.ts), from navigation to
//     the first queue rows drawn, then the History tab from the click to its first rows drawn,
//     with the queue's rows still there (the history opening does not hold up the queue).

import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { HISTORY_FILE_NAME } from '../../electron/core/history/history-file.ts';
import { QUEUE_FILE_NAME } from '../../electron/core/queue/queue-store.ts';
import { openAppCore } from '../../electron/main/app/app-core.ts';
import { memorySecretStore } from '../fixtures/memory-secret-store.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { median, milliseconds } from './bench-stats.ts';
import { generateLines } from './history-bench.ts';
import { generateList } from './queue-bench.ts';

const HARNESS = fileURLToPath(new URL('../e2e/app-harness.ts', import.meta.url));
// Nielsen's limit for an uninterrupted flow, as for opening the history alone (history-bench.ts).
const FIRST_PAINT_MS = 1000;

interface Paint {
  readonly coreMs: number;
  readonly rowsMs: number;
  readonly historyMs: number;
}

export async function firstPaintBench(setup: BenchSetup, options: { items: number; entries: number; rounds: number }): Promise<ResultRow[]> {
  const dir = join(setup.dir, 'first-paint');
  const seed = join(dir, 'seed');
  await mkdir(join(dir, 'media'), { recursive: true });
  await mkdir(seed, { recursive: true });
  progress(`first paint: writing ${options.items.toLocaleString('en')} listed files and ${options.entries.toLocaleString('en')} history entries`);
  await writeFile(join(seed, QUEUE_FILE_NAME), await generateList(join(dir, 'media'), options.items));
  await writeFile(join(seed, HISTORY_FILE_NAME), generateLines(options.entries));

  const { launchApp } = (await import(HARNESS)) as typeof import('../e2e/app-harness.ts');
  const paints: Paint[] = [];
  for (let round = 0; round < options.rounds; round++) {
    progress(`first paint: round ${round + 1} of ${options.rounds}`);
    // A fresh copy each round: opening the core rewrites the list's file.
    const coreDir = join(dir, `core-${round}`);
    const windowDir = join(dir, `window-${round}`);
    await cp(seed, coreDir, { recursive: true });
    await cp(seed, windowDir, { recursive: true });
    const coreMs = await timeCoreOpen(coreDir);
    const app = await launchApp({ dataDir: windowDir });
    try {
      const window = await timeWindow(app.page, options.items);
      paints.push({ coreMs, ...window });
    } finally {
      await app.close();
    }
  }
  await rm(dir, { recursive: true, force: true });

  const total = (p: Paint): number => p.coreMs + p.rowsMs;
  const ms = median(paints.map(total));
  return [{
    measure: `First paint: ${options.items.toLocaleString('en')} restored files, ${options.entries.toLocaleString('en')}-entry history`,
    target: `≤ ${milliseconds(FIRST_PAINT_MS)}`,
    result:
      `${milliseconds(ms)} (main opening its core, then the window to its first rows; rounds ` +
      paints.map((p) => `${milliseconds(p.coreMs)} + ${milliseconds(p.rowsMs)}`).join(', ') +
      `); the History tab's first rows ${milliseconds(median(paints.map((p) => p.historyMs)))} after the click, the queue's rows kept`,
    ratio: (ms / FIRST_PAINT_MS).toFixed(2),
    pass: ms <= FIRST_PAINT_MS,
  }];
}

/** What main does before it creates the window: open the core over this data folder. */
async function timeCoreOpen(dataDir: string): Promise<number> {
  const started = performance.now();
  const core = await openAppCore({
    dataDir,
    keys: memorySecretStore(),
    desktop: {
      pickMediaFiles: async () => [],
      pickExportPath: async () => undefined,
      confirmKeyChange: async () => false,
      confirmDeleteUpload: async () => false,
      openExternal: async () => undefined,
      showInFolder: async () => undefined,
      thumbnail: async () => undefined,
      readPastedImage: async () => undefined,
      copyText: async () => undefined,
    },
    emit: () => undefined,
  });
  const ms = performance.now() - started;
  await core.close();
  return ms;
}

interface PaintWindow {
  __benchFirstRows?: number;
}

/** Reloads the window and times, on the page's clock, navigation to first rows, and the History tab. */
async function timeWindow(page: Page, items: number): Promise<{ rowsMs: number; historyMs: number }> {
  // From the first script the page runs: watch every frame for the queue's first row.
  await page.context().addInitScript(() => {
    const w = window as unknown as PaintWindow;
    const check = (): void => {
      if (document.querySelector('[aria-label="Upload queue"] [role="listitem"]') !== null) w.__benchFirstRows = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.reload();
  await page.waitForFunction(() => (window as unknown as PaintWindow).__benchFirstRows !== undefined, undefined, { timeout: 30_000 });
  const rowsMs = await page.evaluate(() => (window as unknown as PaintWindow).__benchFirstRows ?? Number.NaN);
  const rows = await page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem').count();
  if (rows === 0) throw new Error(`The ${items} restored files drew no rows.`);

  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('tab', { name: 'History' }).click();
  const historyAt = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = (): void => {
          if (document.querySelector('.history-row') !== null) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  await page.getByRole('tab', { name: 'Queue' }).click();
  await page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem').first().waitFor();
  return { rowsMs, historyMs: historyAt - clicked };
}
