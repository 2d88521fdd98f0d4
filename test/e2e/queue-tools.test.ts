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

/** Two MP3s uploaded to AssemblyAI, and two images it refuses (so never sent), as one Upload all. */
async function batchWithRefusals(): Promise<void> {
  await app.addFiles([
    await app.media('mp3', { name: 'one.mp3' }), await app.media('mp3', { name: 'two.mp3' }),
    await app.media('png', { name: 'photo.png' }), await app.media('jpeg', { name: 'scan.jpg' }),
  ]);
  await row('scan.jpg').waitFor();
  await page.getByRole('button', { name: 'Upload all' }).click();
  await page.locator('[role="listitem"][data-status="done"]', { hasText: 'two.mp3' }).waitFor();
  await app.core.queue.whenSettled();
}

describe('the end of a batch with files that were never sent', () => {
  it('counts them in the warning colour, and Show them lists them', async () => {
    await batchWithRefusals();
    const summary = page.getByRole('region', { name: 'Finished uploads' });
    await expect.poll(() => summary.textContent()).toContain('2 uploaded, 2 not sent');
    expect(await summary.getAttribute('data-tone')).toBe('warning');
    expect(await summary.textContent()).toContain('Not sent: 2 refused by AssemblyAI');
    // The count is in the warning colour, not the success one.
    const colour = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s) as Element).color, selector);
    expect(await colour('.batch-warn')).toBe(await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--warning)';
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    }));

    await summary.getByRole('button', { name: /^Show them/ }).click();
    const filters = page.getByRole('group', { name: 'Show' });
    expect(await filters.getByRole('button', { name: 'Needs attention 2' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => rows().count()).toBe(2);
    await row('photo.png').waitFor();
    // The same button goes back to every file.
    await summary.getByRole('button', { name: 'Show all files' }).click();
    await expect.poll(() => rows().count()).toBe(4);
  });

  it('says done only when everything was sent', async () => {
    await app.addFiles([await app.media('mp3', { name: 'only.mp3' })]);
    await page.getByRole('button', { name: 'Upload all' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'only.mp3' }).waitFor();
    const summary = page.getByRole('region', { name: 'Finished uploads' });
    await expect.poll(() => summary.getAttribute('data-tone')).toBe('success');
    expect(await summary.textContent()).toContain('1 uploaded');
    expect(await summary.getByRole('button', { name: /^Show/ }).count()).toBe(0);
  });
});

describe('sending every refused file elsewhere at once', () => {
  it('moves the refused images to a provider that takes them all, and Undo puts them back', async () => {
    await batchWithRefusals();
    // Pressed while only the refused files are shown: once they move on, every file shows again.
    await page.getByRole('region', { name: 'Finished uploads' }).getByRole('button', { name: /^Show them/ }).click();
    await expect.poll(() => rows().count()).toBe(2);
    const send = page.getByRole('button', { name: 'Send the 2 images to memories.ai' });
    await send.click();
    const providerOf = (name: string) => row(name).getByRole('combobox', { name: `Service for ${name}` }).inputValue();
    await expect.poll(() => providerOf('photo.png')).toBe('memories');
    expect(await providerOf('scan.jpg')).toBe('memories');
    // Nothing is refused any more: the button goes, and Upload all would send them.
    await expect.poll(() => send.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Upload all' }).isEnabled()).toBe(true);
    await expect.poll(() => rows().count()).toBe(4);

    await page.getByText('2 files will go to memories.ai.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => providerOf('photo.png')).toBe('assemblyai');
    expect(await providerOf('scan.jpg')).toBe('assemblyai');
  });

  it('skips a provider whose key was rejected', async () => {
    // A saved memories.ai key that memories.ai stopped accepting (a key it turns down when first
    // pasted is never saved): its check says so, and Settings would say "Not accepted".
    app.server.script({ provider: 'memories', kind: 'key-check', reply: providerError('memories', 403) });
    await app.core.handlers['keys:test']({ provider: 'memories' });
    await expect.poll(async () => (await app.core.handlers['keys:list'](undefined)).find((k) => k.provider === 'memories')?.check.state).toBe('rejected');
    await batchWithRefusals();
    await page.getByRole('button', { name: /^Send the 2 images to / }).waitFor();
    expect(await page.getByRole('button', { name: /^Send the 2 images to / }).textContent()).not.toContain('memories.ai');
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
    const providerOf = (name: string) => row(name).getByRole('combobox', { name: `Service for ${name}` }).inputValue();
    await expect.poll(() => providerOf('a.mp3')).toBe('memories');
    expect(await providerOf('c.png')).toBe('memories');

    await page.getByText('3 files will go to memories.ai.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => providerOf('a.mp3')).toBe('assemblyai');
    expect(await providerOf('b.wav')).toBe('assemblyai');
    expect(await providerOf('c.png')).toBe('assemblyai');
  });
});
