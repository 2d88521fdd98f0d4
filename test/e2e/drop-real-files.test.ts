// @vitest-environment node
// A drop as Chromium makes it (trusted drag events whose DataTransfer holds Chromium's own File
// objects for files and folders on disk) reaches main with exactly the dropped paths, through
// the strict contextBridge stand-in: the window must hand the preload an array of File, since a
// FileList would arrive there without length. A File that is not on disk adds nothing and says so.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const queuedPaths = () => app.core.queue.snapshot().items.map((i) => i.path).sort();

describe('a drop from a file manager', () => {
  it('queues every dropped file by its own path', async () => {
    const song = await app.media('mp3', { name: 'first.mp3' });
    const photo = await app.media('png', { name: 'second.png' });
    await app.drop([song, photo]);
    await expect.poll(queuedPaths, { timeout: 5_000 }).toEqual([song, photo].sort());
    expect(app.pageErrors).toEqual([]);
  });

  it('queues the media files inside a folder dropped on its own', async () => {
    const folder = join(app.mediaDir, 'Trip');
    const clip = await app.media('mp4', { dir: folder, name: 'dunes.mp4' });
    const sound = await app.media('wav', { dir: join(folder, 'sound'), name: 'wind.wav' });
    await app.drop([folder]);
    await expect.poll(queuedPaths, { timeout: 5_000 }).toEqual([clip, sound].sort());
    await page.getByRole('listitem', { name: 'dunes.mp4' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('adds nothing for a file that is not on disk, and says what to drag instead', async () => {
    // A File made in the page, as a drag from another web page would carry: it has no path.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['not on disk'], 'clipping.txt'));
      const init = { bubbles: true, cancelable: true, dataTransfer: transfer };
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, init));
    });
    await page.getByText('Nothing was added.').waitFor();
    expect(app.core.queue.snapshot().items).toHaveLength(0);
    expect(app.pageErrors).toEqual([]);
  });
});
