// @vitest-environment node
// Dropping files and a folder on the window queues them (the folder's media files, not the
// folder), with the provider chosen for new files; "Upload all" sends them to the providers'
// loopback servers and each row ends with its link. Each test starts from an empty list (reset).

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const row = (name: string) => page.getByRole('listitem', { name });
const HOLIDAY = ['interview.mp3', 'beach.mp4', 'waves.wav'];

/** Three files in the list without a drop (the drop has its own test): a song and a folder's two. */
async function queueHoliday(): Promise<void> {
  const folder = join(app.mediaDir, 'Holiday');
  const paths = [await app.media('mp3', { name: 'interview.mp3' }), await app.media('mp4', { dir: folder, name: 'beach.mp4' }), await app.media('wav', { dir: folder, name: 'waves.wav' })];
  await app.addFiles(paths);
  for (const name of HOLIDAY) await row(name).waitFor();
}

describe('dropping files', () => {
  it('shows an empty window that invites a drop', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Add files…' }).waitFor();
    await app.screenshot('empty-window');
    expect(app.pageErrors).toEqual([]);
  });

  it('queues dropped files and the media files inside a dropped folder', async () => {
    const song = await app.media('mp3', { name: 'interview.mp3' });
    const folder = join(app.mediaDir, 'Holiday');
    await app.media('mp4', { dir: folder, name: 'beach.mp4' });
    await app.media('wav', { dir: join(folder, 'audio'), name: 'waves.wav' });
    await writeFile(join(folder, 'notes.txt'), 'not media');
    await mkdir(join(folder, 'empty-sub'));

    // A real drop: Chromium's own File objects, for a file and a folder, through the strict
    // contextBridge stand-in. Were the window to hand the preload its FileList, the list would
    // arrive without length and nothing would reach main ("Nothing was added.").
    await app.drop([song, folder]);

    await expect.poll(() => app.core.queue.snapshot().items.map((i) => i.name).sort(), { timeout: 5_000 }).toEqual(['beach.mp4', 'interview.mp3', 'waves.wav']);
    for (const name of ['interview.mp3', 'beach.mp4', 'waves.wav']) await row(name).waitFor();
    expect(await page.getByRole('listitem').count()).toBe(3);
    expect(await page.getByRole('listitem', { name: 'notes.txt' }).count()).toBe(0);
    // Added, not sent: nothing reaches a provider before "Upload all".
    expect(app.server.uploads()).toHaveLength(0);
    expect(await row('beach.mp4').getAttribute('data-status')).toBe('idle');
    expect(app.pageErrors).toEqual([]);
  });

  it('uploads everything with "Upload all" and shows each link', async () => {
    await queueHoliday();
    await page.getByRole('button', { name: 'Upload all' }).click();
    for (const name of ['interview.mp3', 'beach.mp4', 'waves.wav']) {
      await page.locator('[role="listitem"][data-status="done"]', { hasText: name }).waitFor();
    }
    expect(app.server.uploads('assemblyai').filter((r) => r.response?.status === 200)).toHaveLength(3);
    await expect.poll(() => row('interview.mp3').textContent()).toContain('https://');
    await app.screenshot('finished-batch');
  });
});

describe('results', () => {
  const linkOf = (name: string): string => {
    const item = app.core.queue.snapshot().items.find((i) => i.name === name);
    if (item?.status !== 'done' || item.result.url === undefined) throw new Error(`${name} has no link in the queue`);
    return item.result.url;
  };

  beforeEach(async () => {
    await queueHoliday();
    await app.core.handlers['queue:start']({});
    for (const name of HOLIDAY) await page.locator('[role="listitem"][data-status="done"]', { hasText: name }).waitFor();
  });

  it('copies one file’s link and says so', async () => {
    const copy = row('interview.mp3').getByRole('button', { name: 'Copy link for interview.mp3' });
    await copy.click();
    await expect.poll(() => copy.textContent()).toContain('Copied');
    expect(await app.clipboardText()).toBe(linkOf('interview.mp3'));
  });

  it('copies all links at once, one "name — link" per line, or the bare links from More', async () => {
    await page.getByRole('button', { name: 'Copy 3 links', exact: true }).click();
    await expect.poll(() => app.clipboardText()).toContain('\n');
    const lines = (await app.clipboardText()).split('\n').sort();
    expect(lines).toEqual(HOLIDAY.map((name) => `${name} — ${linkOf(name)}`).sort());

    await page.getByText('More', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy 3 links only' }).click();
    await expect.poll(async () => (await app.clipboardText()).split('\n').sort()).toEqual(HOLIDAY.map(linkOf).sort());
  });

  it('opens a link in the system browser', async () => {
    await row('beach.mp4').getByRole('button', { name: 'Open link for beach.mp4' }).click();
    await expect.poll(() => app.openedUrls).toEqual([linkOf('beach.mp4')]);
  });

  it('clears finished files from the list', async () => {
    await page.getByText('More', { exact: true }).click();
    await page.getByRole('button', { name: 'Clear finished' }).click();
    await expect.poll(() => page.getByRole('listitem').count()).toBe(0);
    expect(app.core.queue.snapshot().items).toHaveLength(0);
  });
});

describe('the "Add files…" dialog', () => {
  it('queues the files chosen in it', async () => {
    const voice = await app.media('wav', { name: 'voice-note.wav' });
    app.setDialogFiles([voice]);
    await page.getByRole('banner').getByRole('button', { name: 'Add files…' }).click();
    await row('voice-note.wav').waitFor();
    expect(app.core.queue.snapshot().items.map((i) => i.path)).toEqual([voice]);
  });

  it('adds nothing when the person cancels it', async () => {
    app.setDialogFiles([]);
    await page.getByRole('banner').getByRole('button', { name: 'Add files…' }).click();
    await expect.poll(() => app.core.queue.snapshot().items.length).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
