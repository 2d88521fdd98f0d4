// @vitest-environment node
// The window without a mouse: Tab reaches the controls in a sensible order, Enter and Space
// activate them, and the focused control is visibly marked.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROVIDER_IDS } from '../../shared/providers.ts';
import { TEST_KEYS } from '../fixtures/provider-server.ts';
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

/** The focused element's role and accessible name, as Playwright's accessibility snapshot computes them. */
async function focused(): Promise<{ role: string; name: string }> {
  const isBody = await page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
  if (isBody) return { role: 'none', name: '' };
  const snapshot = await page.locator('*:focus').ariaSnapshot();
  // `- button "Cancel all"`; an element without a role of its own (a menu's <summary>) reads `- text: More`.
  const match = /^- (\w+)(?: "((?:[^"\\]|\\.)*)")?(?::\s*(.*))?/.exec(snapshot);
  return { role: match?.[1] ?? 'unknown', name: match?.[2] ?? match?.[3]?.trim() ?? '' };
}

describe('focus after an action goes to the next control, never back to the top', () => {
  it('after saving a key in the guided start: the next step’s heading', async () => {
    for (const provider of PROVIDER_IDS) await app.core.handlers['keys:delete']({ provider });
    await app.reload();
    await page.getByRole('button', { name: 'Continue with AssemblyAI' }).click();
    await page.getByLabel('AssemblyAI API key', { exact: true }).fill(TEST_KEYS.assemblyai);
    await page.keyboard.press('Enter');
    await page.getByText('Step 3 of 3').waitFor();
    await expect.poll(focused).toEqual({ role: 'heading', name: 'Drop audio or video files here' });
    // The next Tab goes on to the step's own button, not to the top of the window.
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ role: 'button', name: 'Add files…' });
  });

  it('after saving a key in Settings: back in its field, which says how the check went', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const field = page.getByLabel('HeyGen API key', { exact: true });
    await field.fill(TEST_KEYS.heygen);
    // Pressed on the button itself, which cannot be pressed again once the field is emptied.
    await page.getByRole('button', { name: 'Save HeyGen key' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('key-test-heygen').textContent()).toBe('Saved. The HeyGen key works.');
    await expect.poll(focused).toEqual({ role: 'textbox', name: 'HeyGen API key' });
  });

  it('after “Add files…”: the first of the new files', async () => {
    const first = await app.media('mp3', { name: 'first added.mp3' });
    const second = await app.media('mp3', { name: 'second added.mp3' });
    app.setDialogFiles([first, second]);
    // The empty queue's own button, which goes away as the files arrive.
    await page.getByRole('main').getByRole('button', { name: 'Add files…' }).focus();
    await page.keyboard.press('Enter');
    const row = page.getByRole('listitem', { name: 'first added.mp3' });
    await row.waitFor();
    await expect.poll(() => row.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect((await focused()).name).toContain('first added.mp3');

    // The header's button stays, but the files are what the person wants next.
    app.setDialogFiles([await app.media('mp3', { name: 'third added.mp3' })]);
    await page.getByRole('banner').getByRole('button', { name: 'Add files…' }).focus();
    await page.keyboard.press('Enter');
    const third = page.getByRole('listitem', { name: 'third added.mp3' });
    await third.waitFor();
    await expect.poll(() => third.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });

  it('after “Upload all”: “Cancel all”, which takes its place', async () => {
    await app.core.handlers['settings:set']({ copyLinkWhenDone: false });
    // Slow enough to still be uploading when focus is checked.
    app.server.script({ provider: 'assemblyai', kind: 'upload', bytesPerSecond: 20_000 });
    await app.drop([await app.media('mp3', { name: 'slow.mp3', size: 400_000 })]);
    await page.getByRole('listitem', { name: 'slow.mp3' }).waitFor();
    await page.getByRole('button', { name: 'Upload all' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Cancel all' }).waitFor();
    await expect.poll(focused).toEqual({ role: 'button', name: 'Cancel all' });
  });

  it('after the uploads of “Upload all” end: still on it, though there is nothing left to upload', async () => {
    await app.core.handlers['settings:set']({ copyLinkWhenDone: false });
    await app.drop([await app.media('mp3', { name: 'quick.mp3' })]);
    const row = page.getByRole('listitem', { name: 'quick.mp3' });
    await row.waitFor();
    await page.getByRole('button', { name: 'Upload all' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    await expect.poll(focused).toEqual({ role: 'button', name: 'Upload all' });
    expect(await page.getByRole('button', { name: 'Upload all' }).isDisabled()).toBe(true);
  });

  it('after a choice in a menu: back on the menu’s button', async () => {
    await app.drop([await app.media('mp3', { name: 'menu.mp3' })]);
    await page.getByRole('listitem', { name: 'menu.mp3' }).waitFor();
    await page.getByText('More', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pause uploads' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => app.core.handlers['queue:pause-state'](undefined)).toEqual({ paused: true });
    expect((await focused()).name).toMatch(/^More/);
  });

  it('after closing a dialog: back on the button that opened it, or the one before it when that is gone', async () => {
    await app.addFiles([await app.media('mp3', { name: 'kept.mp3' })]);
    await app.core.handlers['queue:start']({});
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'kept.mp3' }).waitFor({ timeout: 15_000 });
    await page.getByRole('tab', { name: 'History' }).click();
    const clear = page.getByRole('button', { name: 'Clear history' });
    // Pressable once the history has loaded its entry.
    await expect.poll(() => clear.isEnabled()).toBe(true);
    await clear.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Clear the whole history?' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(focused).toEqual({ role: 'button', name: 'Clear history' });

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByText('Nothing uploaded yet').waitFor();
    // "Clear history" can no longer be pressed: the control before it has the focus.
    await expect.poll(async () => (await focused()).name).toMatch(/^Save a copy/);
  });
});
