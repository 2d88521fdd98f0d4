// @vitest-environment node
// Pausing: from the tray (main's queue.pause()) or the window's More menu, new uploads wait; the
// window says so above the list, waiting rows say "Paused" instead of "Next in line", and
// "Resume uploads" sends them on.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;
useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const banner = () => page.getByRole('status').filter({ hasText: 'Uploads are paused.' });
const moreMenu = () => page.locator('.more-menu');
const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });

describe('pausing uploads', () => {
  it('says so when the tray pauses, holds waiting files, and resumes from the window', async () => {
    await app.addFiles([await app.media('mp3', { name: 'first.mp3' }), await app.media('wav', { name: 'second.wav' })]);
    expect(await banner().count()).toBe(0);
    app.core.queue.pause();
    await banner().waitFor();

    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => app.core.queue.snapshot().items.map((item) => item.status)).toEqual(['waiting', 'waiting']);
    await expect.poll(() => queueRow('first.mp3').textContent()).toContain('Paused');
    expect(app.server.uploads('assemblyai')).toHaveLength(0);

    await banner().getByRole('button', { name: 'Resume uploads' }).click();
    await expect.poll(() => app.core.queue.snapshot().items.every((item) => item.status === 'done'), { timeout: 10_000 }).toBe(true);
    expect(app.core.queue.paused).toBe(false);
    await banner().waitFor({ state: 'detached' });
    expect(app.server.uploads('assemblyai')).toHaveLength(2);
  });

  it('pauses and resumes from the More menu, and a reloaded window still knows', async () => {
    await app.addFiles([await app.media('mp3', { name: 'later.mp3' })]);
    await page.getByText('More', { exact: true }).click();
    await moreMenu().getByRole('button', { name: 'Pause uploads' }).click();
    await expect.poll(() => app.core.queue.paused).toBe(true);
    await banner().waitFor();

    await app.reload();
    await banner().waitFor();
    await page.getByText('More', { exact: true }).click();
    await moreMenu().getByRole('button', { name: 'Resume uploads' }).click();
    await expect.poll(() => app.core.queue.paused).toBe(false);
    await banner().waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
