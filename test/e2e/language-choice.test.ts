// @vitest-environment node
// Settings → Language: "System language (…)" first, named in its own words, then each language
// by its own name (the pseudo-language only where it is already chosen). A choice is saved as
// the `language` setting and the window speaks it at once, headings, tabs and <html lang> alike;
// choosing the system's language again brings English back (the test computer's language).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import './page-globals.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const savedLanguage = async () => (JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>)['language'];
const optionNames = () => page.locator('#settings-language option').allTextContents();

describe('the language choice', () => {
  it('lists the system language first, then each language by its own name, without the pseudo-language', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).waitFor();
    expect(await optionNames()).toEqual([
      'System language (English)', 'English', 'Español', 'Deutsch', 'Français', 'Português (Brasil)', '日本語', '简体中文',
    ]);
  });

  it('switches the window to Deutsch at once, and back to the system language', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });

    await page.getByRole('heading', { name: 'API-Schlüssel' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Einstellungen' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('heading', { name: 'API keys' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect.poll(savedLanguage).toBe('de');
    // The system's language keeps its own name, whatever the window speaks.
    expect((await optionNames())[0]).toBe('Systemsprache (English)');
    await app.screenshot('settings-deutsch');

    await page.getByLabel('Sprache', { exact: true }).selectOption('system');
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(savedLanguage).toBe('system');
  });
});
