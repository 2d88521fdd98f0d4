// @vitest-environment node
// The queue's tools for a batch: a completion summary with what to do next, filters by state
// with counts, and "Use … for all files not yet sent" with Undo.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { providerError } from '../fixtures/provider-server.ts';
import { E2E_RETRY, type AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const rows = () => page.getByRole('listitem');
const row = (name: string) => page.getByRole('listitem', { name });

/** Two files uploaded to AssemblyAI and one that fails for good at HeyGen. */
async function batchWithOneFailure(): Promise<void> {
  app.server.script({ provider: 'heygen', kind: 'upload', times: E2E_RETRY.attempts, reply: providerError('heygen', 503) });
  await app.addFiles([await app.media('mp3', { name: 'one.mp3' }), await app.media('mp4', { name: 'two.mp4' }), await app.media('mp3', { name: 'broken.mp3' })]);
  const broken = app.core.queue.snapshot().items.find((item) => item.name === 'broken.mp3');
  await app.core.handlers['queue:set-provider']({ ids: [broken?.id ?? ''], provider: 'heygen' });
  await page.getByRole('button', { name: 'Upload all' }).click();
  await page.locator('[role="listitem"][data-status="failed"]', { hasText: 'broken.mp3' }).waitFor();
  await app.core.queue.whenSettled();
}

describe('the end of a batch', () => {
  it('says how it went, and Retry failed sends the failed file again', async () => {
    await batchWithOneFailure();
    const summary = page.getByRole('region', { name: 'Finished uploads' });
    await expect.poll(() => summary.textContent()).toContain('2 uploaded, 1 failed');
    await summary.getByRole('button', { name: 'Retry failed' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'broken.mp3' }).waitFor();
    await expect.poll(() => summary.textContent()).toContain('3 uploaded');
    expect(await summary.textContent()).not.toContain('failed');
  });
});

describe('filters', () => {
  it('shows one group of rows at a time, each filter with its count', async () => {
    await batchWithOneFailure();
    await app.addFiles([await app.media('wav', { name: 'later.wav' })]);
    await row('later.wav').waitFor();
    const filters = page.getByRole('group', { name: 'Show' });
    expect(await filters.getByRole('button', { name: 'All 4' }).getAttribute('aria-pressed')).toBe('true');

    await filters.getByRole('button', { name: 'Needs attention 1' }).click();
    await expect.poll(() => rows().count()).toBe(1);
    await row('broken.mp3').waitFor();
    await filters.getByRole('button', { name: 'Done 2' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    await filters.getByRole('button', { name: 'Not sent 1' }).click();
    await expect.poll(() => rows().count()).toBe(1);
    await row('later.wav').waitFor();
    await filters.getByRole('button', { name: 'All 4' }).click();
    await expect.poll(() => rows().count()).toBe(4);
  });
});

describe('one provider for all files not yet sent', () => {
  it('changes them, and Undo puts each back', async () => {
    await app.addFiles([await app.media('mp3', { name: 'a.mp3' }), await app.media('wav', { name: 'b.wav' }), await app.media('png', { name: 'c.png' })]);
    await row('c.png').waitFor();
    // Nothing would change yet: every file is already set to the provider for new files.
    expect(await page.getByRole('button', { name: /not yet sent/ }).count()).toBe(0);

    const forNewFiles = page.getByRole('combobox', { name: 'Send new files to' });
    await forNewFiles.selectOption('memories');
    await expect.poll(() => forNewFiles.inputValue()).toBe('memories');
    // All three: memories.ai takes MP3, WAV and PNG.
    await page.getByRole('button', { name: 'Use memories.ai for all 3 files not yet sent' }).click();
    const providerOf = (name: string) => row(name).getByRole('combobox', { name: `Provider for ${name}` }).inputValue();
    await expect.poll(() => providerOf('a.mp3')).toBe('memories');
    expect(await providerOf('c.png')).toBe('memories');

    await page.getByText('3 files will go to memories.ai.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => providerOf('a.mp3')).toBe('assemblyai');
    expect(await providerOf('b.wav')).toBe('assemblyai');
    expect(await providerOf('c.png')).toBe('assemblyai');
  });
});
