// @vitest-environment node
// Settings: a provider without a key says so and leads to its field; a key is checked before it
// is saved, and one the provider turns down is not saved (it stays in the field); the card shows
// one of three remembered states of a saved key (Working / Not accepted / Not checked yet); a
// right one works and the waiting file then uploads; the region, the number of
// uploads at once, what closing the window does and starting at login are saved. The key itself never comes back to the window.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROVIDERS } from '../../shared/providers.ts';
import { providerError, TEST_KEYS } from '../fixtures/provider-server.ts';
import './page-globals.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

const WRONG_KEY = 'wrong-key-0123456789';

let app: AppHarness;
let page: Page;

// Each test starts with no keys (launchApp's `keys: {}`), an empty list and default settings.
useSharedApp({ keys: {} }, (launched) => ([app, page] = [launched, launched.page]));

const keyField = () => page.getByLabel('AssemblyAI API key', { exact: true });
const keyFeedback = () => page.getByTestId('key-test-assemblyai');
const keyState = () => page.getByTestId('key-status-assemblyai');
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

  it('checks a key before it saves it, and keeps a key the provider does not accept out of the keychain and in the field', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await keyState().textContent()).toBe('No key yet');
    // Nothing typed, nothing to show: "Show" would suggest it reveals the saved key.
    expect(await page.getByRole('button', { name: 'Show AssemblyAI key' }).count()).toBe(0);
    await keyField().fill(WRONG_KEY);
    await page.getByRole('button', { name: 'Show AssemblyAI key' }).waitFor();
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toMatch(/^AssemblyAI did not accept this key\. Check that you copied all of it, or create a new key on the AssemblyAI website\. /);
    const said = await keyFeedback().textContent();
    // AssemblyAI keys work only in their account's region: the sentence says where to look.
    expect(said).toContain('If your AssemblyAI account is in the EU, choose European Union as the AssemblyAI region');
    expect(said).toMatch(/It was not saved\.$/);
    expect(said).not.toContain('Saved');
    expect(await keyState().textContent()).toBe('No key yet');
    expect(await keyField().inputValue()).toBe(WRONG_KEY);
    expect(await keyField().getAttribute('type')).toBe('password');
    // The region is chosen beside the key.
    await page.locator('form.key-card', { hasText: 'AssemblyAI API key' }).getByLabel('AssemblyAI region').waitFor();

    const check = app.server.requests.filter((r) => r.kind === 'key-check' && r.provider === 'assemblyai');
    expect(check.map((r) => r.headers.authorization)).toEqual([WRONG_KEY]);
    const listed = await page.evaluate(() => window.uploader['keys:list']());
    expect(listed.find((k) => k.provider === 'assemblyai')).toMatchObject({ hasKey: false });
    expect(JSON.stringify(listed)).not.toContain(WRONG_KEY);
    await page.getByRole('button', { name: 'Show AssemblyAI key' }).click();
    await app.screenshot('settings-wrong-key');
  });

  it('asks the saved key again when its region changes, so "Not accepted" does not outlive the fix', async () => {
    await app.core.handlers['keys:set']({ provider: 'assemblyai', key: TEST_KEYS.assemblyai });
    app.server.script({ provider: 'assemblyai', kind: 'key-check', reply: providerError('assemblyai', 401) });
    await app.core.handlers['keys:test']({ provider: 'assemblyai' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => keyState().textContent()).toBe('Not accepted');
    await page.getByLabel('AssemblyAI region').selectOption('eu');
    await expect.poll(() => keyState().textContent()).toBe('Working');
  });

  it('accepts the right key, and the waiting file then uploads', async () => {
    await app.drop([await app.media('mp3', { name: 'podcast.mp3' })]);
    await page.getByRole('listitem', { name: 'podcast.mp3' }).waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await keyField().fill(TEST_KEYS.assemblyai);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toBe('Saved. The AssemblyAI key works.');
    expect(await keyState().textContent()).toBe('Working');

    await page.getByRole('tab', { name: 'Queue' }).click();
    expect(await page.getByText('No AssemblyAI key yet').count()).toBe(0);
    await page.getByRole('button', { name: 'Upload podcast.mp3' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'podcast.mp3' }).waitFor();
  });
});

describe('a key that could not be checked', () => {
  it('keeps the key in the field when the provider cannot be reached, and saves it on "Save anyway", not checked yet', async () => {
    app.server.script({ provider: 'assemblyai', kind: 'key-check', reply: providerError('assemblyai', 503) });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await keyField().fill(TEST_KEYS.assemblyai);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    const anyway = page.getByRole('button', { name: 'Save AssemblyAI key anyway' });
    await anyway.waitFor();
    expect(await keyFeedback().textContent()).toMatch(/^Could not reach AssemblyAI to check the key\. It is not saved yet/);
    expect(await keyState().textContent()).toBe('No key yet');
    expect(await keyField().inputValue()).toBe(TEST_KEYS.assemblyai);

    await anyway.click();
    await expect.poll(() => keyState().textContent()).toBe('Not checked yet');
    expect(await keyFeedback().textContent()).toMatch(/^Saved without a check\. /);
    expect(await keyField().inputValue()).toBe('');

    await page.getByRole('button', { name: 'Check again whether the AssemblyAI key works' }).click();
    await expect.poll(() => keyState().textContent()).toBe('Working');
    expect(await keyFeedback().textContent()).toBe('The AssemblyAI key works.');
  });

  it('learns from uploads: a rejected upload marks the key not accepted', async () => {
    await app.core.handlers['keys:set']({ provider: 'assemblyai', key: TEST_KEYS.assemblyai });
    app.server.script({ provider: 'assemblyai', kind: 'upload', reply: providerError('assemblyai', 401) });
    await app.addFiles([await app.media('mp3', { name: 'rejected.mp3' })]);
    await app.core.handlers['queue:start']({});
    await page.locator('[role="listitem"][data-status="failed"]', { hasText: 'rejected.mp3' }).waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => keyState().textContent()).toBe('Not accepted');
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
    expect(await keyState().textContent()).toBe('Working');
    // Main asks before storing any key from the window, a first one too.
    const ending = TEST_KEYS.assemblyai.slice(-4);
    expect(app.keyQuestions).toEqual([`Save this AssemblyAI key, ending in “${ending}”?`]);

    // The same key again passes its check, so main asks before replacing; "keep" keeps.
    app.answerKeyQuestions('keep');
    await keyField().fill(TEST_KEYS.assemblyai);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toBe('Kept the saved AssemblyAI key. The key you pasted was not saved.');
    expect(app.keyQuestions.at(-1)).toBe(`Replace the saved AssemblyAI key with this one, ending in “${ending}”?`);
    expect(app.keyQuestions).toHaveLength(2);
    await app.screenshot('settings-key-kept');

    // A wrong key is turned down before any question, and the working key stays.
    app.answerKeyQuestions('change');
    await keyField().fill(WRONG_KEY);
    await page.getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await expect.poll(() => keyFeedback().textContent()).toMatch(/It was not saved; your saved key is unchanged\.$/);
    expect(app.keyQuestions).toHaveLength(2);
    expect(await keyState().textContent()).toBe('Working');
    expect(await app.core.handlers['keys:test']({ provider: 'assemblyai' })).toMatchObject({ ok: true });
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

  it('says the allowed range of "Uploads at once", and brings a number outside it in visibly', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const field = page.getByLabel('Uploads at once');
    await field.fill('50');
    await page.getByText('Choose a number from 1 to 8.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.press('Tab');
    await expect.poll(() => field.inputValue()).toBe('8');
    await page.getByText('50 is more than allowed, so it is set to 8, the most. Uploads at once can be from 1 to 8.').waitFor();
    await expect.poll(async () => (await savedSettings())['concurrency']).toBe(8);
    await field.fill('0');
    await field.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('1');
    await expect.poll(async () => (await savedSettings())['concurrency']).toBe(1);
  });

  it('saves what closing the window does and whether the app starts at login (off until chosen)', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const closing = page.getByLabel('Closing the window');
    const atLogin = page.getByLabel('Start Media Uploader when I log in');
    expect(await closing.inputValue()).toBe('tray');
    expect(await atLogin.isChecked()).toBe(false);
    await closing.selectOption('quit');
    await expect.poll(async () => (await savedSettings())['whenWindowCloses']).toBe('quit');
    // The box shows main's answer (the setting as saved), so it is ticked once main has it.
    await atLogin.click();
    await expect.poll(async () => (await savedSettings())['openAtLogin']).toBe(true);
    await expect.poll(() => atLogin.isChecked()).toBe(true);
    expect(app.core.settings.get()).toMatchObject({ whenWindowCloses: 'quit', openAtLogin: true });
    await app.screenshot('settings-window-and-login');
  });
});
