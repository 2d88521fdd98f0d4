// A big drop as a person sees it and as main lives it (issue 29): from the drop, how long until
// rows are on screen, until the list holds every file (the scroll height of all of them), and
// until main has looked at every file (its size, type and the provider's rules: a row shows
// "Checking…" until then); and main's event-loop delay meanwhile.
//
// Main's handlers and core run in this process (test/e2e/app-harness.ts), beside Playwright's
// own traffic with Chromium, so the delay measured here is main's plus the stand-in's: an upper
// bound of what Electron's main would show.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { QueueItem } from '../../shared/queue-types.ts';
import type { AppHarness } from '../e2e/app-harness.ts';

export interface DropTiming {
  /** Drop to the first of the dropped files' rows drawn. */
  readonly rowsMs: number;
  /** Drop to the list's full height (every file has its place). */
  readonly fullMs: number;
  /** Drop to main holding every file, each looked at. */
  readonly inspectedMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Whether main has looked at the file yet (its row says "Checking…" until then). */
function inspected(item: QueueItem): boolean {
  return !('checking' in item && item.checking === true);
}

export async function timeDrop(app: AppHarness, folder: string, files: number, rowHeight: number): Promise<DropTiming> {
  const page = app.page;
  // Main's side: every file in the list and looked at, as its patches say (counted as they
  // change: this runs in main's process, and must not cost it a walk of 10,000 rows per patch).
  const seen = new Map<string, boolean>();
  let looked = 0;
  let ready = (): void => undefined;
  const allInspected = new Promise<number>((resolve) => {
    ready = () => resolve(performance.now());
  });
  const forget = (id: string): void => {
    if (seen.get(id) === true) looked -= 1;
    seen.delete(id);
  };
  const stop = app.core.queue.subscribe((patch) => {
    if (patch.full) for (const id of [...seen.keys()]) forget(id);
    for (const id of patch.removed) forget(id);
    for (const item of patch.items) {
      forget(item.id);
      seen.set(item.id, inspected(item));
      if (inspected(item)) looked += 1;
    }
    if (seen.size >= files && looked === seen.size) ready();
  }, 0);
  const delay = monitorEventLoopDelay({ resolution: 2 });
  // The page's clock for what the page sees, this process's for what main sees; both start here.
  const pageStarted = await page.evaluate(() => performance.now());
  const started = performance.now();
  delay.enable();
  const drawn = page.evaluate(
    (height) =>
      new Promise<{ rows: number; full: number }>((resolve) => {
        let rows: number | undefined;
        const check = (): void => {
          const list = document.querySelector<HTMLElement>('[aria-label="Upload queue"]');
          if (rows === undefined && list?.querySelector('[role="listitem"]') != null) rows = performance.now();
          if (rows !== undefined && list !== null && list.offsetHeight >= height) resolve({ rows, full: performance.now() });
          else requestAnimationFrame(check);
        };
        check();
      }),
    files * rowHeight,
  );
  await app.drop([folder]);
  const [{ rows, full }, inspectedAt] = await Promise.all([drawn, allInspected]);
  delay.disable();
  stop();
  return {
    rowsMs: rows - pageStarted,
    fullMs: full - pageStarted,
    inspectedMs: inspectedAt - started,
    p99Ms: delay.percentile(99) / 1e6,
    maxMs: delay.max / 1e6,
  };
}
