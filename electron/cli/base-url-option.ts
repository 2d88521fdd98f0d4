// --base-url for `upload` and `keys test`: another server in place of the provider's (a proxy
// of one's own, the tests' loopback servers). Every request carries the key, so the address
// must be https, or plain http only to this computer: a key must never cross a network in
// clear text.

import { isLoopbackHost } from '../core/sending/endpoint-url.ts';
import { englishWords, type CliWords } from './cli-language.ts';

/** The sentence for a --base-url that cannot be used, or undefined when it is fine. */
export function baseUrlProblem(text: string, words: CliWords = englishWords()): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return words.t('options.baseUrlNotAnAddress');
  }
  if (url.protocol === 'https:' && url.host !== '') return undefined;
  if (url.protocol === 'http:' && url.host !== '' && isLoopbackHost(url.hostname)) return undefined;
  if (url.protocol === 'http:') return words.t('options.baseUrlPlainHttp');
  return words.t('options.baseUrlNotAnAddress');
}
