// @vitest-environment node
// Settings: a provider without a key says so and leads to its field; a wrong key gets a clear
// message from "Test key"; a right one works and the waiting file then uploads; the region and
// the number of uploads at once are saved. The key itself never comes back to the window.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROVIDERS } from '../../shared/providers.ts';
import { TEST_KEYS } from '../fixtures/provider-server.ts';
import './page-globals.ts';
import { launchApp, type AppHarness } from './app-harness.ts';

const WRONG_KEY = 'wrong-key-0123456789';

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ keys: {} });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  // Each test starts with no keys (launchApp's `keys: {}`), an empty list and default settings.
  await app.reset();
});

const keyField = () => page.getByLabel('AssemblyAI API key', { exact: true });
const keyFeedback = () => page.getByTestId('key-test-assemblyai');
const savedSettings = async () => JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;

describe('keys', () => {
  it('says when a provider has no key, and leads to its field', async () => {
    await app.drop([await app.media('mp3', { name: 'podcast.mp3' })]);
    await page.getByRole('listitem', { name: 'podcast.mp3' }).waitFor();
    await expect.poll(() => page.getByText('No AssemblyAI key yet, so files set to AssemblyAI cannot upload.').count()).toBe(1);
    await page.getByRole('button', { name: 'Add the AssemblyAI key in Settings' }).click();
    await expect.poll(() => keyField().evaluate((el) => el === document.activeElement)).toBe(true);
    await app.screenshot('settings');
  });

  it('gives a clear message when the key is wrong', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await keyField().fill(WRONG_KEY);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toContain('Saved.');
    await page.getByRole('button', { name: 'Test AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toBe('AssemblyAI did not accept this key. Check that you copied all of it, or create a new key on the AssemblyAI website.');
    await app.screenshot('settings-wrong-key');

    const check = app.server.requests.filter((r) => r.kind === 'key-check' && r.provider === 'assemblyai');
    expect(check.map((r) => r.headers.authorization)).toEqual([WRONG_KEY]);
    // Saved keys never travel back to the window.
    expect(await keyField().inputValue()).toBe('');
    expect(await page.content()).not.toContain(WRONG_KEY);
    const listed = await page.evaluate(() => window.uploader['keys:list']());
    expect(JSON.stringify(listed)).not.toContain(WRONG_KEY);
  });

  it('accepts the right key, and the waiting file then uploads', async () => {
    await app.drop([await app.media('mp3', { name: 'podcast.mp3' })]);
    await page.getByRole('listitem', { name: 'podcast.mp3' }).waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await keyField().fill(TEST_KEYS.assemblyai);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toContain('Saved.');
    await page.getByRole('button', { name: 'Test AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toBe('The AssemblyAI key works.');

    await page.getByRole('tab', { name: 'Queue' }).click();
    expect(await page.getByText('No AssemblyAI key yet').count()).toBe(0);
    await page.getByRole('button', { name: 'Upload podcast.mp3' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'podcast.mp3' }).waitFor();
  });
});

describe('the key page', () => {
  it('opens the provider’s own page from the provider table', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Open the AssemblyAI key page' }).click();
    await expect.poll(() => app.openedUrls).toEqual([PROVIDERS.assemblyai.keyPageUrl]);
  });
});

describe('replacing a saved key', () => {
  it('asks in main first, and keeps the saved key when the person says so', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await keyField().fill(TEST_KEYS.assemblyai);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toContain('Saved.');
    // A first key needs no question.
    expect(app.keyQuestions).toEqual([]);

    app.answerKeyQuestions('keep');
    await keyField().fill(WRONG_KEY);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toBe('Kept the saved AssemblyAI key. The key you pasted was not saved.');
    expect(app.keyQuestions).toEqual(['Replace the saved AssemblyAI key?']);
    await app.screenshot('settings-key-kept');
    expect(await app.core.handlers['keys:test']({ provider: 'assemblyai' })).toMatchObject({ ok: true });

    app.answerKeyQuestions('change');
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toContain('Saved.');
    expect(app.keyQuestions).toEqual(['Replace the saved AssemblyAI key?', 'Replace the saved AssemblyAI key?']);
    expect(await app.core.handlers['keys:test']({ provider: 'assemblyai' })).toMatchObject({ ok: false });
  });
});

describe('upload settings', () => {
  it('saves the AssemblyAI region and the number of uploads at once', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('AssemblyAI region').selectOption('eu');
    await expect.poll(async () => (await savedSettings())['regions']).toEqual({ assemblyai: 'eu' });
    await page.getByLabel('Uploads at once').fill('5');
    await expect.poll(async () => (await savedSettings())['concurrency']).toBe(5);
    expect(app.core.settings.get()).toMatchObject({ regions: { assemblyai: 'eu' }, concurrency: 5 });
  });
});
