// @vitest-environment node
// The first launch, with no key saved for any service: a guided start picks a service, takes its
// key (checked as it is saved) and leads to the drop target; "Skip for now" goes straight there.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProviderId } from '../../shared/providers.ts';
import { TEST_KEYS } from '../fixtures/provider-server.ts';
import { launchApp, type AppHarness } from './app-harness.ts';

const WRONG_KEY = 'not-the-right_key_123';

let app: AppHarness;
let page: Page;

/** Whether main holds a key for the provider (the key itself never leaves main). */
const hasKey = async (provider: ProviderId) => (await app.core.handlers['keys:list'](undefined)).find((k) => k.provider === provider)?.hasKey;

beforeAll(async () => {
  app = await launchApp({ keys: {} });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  await app.reset();
});

describe('guided start', () => {
  it('picks a service, takes its key, then asks for files', async () => {
    await page.getByRole('heading', { name: 'Where should your files go?' }).waitFor();
    expect(await page.getByText('Step 1 of 3').count()).toBe(1);
    // A native radio group: the keyboard moves the choice, and the choice is the default provider.
    await page.getByRole('radio', { name: /^HeyGen/ }).check();
    await expect.poll(() => app.core.settings.get().defaultProvider).toBe('heygen');
    await page.getByRole('button', { name: 'Continue with HeyGen' }).click();

    await page.getByRole('heading', { name: 'Paste your HeyGen API key' }).waitFor();
    const field = page.getByLabel('HeyGen API key', { exact: true });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill(TEST_KEYS.heygen);
    await page.getByRole('button', { name: 'Save HeyGen key' }).click();

    await page.getByText('Step 3 of 3').waitFor();
    await page.getByRole('heading', { name: 'Drop images, audio or video files here' }).waitFor();
    expect(app.server.requests.filter((r) => r.kind === 'key-check' && r.provider === 'heygen')).toHaveLength(1);
    await app.drop([await app.media('png', { name: 'portrait.png' })]);
    await page.getByRole('listitem', { name: 'portrait.png' }).waitFor();
  });

  it('does not save a key the service rejects: keeps it in the field, says why, and saves the right one without a question', async () => {
    await page.getByRole('radio', { name: /^HeyGen/ }).check();
    await page.getByRole('button', { name: 'Continue with HeyGen' }).click();
    const field = page.getByLabel('HeyGen API key', { exact: true });
    const said = page.getByTestId('key-test-heygen');
    await field.fill(WRONG_KEY);
    await page.getByRole('button', { name: 'Save HeyGen key' }).click();
    await expect.poll(() => said.textContent()).toMatch(/^HeyGen did not accept this key\. /);
    expect(await said.textContent()).not.toContain('Saved');
    expect(await said.textContent()).toContain('It was not saved.');
    // Still there, still masked, with Show: the person fixes it or pastes again.
    expect(await field.inputValue()).toBe(WRONG_KEY);
    expect(await field.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Show HeyGen key' }).waitFor();
    expect(await page.getByTestId('key-status-heygen').textContent()).toBe('No key yet');
    expect(await hasKey('heygen')).toBe(false);
    // Back in the field, ready for the right key.
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('heading', { name: 'Paste your HeyGen API key' }).waitFor();
    expect(await page.getByText('Step 3 of 3').count()).toBe(0);
    await app.screenshot('guided-start-rejected-key');

    await field.fill(TEST_KEYS.heygen);
    await page.getByRole('button', { name: 'Save HeyGen key' }).click();
    await page.getByText('Step 3 of 3').waitFor();
    // Only the right key reaches main's question (the wrong one was turned down before), and it
    // shows the key's last four characters: a page cannot save a key of its own unasked.
    expect(app.keyQuestions).toEqual([`Save this HeyGen key, ending in “${TEST_KEYS.heygen.slice(-4)}”?`]);
    expect(await hasKey('heygen')).toBe(true);
    expect(app.server.requests.filter((r) => r.kind === 'key-check' && r.provider === 'heygen')).toHaveLength(2);
  });

  it('offers "Save anyway" when the service cannot be reached, and keeps the key meanwhile', async () => {
    await page.getByRole('radio', { name: /^HeyGen/ }).check();
    await page.getByRole('button', { name: 'Continue with HeyGen' }).click();
    app.server.script({ provider: 'heygen', kind: 'key-check', resetAfterBytes: 0 });
    const field = page.getByLabel('HeyGen API key', { exact: true });
    await field.fill(TEST_KEYS.heygen);
    await page.getByRole('button', { name: 'Save HeyGen key' }).click();
    const anyway = page.getByRole('button', { name: 'Save HeyGen key anyway' });
    await anyway.waitFor();
    expect(await page.getByTestId('key-test-heygen').textContent()).toMatch(/^Could not reach HeyGen to check the key\./);
    expect(await field.inputValue()).toBe(TEST_KEYS.heygen);
    expect(await hasKey('heygen')).toBe(false);
    await expect.poll(() => anyway.evaluate((el) => el === document.activeElement)).toBe(true);

    await anyway.click();
    await page.getByText('Step 3 of 3').waitFor();
    expect(await hasKey('heygen')).toBe(true);
    // Saved without a second try at the check: it could only time out again.
    expect(app.server.requests.filter((r) => r.kind === 'key-check' && r.provider === 'heygen')).toHaveLength(1);
  });

  it('goes straight to the drop target on "Skip for now", and says which key is missing', async () => {
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { name: 'Drop audio or video files here' }).waitFor();
    await page.getByText('No AssemblyAI key yet').waitFor();
  });

  it('marks files whose service has no key "Needs a key", with a button to add it', async () => {
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await app.drop([await app.media('mp3', { name: 'memo.mp3' })]);
    const row = page.getByRole('listitem', { name: 'memo.mp3' });
    await row.waitFor();
    expect(await row.locator('.status-word').textContent()).toBe('Needs a key');
    expect(await row.getByRole('button', { name: 'Upload memo.mp3' }).count()).toBe(0);
    // Nothing could upload, so Upload all cannot be pressed.
    expect(await page.getByRole('button', { name: 'Upload all' }).isDisabled()).toBe(true);
    await row.getByRole('button', { name: 'Add key for AssemblyAI' }).click();
    const field = page.getByLabel('AssemblyAI API key', { exact: true });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('is not shown once any key is saved', async () => {
    await app.core.handlers['keys:set']({ provider: 'wavespeed', key: TEST_KEYS.wavespeed });
    await app.reload();
    await page.getByRole('button', { name: 'Add files…' }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Where should your files go?' }).count()).toBe(0);
  });
});
