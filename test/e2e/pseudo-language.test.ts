// @vitest-environment node
// Every key state of the window (window-states.ts) in the pseudo-language (shared/i18n/pseudo.ts:
// every letter accented, every sentence about 40 % longer) at the smallest window the app is
// meant for, 800×560: no word on screen that the catalogues did not reach (a plain English word
// among accented ones was written in place, in the window or in main), no text cut without the
// ellipsis the design chose, no buttons overlapping, and no serious axe violation. Each state is
// set up in English, as its steps find things by their English names, then switched as the
// Settings choice switches it, so this also shows every screen follows a change at once. The
// same layout check runs in German, the longest of the real languages.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_IDS, PROVIDERS } from '../../shared/providers.ts';
import { MEDIA_FORMATS } from '../../shared/media-formats.ts';
import { axeViolations } from './axe-check.ts';
import { launchApp, type AppHarness } from './app-harness.ts';
import { layoutFaults, plainWords, switchLanguage } from './language-check.ts';
import { WINDOW_STATES } from './window-states.ts';

let app: AppHarness;

beforeAll(async () => {
  app = await launchApp({ keys: {}, viewport: { width: 800, height: 560 } });
});
afterAll(async () => {
  await app?.close();
});

/** Names that stay as they are in every language: the services', and the formats' as their makers write them (WebM, QuickTime). */
const NAMES = [...PROVIDER_IDS.map((id) => PROVIDERS[id].name), ...[...MEDIA_FORMATS.values()].map((format) => format.label.split(' ')[0]!)];

describe('the pseudo-language', () => {
  it.each(WINDOW_STATES.map((s) => [s.name, s] as const))('%s: every word translated, nothing cut or overlapping', async (_name, state) => {
    await app.reset();
    await state.setUp(app);
    await switchLanguage(app, 'en-XA');
    const plain = await plainWords(app.page, NAMES);
    const faults = await layoutFaults(app.page);
    const serious = (await axeViolations(app.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.rule}: ${v.help} (${v.targets.join(', ')})`);
    expect({ plain, faults, serious }).toEqual({ plain: [], faults: [], serious: [] });
  });

  // German's words are the longest of the real languages: the same layout check in it.
  it.each(WINDOW_STATES.map((s) => [s.name, s] as const))('%s in German: nothing cut or overlapping', async (_name, state) => {
    await app.reset();
    await state.setUp(app);
    await switchLanguage(app, 'de');
    expect(await layoutFaults(app.page)).toEqual([]);
  });
});
