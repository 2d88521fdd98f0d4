// @vitest-environment node
// What a person reads about a finished upload's link or ID (issue 21, item 14): memories.ai
// gives an ID, not a link. The row shows "ID re_…" and says what it is in a sentence
// with room of its own, not cut off in the monospaced slot; the Copy buttons count links and
// IDs each instead of calling four results "4 links".

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({ settings: { defaultProvider: 'assemblyai' } }, (launched) => ([app, page] = [launched, launched.page]));

const row = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
const ID_SENTENCE = 'memories.ai gives an ID, not a web link: paste it into memories.ai where it asks for your file.';

describe('links and IDs in the queue', () => {
  it('names an ID by its service, explains it in a whole sentence, and counts links and IDs apart', async () => {
    await app.addFiles([await app.media('mp3', { name: 'talk.mp3' }), await app.media('mp3', { name: 'song.mp3' }), await app.media('png', { name: 'face.png' })]);
    await row('face.png').getByRole('combobox', { name: 'Service for face.png' }).selectOption('memories');
    await page.getByRole('button', { name: 'Upload all' }).click();
    const region = page.getByRole('region', { name: 'Finished uploads' });
    await region.getByRole('button', { name: 'Copy 2 links and 1 ID' }).waitFor();

    const face = row('face.png');
    expect(await face.locator('.row-result').textContent()).toMatch(/^ID re_\d+$/);
    // The sentence is the row's message, whole and not monospaced.
    const message = face.locator('.row-message');
    expect(await message.textContent()).toBe(ID_SENTENCE);
    expect(await message.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.closest('.mono') === null)).toBe(true);
    await face.getByRole('button', { name: 'Copy ID for face.png' }).click();
    await expect.poll(() => app.clipboardText()).toMatch(/^re_\d+$/);

    await page.getByText('More', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy 2 links and 1 ID only' }).click();
    await expect.poll(async () => (await app.clipboardText()).split('\n').length).toBe(3);
  });

  it('keeps the whole sentence at 800×560', async () => {
    await page.setViewportSize({ width: 800, height: 560 });
    try {
      await app.addFiles([await app.media('png', { name: 'portrait of the team.png' })]);
      await row('portrait of the team.png').getByRole('combobox', { name: 'Service for portrait of the team.png' }).selectOption('memories');
      await row('portrait of the team.png').getByRole('button', { name: 'Upload portrait of the team.png' }).click();
      const message = row('portrait of the team.png').locator('.row-message');
      await expect.poll(() => message.textContent()).toBe(ID_SENTENCE);
      expect(await message.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      await app.screenshot('memories-id-row-800');
    } finally {
      await page.setViewportSize({ width: 1100, height: 750 });
    }
  });
});
