// @vitest-environment node
// Each file can go to its own provider; a file the chosen provider will not take is marked
// with the reason before anything is sent, and choosing a provider that takes it clears that.
// Files that are not media at all are refused when added, with a message saying so.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeMediaSet } from '../fixtures/media-files.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({ settings: { defaultProvider: 'assemblyai' } }, (launched) => ([app, page] = [launched, launched.page]));

const row = (name: string) => page.getByRole('listitem', { name });

describe('choosing a provider per file', () => {
  it('marks a file the provider refuses, with the reason in plain words, and sends nothing', async () => {
    const photo = await app.media('png', { name: 'portrait.png' });
    const clip = await app.media('mp4', { name: 'clip.mp4' });
    await app.drop([photo, clip]);
    await row('portrait.png').waitFor();
    await row('clip.mp4').waitFor();

    // AssemblyAI takes audio and video only.
    await expect.poll(() => row('portrait.png').textContent()).toContain('AssemblyAI does not accept PNG image files');
    expect(await row('portrait.png').getByRole('button', { name: 'Upload portrait.png' }).count()).toBe(0);
    await app.screenshot('refused-file');

    await page.getByRole('button', { name: 'Upload all' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'clip.mp4' }).waitFor();
    expect(await row('portrait.png').getAttribute('data-status')).toBe('idle');
    expect(app.server.uploads().map((r) => r.provider)).toEqual(['assemblyai']);
  });

  it('sends the refused file once a provider that takes it is chosen for it alone', async () => {
    await app.drop([await app.media('png', { name: 'portrait.png' }), await app.media('mp4', { name: 'clip.mp4' })]);
    await expect.poll(() => row('portrait.png').textContent()).toContain('does not accept');
    await row('clip.mp4').waitFor();
    await row('portrait.png').getByRole('combobox', { name: 'Service for portrait.png' }).selectOption('heygen');
    await expect.poll(() => row('portrait.png').textContent()).not.toContain('does not accept');
    await row('portrait.png').getByRole('button', { name: 'Upload portrait.png' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'portrait.png' }).waitFor();

    const heygen = app.server.uploads('heygen');
    expect(heygen).toHaveLength(1);
    expect(heygen[0]?.headers['content-type']).toBe('image/png');
    // The other file kept its own provider.
    expect(await row('clip.mp4').getByRole('combobox', { name: 'Service for clip.mp4' }).inputValue()).toBe('assemblyai');
  });

  it('marks in each file’s menu the providers that would refuse it, and offers one that takes it', async () => {
    await app.drop([await app.media('png', { name: 'portrait.png' })]);
    // The refused picture says what AssemblyAI takes, and one click sends it where it is taken.
    await expect.poll(() => row('portrait.png').textContent()).toContain('It takes only audio and video files');
    expect(await row('portrait.png').locator('[data-status]').first().textContent()).toBe('Can’t upload');
    await row('portrait.png').getByRole('button', { name: 'Send to memories.ai: portrait.png' }).click();
    const menu = row('portrait.png').getByRole('combobox', { name: 'Service for portrait.png' });
    await expect.poll(() => menu.inputValue()).toBe('memories');
    await row('portrait.png').getByRole('button', { name: 'Upload portrait.png' }).waitFor();

    // AssemblyAI takes no PNG: in the file's menu it is marked and cannot be chosen; the others can.
    const assemblyai = menu.locator('option[value="assemblyai"]');
    expect(await assemblyai.textContent()).toBe('AssemblyAI (won’t take this file)');
    expect(await assemblyai.isDisabled()).toBe(true);
    expect(await menu.locator('option[value="heygen"]').isDisabled()).toBe(false);
  });

  it('shows a sent file’s provider as a label, not a menu', async () => {
    await app.addFiles([await app.media('mp3', { name: 'song.mp3' })]);
    await row('song.mp3').getByRole('button', { name: 'Upload song.mp3' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'song.mp3' }).waitFor();
    expect(await row('song.mp3').getByRole('combobox').count()).toBe(0);
    expect(await row('song.mp3').textContent()).toContain('AssemblyAI');
  });

  it('sends new files to the provider chosen for new files', async () => {
    const forNewFiles = page.getByRole('combobox', { name: 'Send new files to' });
    await forNewFiles.selectOption('wavespeed');
    // The choice is a setting: main saves it and tells the window, which then shows it.
    await expect.poll(() => forNewFiles.inputValue()).toBe('wavespeed');
    await expect.poll(() => app.core.settings.get().defaultProvider).toBe('wavespeed');
    const song = await app.media('mp3', { name: 'song.mp3' });
    await app.drop([song]);
    await expect.poll(() => row('song.mp3').getByRole('combobox', { name: 'Service for song.mp3' }).inputValue()).toBe('wavespeed');
  });

  it('skips what is not media at the drop (a text file, an empty file, a folder without media) in one grouped message', async () => {
    const set = await writeMediaSet(join(app.mediaDir, 'set'));
    const noMedia = join(app.mediaDir, 'Documents');
    await mkdir(noMedia);
    await writeFile(join(noMedia, 'letter.txt'), 'Dear Sir');
    await app.drop([set.text, set.empty, noMedia, set.mp3]);

    await row('sample.mp3').waitFor();
    await page.getByText('3 items skipped').waitFor();
    // The reasons wait behind "Show details", so the notice takes one line's room under the list.
    await page.getByRole('status').filter({ hasText: '3 items skipped' }).getByRole('button', { name: 'Show details' }).click();
    await page.getByText('Not an image, video or audio file: notes.txt.').waitFor();
    await page.getByText('Empty (0 bytes), perhaps not finished saving: empty.mp4.').waitFor();
    expect(await page.getByText('The folder “Documents” has no image, video or audio files in it.', { exact: false }).count()).toBe(1);
    // Only what could go somewhere is in the list.
    expect(await page.getByRole('listitem').count()).toBe(1);
    expect(app.core.queue.snapshot().items.map((item) => item.name)).toEqual(['sample.mp3']);
  });
});
