// @vitest-environment node
// At 800×560, the smallest window the app is meant for, a row's parts do not overlap or lose
// their meaning (issue 21, item 8): the state never sits under a button, the size keeps its
// unit, a problem's sentence is whole (or its full text is at hand), and the "items skipped"
// notice does not cover the list.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';
import { WINDOW_STATES } from './window-states.ts';

let app: AppHarness;
let page: Page;

useSharedApp({ keys: {}, viewport: { width: 800, height: 560 } }, (launched) => ([app, page] = [launched, launched.page]));

interface RowReport {
  readonly name: string;
  readonly statusUnderButton: boolean;
  readonly sizeCut: boolean;
  readonly size: string;
  readonly messageCut: boolean;
  readonly messageFull: boolean;
}

/** Every row on screen, measured as Chromium laid it out. */
function measureRows(page: Page): Promise<RowReport[]> {
  return page.locator('[role="listitem"].queue-row').evaluateAll((rows) => rows.map((row) => {
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const status = row.querySelector('.status-word')?.getBoundingClientRect();
    const buttons = [...row.querySelectorAll('button, summary, select')].map((b) => b.getBoundingClientRect());
    const size = row.querySelector<HTMLElement>('.meta-size');
    const line = row.querySelector('.row-line')?.getBoundingClientRect();
    const sizeBox = size?.getBoundingClientRect();
    const message = row.querySelector<HTMLElement>('.row-message');
    return {
      name: row.getAttribute('aria-label') ?? row.querySelector('.visually-hidden')?.textContent ?? '',
      statusUnderButton: status !== undefined && buttons.some((b) => overlaps(status, b)),
      size: size?.textContent ?? '',
      sizeCut: size === null || sizeBox === undefined || line === undefined || size.scrollWidth > size.clientWidth + 1 || sizeBox.right > line.right + 1,
      messageCut: message !== null && message.scrollHeight > message.clientHeight + 1,
      messageFull: message === null || message.title === message.textContent,
    };
  }));
}

describe('rows at 800×560', () => {
  it('keep the state clear of the buttons, the size with its unit, and each sentence whole', async () => {
    const state = WINDOW_STATES.find((s) => s.name === 'long-names');
    if (state === undefined) throw new Error('The long-names state is missing.');
    await state.setUp(app);
    // The notice of the drop ("2 items skipped") sits beside the list, never over it.
    const notice = page.getByRole('status').filter({ hasText: '2 items skipped' });
    await notice.waitFor();
    const list = await page.locator('.queue-scroll').boundingBox();
    const noticeBox = await notice.boundingBox();
    if (list === null || noticeBox === null) throw new Error('The list or the notice is not on screen.');
    expect(noticeBox.y, 'the notice starts below the list').toBeGreaterThanOrEqual(list.y + list.height - 1);
    // Compact: its reasons wait behind "Show details".
    expect(noticeBox.height).toBeLessThanOrEqual(60);
    await notice.getByRole('button', { name: 'Show details' }).click();
    await notice.getByText('Not an image, video or audio file: notes.txt.').waitFor();

    const seen: RowReport[] = [];
    const scroller = page.locator('.queue-scroll');
    for (let top = 0; top < 800; top += 150) {
      await scroller.evaluate((element, y) => element.scrollTo(0, y), top);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      seen.push(...await measureRows(page));
    }
    const names = new Set(seen.map((r) => r.name));
    expect(names.size).toBe(6);
    for (const row of seen) {
      expect(row.statusUnderButton, `${row.name}: its state under a button`).toBe(false);
      expect(row.sizeCut, `${row.name}: its size "${row.size}" cut`).toBe(false);
      expect(row.size, `${row.name}: its size has a unit`).toMatch(/^[\d.]+ (B|KB|MB|GB)\b/);
      expect(row.messageFull, `${row.name}: the full sentence is at hand`).toBe(true);
      expect(row.messageCut, `${row.name}: its sentence cut`).toBe(false);
    }
  });
});
