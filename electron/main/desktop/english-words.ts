// English, for main's word helpers called without a translator: the tests written before the
// app had languages, and the end-to-end harness, which records the sentences as English reads them.
// The app itself always passes the translator of main's language (electron/main/app/main-language.ts).

import { createTranslator, type Translate } from '../../../shared/i18n/translator.ts';

let english: Translate | undefined;

export function englishT(): Translate {
  english ??= createTranslator('en').t;
  return english;
}
