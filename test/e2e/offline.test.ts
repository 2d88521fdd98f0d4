// @vitest-environment node
// Offline in the window (issue 23): with the connection gone (main's online signal, which
// index.ts feeds from Electron's net.isOnline()), a dropped and started file waits with "Waiting
// for the internet connection…" instead of failing; when the connection is back it uploads by
// itself, once, and nothing failed on the way. A key check meanwhile says the computer is offline.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;
useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });

describe('offline', () => {
  it('a dropped file waits for the connection, saying so, and uploads once when it is back', async () => {
    app.setOnline(false);
    await app.drop([await app.media('mp3', { name: 'field-recording.mp3' })]);
    await queueRow('field-recording.mp3').waitFor();
    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => queueRow('field-recording.mp3').getAttribute('data-status')).toBe('waiting');
    await expect.poll(() => queueRow('field-recording.mp3').textContent()).toContain('Waiting for the internet connection…');
    // A while offline changes nothing: it still waits, nothing was sent, nothing failed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await queueRow('field-recording.mp3').getAttribute('data-status')).toBe('waiting');
    expect(app.server.requests).toEqual([]);
    await app.screenshot('offline-waiting');

    app.setOnline(true);
    await expect.poll(() => queueRow('field-recording.mp3').getAttribute('data-status'), { timeout: 10_000 }).toBe('done');
    expect(await queueRow('field-recording.mp3').textContent()).not.toContain('Waiting for the internet connection');
    expect(app.server.uploads('assemblyai')).toHaveLength(1);
    expect(app.core.queue.snapshot().items.map((item) => item.status)).toEqual(['done']);
    await expect.poll(() => app.core.history.all().map((entry) => entry.ok)).toEqual([true]);
  });

  it('a key check says the computer is offline, asks nothing, and judges nothing', async () => {
    app.setOnline(false);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Check again whether the AssemblyAI key works' }).click();
    await expect.poll(() => page.getByTestId('key-test-assemblyai').textContent())
      .toBe('This computer is offline, so whether the AssemblyAI key works could not be checked. Press Check again once it is back online.');
    expect(await page.getByTestId('key-status-assemblyai').textContent()).toBe('Not checked yet');
    expect(app.server.requests).toEqual([]);
  });
});

