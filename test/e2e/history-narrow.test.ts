// @vitest-environment node
// The History in the smallest window the app is meant for (800×560): a long file name has a
// line of its own and is read whole, the time and link are not cut to a few characters, and a
// row shows only Copy and "More actions for …", where the rest is labelled in words: Show in
// folder, Remove from history (with Undo), and, set apart, Delete from the provider, only where
// the provider can delete.

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSharedApp } from './shared-app.ts';
import type { AppHarness } from './app-harness.ts';

let app: AppHarness;
let page: Page;
useSharedApp({ viewport: { width: 800, height: 560 } }, (launched) => ([app, page] = [launched, launched.page]));

const LONG = 'Episode 12 - full interview with Dana raw.mp3';
const history = () => page.getByRole('list', { name: 'Upload history' });
const historyRow = (name: string) => history().getByRole('listitem', { name });

/** Uploads each file to its provider through main, then shows the History with their rows. */
async function uploadTo(files: Record<string, 'assemblyai' | 'heygen'>): Promise<void> {
  const paths = await Promise.all(Object.keys(files).map((name) => app.media(name.endsWith('.png') ? 'png' : 'mp3', { name })));
  await app.addFiles(paths);
  const items = app.core.queue.snapshot().items;
  for (const item of items) await app.core.handlers['queue:set-provider']({ ids: [item.id], provider: files[item.name] ?? 'assemblyai' });
  await app.core.handlers['queue:start']({ ids: items.map((item) => item.id) });
  await expect.poll(() => app.core.history.all().filter((entry) => entry.ok).length, { timeout: 10_000 }).toBe(paths.length);
  await page.getByRole('tab', { name: 'History' }).click();
  await expect.poll(() => history().locator('.history-row').count()).toBe(paths.length);
}

/** Whether the element's text is shown whole: not cut, not ellipsed. */
const shownWhole = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.textContent !== '');

/** The buttons a person sees in the row (not those inside a closed menu). */
async function visibleControls(row: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const control of await row.locator('button, summary').all()) {
    if (await control.isVisible()) names.push((await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '');
  }
  return names;
}

describe('the History at 800×560', () => {
  it('gives a long name its own line, shows the time and the link readably, and nothing overlaps', async () => {
    await uploadTo({ [LONG]: 'assemblyai', 'logo.png': 'heygen' });
    await app.screenshot('history-narrow');
    const row = history().locator('.history-row', { hasText: LONG });
    expect(await shownWhole(row.locator('.row-name'))).toBe(true);
    // What the eye reads (the two visible halves, spaces kept) and what a screen reader hears.
    expect((await row.locator('.row-name [aria-hidden="true"]').allTextContents()).join('')).toBe(LONG);
    expect(await row.locator('.row-name .visually-hidden').textContent()).toBe(LONG);
    expect(await shownWhole(row.locator('.row-meta'))).toBe(true);
    // The link gets most of a line, not "https://cdn.assemblya…".
    const link = row.locator('.row-result');
    expect((await link.boundingBox())?.width).toBeGreaterThan(380);
    // Every part of the row lies inside it, and rows do not overlap.
    const box = await row.boundingBox();
    for (const part of await row.locator('.row-name, .row-meta, .history-outcome, .row-actions').all()) {
      const inner = await part.boundingBox();
      expect(inner && box && inner.y >= box.y - 0.5 && inner.y + inner.height <= box.y + box.height + 0.5 && inner.x + inner.width <= box.x + box.width + 0.5).toBe(true);
    }
    const other = await historyRow('logo.png').boundingBox();
    expect(other && box && (other.y >= box.y + box.height - 0.5 || other.y + other.height <= box.y + 0.5)).toBe(true);
  });

  it('shows Copy and a menu in a row; the menu names the rest in words, the irreversible one apart', async () => {
    await uploadTo({ 'talk.mp3': 'assemblyai', 'logo.png': 'heygen' });
    const logo = historyRow('logo.png');
    expect(await visibleControls(logo)).toEqual(['Copy link for logo.png', 'Open link for logo.png', 'More actions for logo.png']);

    await logo.getByRole('button', { name: 'More actions for logo.png' }).click();
    const items = logo.getByRole('group', { name: 'More actions for logo.png' });
    await items.waitFor();
    expect(await items.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['Show in folder', 'Remove from history', 'Delete from HeyGen…']));
    // The one that cannot be undone is last, after a separator.
    expect((await items.getByRole('button').allTextContents()).at(-1)).toBe('Delete from HeyGen…');
    expect(await items.getByRole('separator').count()).toBe(1);
    await app.screenshot('history-row-menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => items.isVisible()).toBe(false);

    // AssemblyAI cannot delete an upload: its rows do not offer it.
    const talk = historyRow('talk.mp3');
    await talk.getByRole('button', { name: 'More actions for talk.mp3' }).click();
    const talkItems = talk.getByRole('group', { name: 'More actions for talk.mp3' });
    await talkItems.waitFor();
    expect(await talkItems.getByRole('button').allTextContents()).not.toContain('Delete from AssemblyAI…');
    expect(await talkItems.getByRole('button', { name: /Delete/ }).count()).toBe(0);
  });

  it('opens and closes More from the keyboard, the focus going into it and back to the button', async () => {
    await uploadTo({ 'logo.png': 'heygen' });
    const more = historyRow('logo.png').getByRole('button', { name: 'More actions for logo.png' });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Copy ID for logo.png');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Use it next (for developers)…');
    await page.keyboard.press('Escape');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe('More actions for logo.png');
  });

  it('removes an entry from the history at once, and Undo puts it back', async () => {
    await uploadTo({ 'talk.mp3': 'assemblyai', 'logo.png': 'heygen' });
    const before = app.core.history.all();
    await historyRow('talk.mp3').getByRole('button', { name: 'More actions for talk.mp3' }).click();
    await historyRow('talk.mp3').getByRole('button', { name: 'Remove from history' }).click();
    await expect.poll(() => history().locator('.history-row').count()).toBe(1);
    expect(app.core.history.all().map((entry) => entry.name)).toEqual(['logo.png']);
    // The focus goes to the row now in its place, not to the top of the window.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toBe('More actions for logo.png');

    const notice = page.getByRole('status').filter({ hasText: 'talk.mp3 was removed from the history.' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await historyRow('talk.mp3').waitFor();
    expect(app.core.history.all()).toEqual(before);
    await expect.poll(focused).toBe('More actions for talk.mp3');
  });
});
