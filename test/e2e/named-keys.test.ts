// @vitest-environment node
// Several keys per service in the window (issue 25), through the strict bridge (the preload's own
// window.uploader over the structured-clone IPC stand-in) to the real handlers and loopback
// providers that take a second account's key: Settings adds a named key (main asks first),
// lists the keys with their states, makes one the default and removes one; a row's service menu
// offers "AssemblyAI — Client" and the file is sent with that key; "Send new files to" likewise;
// "Use it next" names the key, and says so once that key is gone. A service with one key keeps
// today's look.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SECOND_TEST_KEYS, TEST_KEYS } from '../fixtures/provider-server.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
const assemblyCard = () => page.locator('form.key-card', { hasText: 'AssemblyAI' }).first();

/** The Client key added as the handlers would after Settings' Save (the Settings test adds one by hand). */
async function addClientKey(): Promise<void> {
  await app.core.handlers['keys:set']({ provider: 'assemblyai', key: SECOND_TEST_KEYS.assemblyai, name: 'Client' });
}

const optionTexts = (combobox: ReturnType<Page['getByRole']>) => combobox.locator('option').allTextContents();

describe('named keys in Settings', () => {
  it('adds a second key under a name, lists both with their states, makes it the default and removes it', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    // One key: today's card, no list.
    expect(await assemblyCard().locator('.saved-keys').count()).toBe(0);
    await assemblyCard().getByRole('button', { name: 'Add another key for AssemblyAI' }).click();
    await expect.poll(() => page.getByLabel('Name for the new key').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByLabel('Name for the new key').fill('Client');
    await page.getByLabel('The new AssemblyAI API key').fill(SECOND_TEST_KEYS.assemblyai);
    await assemblyCard().getByRole('button', { name: 'Save AssemblyAI key' }).click();
    await page.getByTestId('saved-key-assemblyai-Client').waitFor();
    expect(app.keyQuestions.at(-1)).toBe(`Save this AssemblyAI key as “Client”, ending in “${SECOND_TEST_KEYS.assemblyai.slice(-4)}”?`);
    expect(await app.core.handlers['keys:list'](undefined).then((all) => all.find((k) => k.provider === 'assemblyai')?.keys.map((k) => [k.name, k.isDefault, k.check.state])))
      .toEqual([['Default', true, 'unchecked'], ['Client', false, 'working']]);
    expect(await page.getByTestId('saved-key-assemblyai-Default').textContent()).toContain('used for new files');
    // The launch key was put in the keychain unchecked; the new one was checked as it was saved.
    expect(await page.getByTestId('saved-key-assemblyai-Default').textContent()).toContain('Not checked yet');
    expect(await page.getByTestId('saved-key-assemblyai-Client').textContent()).toContain('Working');
    await app.screenshot('settings-two-keys');

    await page.getByRole('button', { name: 'Use for new files: the AssemblyAI key “Client”' }).click();
    await expect.poll(() => page.getByTestId('saved-key-assemblyai-Client').textContent()).toContain('used for new files');
    expect((await app.core.handlers['keys:list'](undefined)).find((k) => k.provider === 'assemblyai')?.keys.find((k) => k.isDefault)?.name).toBe('Client');

    await page.getByRole('button', { name: 'Remove the AssemblyAI key “Client”' }).click();
    await expect.poll(() => assemblyCard().locator('.saved-keys').count()).toBe(0);
    expect(app.keyQuestions.at(-1)).toBe('Remove the saved AssemblyAI key “Client”?');
    // Nothing of either key ever reached the window.
    const html = await page.content();
    for (const key of [TEST_KEYS.assemblyai, SECOND_TEST_KEYS.assemblyai]) expect(html).not.toContain(key);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('named keys in the menus', () => {
  it('keeps a one-key service as it was: "AssemblyAI", no key named', async () => {
    await app.addFiles([await app.media('mp3', { name: 'single.mp3' })]);
    const menu = queueRow('single.mp3').getByRole('combobox', { name: 'Service for single.mp3' });
    await expect.poll(() => optionTexts(menu)).toEqual(['AssemblyAI', 'memories.ai', 'WaveSpeedAI', 'HeyGen', 'Several services…']);
    expect(await menu.inputValue()).toBe('assemblyai');
  });

  it('offers each key of a service with two in a row’s menu, and sends the file with the one chosen', async () => {
    await addClientKey();
    await app.addFiles([await app.media('mp3', { name: 'for-the-client.mp3' })]);
    const menu = queueRow('for-the-client.mp3').getByRole('combobox', { name: 'Service for for-the-client.mp3' });
    await expect.poll(() => optionTexts(menu)).toEqual(['AssemblyAI — Default', 'AssemblyAI — Client', 'memories.ai', 'WaveSpeedAI', 'HeyGen', 'Several services…']);
    expect(await menu.inputValue()).toBe('assemblyai:Default');
    await menu.selectOption({ label: 'AssemblyAI — Client' });
    await expect.poll(() => app.core.queue.snapshot().items[0]?.key).toEqual({ name: 'Client' });
    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => app.core.queue.snapshot().items[0]?.status, { timeout: 10_000 }).toBe('done');
    expect(app.server.uploads('assemblyai').map((r) => r.key)).toEqual([SECOND_TEST_KEYS.assemblyai]);
    // Sent: the label names the key it went with.
    await expect.poll(() => queueRow('for-the-client.mp3').locator('.provider-label').textContent()).toBe('AssemblyAI — Client');

    // "Use it next" says which key the command needs; once that key is gone, it says so.
    await queueRow('for-the-client.mp3').getByLabel('For developers: for-the-client.mp3', { exact: true }).click();
    await queueRow('for-the-client.mp3').getByRole('button', { name: 'Use it next: for-the-client.mp3' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Set $ASSEMBLYAI_API_KEY to your “Client” key first: the upload belongs to that key’s account.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await app.core.handlers['keys:delete']({ provider: 'assemblyai', name: 'Client' });
    await queueRow('for-the-client.mp3').getByLabel('For developers: for-the-client.mp3', { exact: true }).click();
    await queueRow('for-the-client.mp3').getByRole('button', { name: 'Use it next: for-the-client.mp3' }).click();
    await expect.poll(() => dialog.textContent()).toContain('The “Client” key that made this upload is no longer saved in this app');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(app.pageErrors).toEqual([]);
  });

  it('offers the keys in "Send new files to": choosing one makes it the default for new files', async () => {
    await addClientKey();
    await app.addFiles([await app.media('mp3', { name: 'first.mp3' })]);
    const sendTo = page.getByRole('combobox', { name: 'Send new files to' });
    await expect.poll(() => optionTexts(sendTo)).toContain('AssemblyAI — Client');
    await sendTo.selectOption({ label: 'AssemblyAI — Client' });
    await expect.poll(async () => (await app.core.handlers['keys:list'](undefined)).find((k) => k.provider === 'assemblyai')?.keys.find((k) => k.isDefault)?.name).toBe('Client');
    await expect.poll(() => sendTo.inputValue()).toBe('assemblyai:Client');
    // A file whose key was not chosen goes with the default when it starts: now the Client key.
    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => app.core.queue.snapshot().items[0]?.status, { timeout: 10_000 }).toBe('done');
    expect(app.server.uploads('assemblyai').map((r) => r.key)).toEqual([SECOND_TEST_KEYS.assemblyai]);
    expect(app.core.queue.snapshot().items[0]?.key?.name).toBe('Client');
  });
});
