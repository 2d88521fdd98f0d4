// English, made once on first use: the words kept for logs, exports and the terminal (a
// failure's `message`), and what is said before anyone knows the reader's language.

import { createTranslator, type Translate, type Translator } from './translator.ts';

let english: Translator | undefined;

export function englishT(): Translate {
  english ??= createTranslator('en');
  return english.t;
}
