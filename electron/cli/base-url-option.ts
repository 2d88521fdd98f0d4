// --base-url for `upload` and `keys test`: another server in place of the provider's (a proxy
// of one's own, the tests' loopback servers). Every request carries the key, so the address
// must be https, or plain http only to this computer: a key must never cross a network in
// clear text.

import { isLoopbackHost } from '../core/sending/endpoint-url.ts';

/** The sentence for a --base-url that cannot be used, or undefined when it is fine. */
export function baseUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '--base-url must be a web address that starts with https://.';
  }
  if (url.protocol === 'https:' && url.host !== '') return undefined;
  if (url.protocol === 'http:' && url.host !== '' && isLoopbackHost(url.hostname)) return undefined;
  if (url.protocol === 'http:') {
    return '--base-url must start with https://. Plain http:// is taken only for this computer (localhost, 127.0.0.1 or [::1]), so that a key never crosses a network unencrypted.';
  }
  return '--base-url must be a web address that starts with https://.';
}
