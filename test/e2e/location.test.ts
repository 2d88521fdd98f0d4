// @vitest-environment node
// Location data stays home in the window: a photo with GPS is sent as a copy without it and its
// row says "Location removed"; Settings' "Remove it before sending", unticked, sends the original.

import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jpegWithLocation } from '../fixtures/located-media.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });

async function upload(name: string): Promise<string | undefined> {
  const path = join(app.mediaDir, name);
  await writeFile(path, jpegWithLocation());
  app.server.reset();
  await app.addFiles([path]);
  await queueRow(name).getByRole('combobox', { name: `Service for ${name}` }).selectOption('wavespeed');
  await expect.poll(() => app.core.queue.snapshot().items.find((i) => i.name === name)?.provider).toBe('wavespeed');
  await page.getByRole('button', { name: 'Upload all' }).click();
  await expect.poll(() => app.core.queue.snapshot().items.find((i) => i.name === name)?.status, { timeout: 10_000 }).toBe('done');
  return app.server.uploads('wavespeed')[0]?.sha256;
}

describe('location data in the window', () => {
  it('removes a photo\'s GPS by default and says so on its row', async () => {
    expect(await upload('holiday.jpg')).toBe(sha(jpegWithLocation('removed')));
    await expect.poll(() => queueRow('holiday.jpg').textContent()).toContain('Location removed');
    expect(app.pageErrors).toEqual([]);
  });

  it('sends the original when Settings keeps the location', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Remove it before sending').click();
    await expect.poll(() => app.core.settings.get().keepLocation).toBe(true);
    await page.getByRole('tab', { name: 'Queue' }).click();
    expect(await upload('kept.jpg')).toBe(sha(jpegWithLocation()));
    expect(await queueRow('kept.jpg').textContent()).not.toContain('Location removed');
  });
});
