// @vitest-environment node
// The upload list after a restart, in the window: the app quits while a file uploads, and the
// next start shows it as Interrupted with Retry (and Retry all takes it), sends nothing
// by itself, says so at the end of the batch, and Resume there uploads it again. The same data
// folder is used by both launches.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import { launchApp, type AppHarness } from './app-harness.ts';

let dataDir: string;
let mediaDir: string;
let app: AppHarness | undefined;

beforeAll(async () => {
  dataDir = await makeTempDir('media-uploader-e2e-restore-');
  mediaDir = await makeTempDir('media-uploader-e2e-restore-media-');
});
afterAll(async () => {
  await app?.close();
  await removeDir(dataDir);
  await removeDir(mediaDir);
});

describe('the upload list after a restart', () => {
  it('shows an upload the quit stopped as interrupted, starts nothing, and Retry sends it', async () => {
    app = await launchApp({ dataDir });
    const film = await app.media('mp4', { name: 'film.mp4', size: 24 * 1024 * 1024, dir: mediaDir });
    const song = await app.media('mp3', { name: 'song.mp3', dir: mediaDir });
    await app.drop([film, song]);
    const first = app;
    await first.page.getByRole('button', { name: 'Upload song.mp3' }).click();
    await first.page.locator('[role="listitem"][data-status="done"]', { hasText: 'song.mp3' }).waitFor();
    first.server.script({ provider: 'assemblyai', kind: 'upload', bytesPerSecond: 1024 * 1024 });
    await first.page.getByRole('button', { name: 'Upload film.mp4' }).click();
    await first.server.waitFor((r) => r.kind === 'upload' && r.bodyBytes > 0 && r.response === undefined);
    await first.close();

    app = await launchApp({ dataDir });
    const { page } = app;
    const row = (name: string) => page.getByRole('listitem', { name });
    await expect.poll(() => row('film.mp4').getAttribute('data-status')).toBe('interrupted');
    expect(await row('film.mp4').textContent()).toContain('Interrupted');
    expect(await row('film.mp4').textContent()).toContain('Media Uploader closed while this file was uploading. Press Retry to upload it again.');
    expect(await row('song.mp3').getAttribute('data-status')).toBe('done');
    expect(await row('song.mp3').textContent()).toMatch(/https:\/\//);
    await app.screenshot('restored-interrupted');
    // The end of the batch does not say it all went well: it says what the quit stopped.
    const summary = page.getByRole('region', { name: 'Finished uploads' });
    await expect.poll(() => summary.textContent()).toContain('1 uploaded, 1 upload stopped when the app closed');
    expect(await summary.getAttribute('data-tone')).toBe('warning');
    expect(await summary.textContent()).not.toContain('failed');
    await summary.getByRole('button', { name: /^Show them/ }).click();
    expect(await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Needs attention 1' }).getAttribute('aria-pressed')).toBe('true');
    await row('film.mp4').waitFor();
    // "Retry all" (in the toolbar's More menu) takes it too.
    await page.locator('summary', { hasText: 'More' }).click();
    const retryAll = page.locator('.more-items button', { hasText: /^Retry/ });
    await expect.poll(() => retryAll.isEnabled()).toBe(true);
    expect(await retryAll.textContent()).toBe('Retry the stopped upload');
    await page.locator('summary', { hasText: 'More' }).click();
    expect(app.server.uploads()).toHaveLength(0);

    await summary.getByRole('button', { name: 'Resume' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'film.mp4' }).waitFor({ timeout: 20_000 });
    expect(app.server.uploads()).toHaveLength(1);
    await expect.poll(() => summary.getAttribute('data-tone')).toBe('success');
  });
});
