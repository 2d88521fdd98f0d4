// @vitest-environment node
// A first run in German, Japanese and Chinese, from launch to a copied link, as a person whose
// computer prefers that language goes through it: the guided start, the key, a drop, Upload all,
// Copy link; then a failed upload, whose sentence is in that language too. Every name the test
// looks for is the catalogue's sentence in that language (shared/i18n/), so an English word
// anywhere on the way fails it.

import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n/languages.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { providerError, TEST_KEYS } from '../fixtures/provider-server.ts';
import { E2E_RETRY, launchApp, type AppHarness } from './app-harness.ts';

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const RUNS: [string, Language, string][] = [
  ['German', 'de', 'de-DE'],
  ['Japanese', 'ja', 'ja-JP'],
  ['Chinese', 'zh-CN', 'zh-Hans-CN'],
];

describe('a first run in the person’s language', () => {
  it.each(RUNS)('%s: launch, key, drop, upload, copied link, and a failure said in it', async (_name, language, system) => {
    const { t } = createTranslator(language);
    app = await launchApp({ keys: {}, systemLanguages: [system, 'en-US'] });
    const { page } = app;
    await page.getByRole('heading', { name: t('start:guide.pickTitle') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await page.getByText(t('start:guide.step', { step: 1, steps: 3 })).waitFor();

    await page.getByRole('radio', { name: /^HeyGen/ }).check();
    await page.getByRole('button', { name: t('start:guide.continueWith', { service: 'HeyGen' }) }).click();
    await page.getByRole('heading', { name: t('start:guide.keyTitle', { service: 'HeyGen' }) }).waitFor();
    await page.getByLabel(t('settings:key.field', { service: 'HeyGen' }), { exact: true }).fill(TEST_KEYS.heygen);
    await page.getByRole('button', { name: t('settings:key.saveLabel', { service: 'HeyGen' }) }).click();
    await page.getByText(t('start:guide.step', { step: 3, steps: 3 })).waitFor();
    // The question main asked before saving the key was in that language too.
    expect(app.keyQuestions).toHaveLength(1);

    await app.drop([await app.media('png', { name: 'portrait.png' })]);
    await page.getByRole('listitem', { name: 'portrait.png' }).waitFor();
    await page.getByRole('button', { name: t('queue:toolbar.uploadAll'), exact: true }).click();
    const copy = page.getByRole('button', { name: t('queue:result.copyLinkFor', { name: 'portrait.png' }), exact: true });
    await copy.click();
    await expect.poll(() => app!.clipboardText()).toMatch(/^https:\/\//);

    // A failed upload: HeyGen turns down every attempt; the row says so in the person's language.
    app.server.script({ provider: 'heygen', kind: 'upload', times: E2E_RETRY.attempts, reply: providerError('heygen', 503) });
    await app.drop([await app.media('png', { name: 'second.png' })]);
    await page.getByRole('button', { name: t('queue:toolbar.uploadAll'), exact: true }).click();
    const failed = page.locator('[role="listitem"][data-status="failed"]', { hasText: 'second.png' });
    await failed.waitFor();
    expect(await failed.textContent()).toContain(t('errors:PROVIDER_ERROR', { provider: 'HeyGen' }));
  });
});
