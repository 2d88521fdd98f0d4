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
    await queueRow('face.png').getByRole('combobox', { name: 'Provider for face.png' }).selectOption('heygen');
    await expect.poll(() => app.core.queue.snapshot().items[0]?.provider).toBe('heygen');
    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => app.core.queue.snapshot().items[0]?.status, { timeout: 10_000 }).toBe('done');
    const item = app.core.queue.snapshot().items[0]!;
    const assetId = item.status === 'done' ? item.result.assetId : undefined;
    expect(assetId).toBeTruthy();

    await queueRow('face.png').getByRole('button', { name: 'Use it next: face.png' }).click();
    await page.getByRole('dialog').waitFor();
    await app.screenshot('use-it-next');
    const inQueue = await readDialog();
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
});
