// @vitest-environment node
// A drop of more files than main looks at before it answers (CHECKED_BEFORE_ANSWER): the rows
// come at once, each "Checking…", and fill in as main looks at their files; a file that is not
// media is then taken out and said in one notice; and the list shows the first of the dropped
// files, also when they come in several slices, also below rows already there.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHECKED_BEFORE_ANSWER } from '../../electron/main/desktop/add-chosen.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const FILES = CHECKED_BEFORE_ANSWER + 100;

/** A folder of FILES songs named `<prefix>-0000.mp3` on, one of them text with a song's name. */
async function folderOfSongs(prefix: string): Promise<string> {
  const folder = join(app.mediaDir, prefix);
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < FILES - 1; i++) await app.media('mp3', { dir: folder, name: `${prefix}-${String(i).padStart(4, '0')}.mp3` });
  await writeFile(join(folder, `${prefix}-notes.mp3`), 'shopping list');
  return folder;
}

// The queue's row height (renderer/src/components/queue-list.tsx).
const ROW_HEIGHT = 60;
const scrolledBy = (): Promise<number> => page.locator('.queue-scroll').evaluate((list) => list.scrollTop);

describe('a big drop', () => {
  it('shows its rows at once, fills them in as main looks at the files, and takes out what is not media with one notice', async () => {
    const folder = await folderOfSongs('song');
    // Main looks at the files more slowly than the window draws: the rows show before it is done.
    await app.drop([folder]);
    const first = page.getByRole('listitem', { name: 'song-0000.mp3' });
    await first.waitFor();
    await expect.poll(() => app.core.queue.snapshot().items.length, { timeout: 10_000 }).toBe(FILES - 1);
    await expect.poll(() => first.getAttribute('data-status')).toBe('idle');
    await expect.poll(async () => (await first.textContent()) ?? '').toContain('MP3 audio');
    expect(await first.textContent()).not.toContain('Checking…');
    await page.getByRole('status').filter({ hasText: '1 item skipped' }).waitFor();
    expect(app.core.queue.snapshot().items.some((item) => item.name === 'song-notes.mp3')).toBe(false);
    // The list starts at the first dropped file, not at the last slice that arrived.
    expect(await scrolledBy()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('brings the first of a second big drop into view, below the rows already there', async () => {
    await app.addFiles([await app.media('mp3', { name: 'earlier.mp3' })]);
    await page.getByRole('listitem', { name: 'earlier.mp3' }).waitFor();
    await app.drop([await folderOfSongs('more')]);
    await expect.poll(() => app.core.queue.snapshot().items.filter((item) => item.checking !== true).length, { timeout: 10_000 }).toBe(FILES);
    await page.getByRole('listitem', { name: 'more-0000.mp3' }).waitFor();
    // The first of the drop (the second row, after earlier.mp3) is at the top of the view.
    await expect.poll(scrolledBy).toBe(ROW_HEIGHT);
  });
});
