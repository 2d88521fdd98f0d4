// @vitest-environment node
// A file uploading shows its progress; Cancel stops it; a failed upload says why in plain
// words and Retry sends it again. The loopback server is slowed or told to fail by script.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { providerError } from '../fixtures/provider-server.ts';
import { E2E_RETRY, launchApp, type AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

// Big enough to outlast the loopback socket buffers, so progress is seen mid-way; sparse, so free.
const BIG = 24 * 1024 * 1024;
// Slow enough to watch for a few seconds, fast enough to keep the suite quick.
const SLOW = 6 * 1024 * 1024;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const row = (name: string) => page.getByRole('listitem', { name });
const rowIn = (status: string, name: string) => page.locator(`[role="listitem"][data-status="${status}"]`, { hasText: name });

async function sendNewFilesTo(provider: string): Promise<void> {
  const forNewFiles = page.getByRole('combobox', { name: 'Send new files to' });
  await forNewFiles.selectOption(provider);
  await expect.poll(() => forNewFiles.inputValue()).toBe(provider);
}

describe('while a file uploads', () => {
  it('shows its progress with percent, and ends done', async () => {
    app.server.script({ provider: 'assemblyai', kind: 'upload', bytesPerSecond: SLOW });
    const film = await app.media('mp4', { name: 'film.mp4', size: BIG });
    await app.drop([film]);
    await row('film.mp4').getByRole('button', { name: 'Upload film.mp4' }).click();

    const bar = page.getByRole('progressbar', { name: 'Upload progress for film.mp4' });
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 10_000 }).toBeGreaterThan(0);
    const midway = Number(await bar.getAttribute('aria-valuenow'));
    expect(midway).toBeLessThan(100);
    expect(await row('film.mp4').textContent()).toMatch(/MB/);
    await app.screenshot('busy-queue');
    await rowIn('done', 'film.mp4').waitFor({ timeout: 20_000 });
  });

  it('stops when cancelled, and Retry sends it again', async () => {
    app.server.script({ provider: 'assemblyai', kind: 'upload', bytesPerSecond: SLOW / 4 });
    const talk = await app.media('mp3', { name: 'talk.mp3', size: BIG });
    await app.drop([talk]);
    await row('talk.mp3').getByRole('button', { name: 'Upload talk.mp3' }).click();
    await rowIn('uploading', 'talk.mp3').waitFor();
    await app.server.waitFor((r) => r.kind === 'upload' && r.bodyBytes > 0);

    await row('talk.mp3').getByRole('button', { name: 'Cancel upload of talk.mp3' }).click();
    await rowIn('cancelled', 'talk.mp3').waitFor();
    // The slowed server notices the closed connection once it has drained what was buffered.
    await expect.poll(() => app.server.uploads('assemblyai').at(-1)?.bodyEnd, { timeout: 20_000 }).not.toBe('pending');
    expect(app.server.uploads('assemblyai').at(-1)?.bodyEnd).not.toBe('complete');

    await row('talk.mp3').getByRole('button', { name: 'Retry talk.mp3' }).click();
    await rowIn('done', 'talk.mp3').waitFor({ timeout: 20_000 });
    expect(app.server.uploads('assemblyai').at(-1)?.bodyEnd).toBe('complete');
  });
});

describe('a failed upload', () => {
  it('says what went wrong in plain words, and Retry succeeds', async () => {
    // The app tries each upload E2E_RETRY.attempts times on its own, so that many failures fail the file.
    const failures = Array<number>(E2E_RETRY.attempts).fill(503);
    app.server.script({ provider: 'heygen', kind: 'upload', times: failures.length, reply: providerError('heygen', 503) });
    const photo = await app.media('jpeg', { name: 'photo.jpg' });
    await sendNewFilesTo('heygen');
    await app.drop([photo]);
    await row('photo.jpg').getByRole('button', { name: 'Upload photo.jpg' }).click();

    await rowIn('failed', 'photo.jpg').waitFor();
    expect(await row('photo.jpg').textContent()).toContain('HeyGen had a problem on its side. Try again in a few minutes.');
    await app.screenshot('failed-upload');

    await row('photo.jpg').getByRole('button', { name: 'Retry photo.jpg' }).click();
    await rowIn('done', 'photo.jpg').waitFor();
    expect(app.server.uploads('heygen').map((r) => r.response?.status)).toEqual([...failures, 200]);
  });

  it('tells the person to fix the key when the provider rejects it', async () => {
    app.server.script({ provider: 'heygen', kind: 'upload', reply: providerError('heygen', 401) });
    const still = await app.media('png', { name: 'still.png' });
    await sendNewFilesTo('heygen');
    await app.drop([still]);
    await row('still.png').getByRole('button', { name: 'Upload still.png' }).click();
    await rowIn('failed', 'still.png').waitFor();
    expect(await row('still.png').textContent()).toContain('HeyGen rejected the API key. Open Settings and paste a new one.');
    // A rejected key is not worth a second try on its own.
    expect(app.server.uploads('heygen').filter((r) => r.response?.status === 401)).toHaveLength(1);
  });
});

describe('when the history cannot record an upload', () => {
  // An app of its own: its history is closed for good.
  let broken: AppHarness;
  beforeAll(async () => {
    broken = await launchApp();
  });
  afterAll(async () => {
    await broken?.close();
  });

  it('still shows the link, and says the record is missing', async () => {
    // A closed store refuses writes, as a full or vanished disk would.
    await broken.core.history.close();
    const forNewFiles = broken.page.getByRole('combobox', { name: 'Send new files to' });
    await forNewFiles.selectOption('heygen');
    await expect.poll(() => forNewFiles.inputValue()).toBe('heygen');
    await broken.drop([await broken.media('png', { name: 'unrecorded.png' })]);
    await broken.page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => broken.page.getByRole('listitem', { name: 'unrecorded.png' }).getAttribute('data-status')).toBe('done');
    await broken.page.getByText('unrecorded.png finished, but the history could not record it.').waitFor();
    await broken.page.getByText('Its link is still in the upload list: copy it from there.').waitFor();
  });
});
