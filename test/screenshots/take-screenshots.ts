// `npm run screenshots`: photographs each key state of the window (test/e2e/window-states.ts)
// at the two window sizes people use most with it, in light and dark, with the end-to-end
// harness (the built window in Chromium over the real handlers and loopback providers). The
// PNGs are for people to look at: nothing here passes or fails on what they show.
//
//   npm run screenshots                 every state
//   npm run screenshots -- history      only the states named
//   npm run screenshots -- --lang de,ja  each state in these languages too (states/<lang>/),
//                                        set up in English and switched as Settings switches

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchApp, SCREENSHOT_DIR } from '../e2e/app-harness.ts';
import { WINDOW_STATES } from '../e2e/window-states.ts';
import { switchLanguage } from '../e2e/language-check.ts';
import { isLanguage, type Language } from '../../shared/i18n/languages.ts';

/** A roomy window and the smallest one the app is still meant to work in. */
const SIZES = [
  { width: 1100, height: 750 },
  { width: 800, height: 560 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const FOLDER = join(SCREENSHOT_DIR, 'states');

const args = process.argv.slice(2);
const langAt = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
const langArg = langAt < 0 ? undefined : args[langAt]!.includes('=') ? args[langAt]!.split('=')[1] : args[langAt + 1];
const languages = (langArg ?? '').split(',').filter((l) => l !== '');
const bad = languages.filter((l) => !isLanguage(l));
if (bad.length > 0) {
  console.error(`No such language: ${bad.join(', ')}. The languages are: en, es, de, fr, pt-BR, ja, zh-CN, en-XA.`);
  process.exit(1);
}
const wanted = args.filter((a, i) => !(langAt >= 0 && (i === langAt || (i === langAt + 1 && !args[langAt]!.includes('=')))));
const states = WINDOW_STATES.filter((s) => wanted.length === 0 || wanted.includes(s.name));
if (states.length === 0) {
  console.error(`No such state. The states are: ${WINDOW_STATES.map((s) => s.name).join(', ')}.`);
  process.exit(1);
}

if (wanted.length === 0) await rm(FOLDER, { recursive: true, force: true });
await mkdir(FOLDER, { recursive: true });
const app = await launchApp({ keys: {}, viewport: SIZES[0] });
try {
  for (const state of states) {
    await app.reset();
    await state.setUp(app);
    for (const language of [undefined, ...languages] as (Language | undefined)[]) {
      if (language !== undefined) await switchLanguage(app, language);
      const folder = language === undefined ? FOLDER : join(FOLDER, language);
      await mkdir(folder, { recursive: true });
      for (const size of SIZES) {
        await app.page.setViewportSize(size);
        for (const colorScheme of SCHEMES) {
          await app.page.emulateMedia({ colorScheme });
          // Two frames: one for the new layout, one for the virtual lists to fill it.
          await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          await app.page.screenshot({ path: join(folder, `${state.name}-${size.width}x${size.height}-${colorScheme}.png`) });
        }
      }
    }
    await app.page.setViewportSize(SIZES[0]);
    await app.page.emulateMedia({ colorScheme: 'light' });
    console.log(`${state.name}: ${state.description}`);
  }
  if (app.pageErrors.length > 0) console.log(`The page reported errors:\n${app.pageErrors.join('\n')}`);
  console.log(`\n${states.length * SIZES.length * SCHEMES.length * (1 + languages.length)} screenshots in ${FOLDER}`);
} finally {
  await app.close();
}
