// @vitest-environment node
// "Use it next" on a finished row and on its history entry: the provider's next request with
// this upload's id filled in, to copy, with the key only as its environment variable.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_KEYS } from '../fixtures/provider-server.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
const historyRow = (name: string) => page.getByRole('list', { name: 'Upload history' }).getByRole('listitem', { name });

async function readDialog(): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

describe('Use it next', () => {
  it('shows HeyGen\'s next request with the asset id, in the queue and in the history, never the key', async () => {
    await app.addFiles([await app.media('png', { name: 'face.png' })]);
    await queueRow('face.png').getByRole('combobox', { name: 'Service for face.png' }).selectOption('heygen');
    await expect.poll(() => app.core.queue.snapshot().items[0]?.provider).toBe('heygen');
    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => app.core.queue.snapshot().items[0]?.status, { timeout: 10_000 }).toBe('done');
    const item = app.core.queue.snapshot().items[0]!;
    const assetId = item.status === 'done' ? item.result.assetId : undefined;
    expect(assetId).toBeTruthy();

    // A developer's tool: behind the row's "For developers" menu, not beside Copy link.
    expect(await queueRow('face.png').getByRole('button', { name: 'Use it next: face.png' }).isVisible()).toBe(false);
    const menu = queueRow('face.png').getByLabel('For developers: face.png', { exact: true });
    await menu.click();
    await queueRow('face.png').getByRole('button', { name: 'Use it next: face.png' }).click();
    await page.getByRole('dialog').waitFor();
    await app.screenshot('use-it-next');
    const inQueue = await readDialog();
    // Closing the dialog returns to the menu's button.
    await expect.poll(() => menu.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(inQueue).toContain('https://api.heygen.com/v3/videos');
    expect(inQueue).toContain(`"image_asset_id":"${assetId}"`);
    expect(inQueue).toContain('X-API-KEY: $HEYGEN_API_KEY');

    await page.getByRole('tab', { name: 'History' }).click();
    await historyRow('face.png').getByRole('button', { name: 'More actions for face.png' }).click();
    await historyRow('face.png').getByRole('button', { name: 'Use it next (for developers)…' }).click();
    const inHistory = await readDialog();
    expect(inHistory).toContain(`"image_asset_id":"${assetId}"`);
    for (const key of Object.values(TEST_KEYS)) {
      expect(inQueue).not.toContain(key);
      expect(inHistory).not.toContain(key);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('picks the request by the kind of file: a WAV at WaveSpeedAI gets no image-to-video request, an MP3 at AssemblyAI a transcript', async () => {
    await app.addFiles([await app.media('wav', { name: 'voice note.wav' }), await app.media('mp3', { name: 'Interview with Dana.mp3' })]);
    const wav = app.core.queue.snapshot().items.find((item) => item.name === 'voice note.wav');
    if (wav === undefined) throw new Error('voice note.wav was not queued.');
    await app.core.handlers['queue:set-provider']({ ids: [wav.id], provider: 'wavespeed' });
    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => app.core.queue.snapshot().items.map((item) => item.status), { timeout: 10_000 }).toEqual(['done', 'done']);

    // WaveSpeedAI's one documented next request turns an image into a video: nothing for a WAV.
    await queueRow('voice note.wav').getByRole('button', { name: 'Copy link for voice note.wav' }).waitFor();
    expect(await queueRow('voice note.wav').getByLabel(/^(For developers|Use it next)/).count()).toBe(0);
    expect(await queueRow('voice note.wav').textContent()).not.toContain('image');

    await queueRow('Interview with Dana.mp3').getByLabel('For developers: Interview with Dana.mp3', { exact: true }).click();
    await queueRow('Interview with Dana.mp3').getByRole('button', { name: 'Use it next: Interview with Dana.mp3' }).click();
    const dialog = await readDialog();
    expect(dialog).toContain('Transcribe it with AssemblyAI');
    expect(dialog).toContain('"audio_url"');
    // The history knows no bytes: there the kind comes from the name (.wav), with the same result.
    await page.getByRole('tab', { name: 'History' }).click();
    await historyRow('voice note.wav').waitFor();
    expect(await historyRow('voice note.wav').getByRole('button', { name: /^Use it next/ }).count()).toBe(0);
  });
});
