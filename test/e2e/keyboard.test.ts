// @vitest-environment node
// The window without a mouse: Tab reaches the controls in a sensible order, Enter and Space
// activate them, and the focused control is visibly marked.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppHarness } from './app-harness.ts';

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  await page.getByRole('banner').getByRole('button', { name: 'Add files…' }).waitFor();
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  // The window reloaded on the Queue, nothing focused yet.
  await app.reset();
});

/** Presses Tab until the focused element matches, at most `limit` times; returns the presses. */
async function tabTo(accessibleName: string, limit = 30): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
    if (name === accessibleName) return presses;
  }
  throw new Error(`Tab never reached “${accessibleName}”.`);
}

describe('keyboard only', () => {
  it('reaches the section tabs with Tab and moves between them with the arrow keys', async () => {
    // A tab list is one stop in the Tab order (the open section); arrows pick the others.
    await tabTo('Queue');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('searchbox', { name: 'Search history' }).waitFor();
    expect(await page.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
  });

  it('marks the focused control with a visible outline', async () => {
    await tabTo('Queue');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
  });

  it('starts uploads and copies a link without the mouse', async () => {
    // Off, or main's own copy of a single upload's link (auto-copy.ts) would pass for the key's.
    await app.core.handlers['settings:set']({ copyLinkWhenDone: false });
    await app.drop([await app.media('mp3', { name: 'keys-only.mp3' })]);
    const row = page.getByRole('listitem', { name: 'keys-only.mp3' });
    await row.waitFor();
    await tabTo('Upload all');
    await page.keyboard.press('Space');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    await tabTo('Copy link for keys-only.mp3', 60);
    await page.keyboard.press('Enter');
    await expect.poll(() => app.clipboardText()).toMatch(/^https:\/\/cdn\.assemblyai\.com\/upload\//);
  });
});
