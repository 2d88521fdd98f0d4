// What a key may be made of, checked wherever a key comes in (the window's Settings, the
// terminal's `keys set`, an environment variable) and again before one is sent. A key travels
// in an HTTP header: a line break there would end the header and start another, and other
// control characters are refused by HTTP clients or mangled on the way. Every provider's keys
// are plain letters, digits and a few signs, so anything else is a copying mistake (a line
// break or an invisible character picked up with a paste) or a key that was never a key.

import { errorSentence } from './error-codes.ts';
import type { Translate } from './i18n/translator.ts';

/** Printable ASCII: what a header value can carry as it is, and what every real key is made of. */
const KEY_CHARACTERS = /^[\x20-\x7e]*$/;

/** Whether a key can be sent as it is (its characters are fine). */
export function keyCharactersFine(key: string): boolean {
  return KEY_CHARACTERS.test(key);
}

/** The sentence for a key that cannot be sent, in the language of `t`, or undefined when its characters are fine. */
export function keyCharacterProblem(t: Translate, key: string, provider: string): string | undefined {
  if (keyCharactersFine(key)) return undefined;
  return errorSentence(t, 'KEY_REJECTED', { provider, variant: 'characters' });
}
