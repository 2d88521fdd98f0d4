// What a provider's answer may hand a person: the one place every link, asset id and expiry
// date is checked before the queue, the history, the window or the terminal sees it. An
// adapter only finds the fields; whatever they hold was written by a server (or a proxy in
// between) and is trusted no further than these rules.

import { isLoopbackHost } from './endpoint-url.ts';
import type { ParsedAnswer } from './providers/provider-adapter.ts';

// Browsers and servers commonly stop at about 2,000 characters, and no provider's link comes
// near it: a longer one is no link to hand a person.
export const MAX_LINK_CHARS = 2048;
// The providers' ids are 18 to 40 characters; 256 leaves room without allowing a page of text.
export const MAX_ASSET_ID_CHARS = 256;

// Control and format characters (line breaks, escape, bidirectional overrides, zero-width
// marks): none belongs in a link or an id, and they can make one look like another.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
// An id is copied into other programs: visible ASCII only, as every provider's ids are.
const ASSET_ID = /^[\x21-\x7e]+$/;

/**
 * The answer with its link re-written as the URL parser reads it, or the reason it cannot be
 * trusted. `request` is where the upload went: an `http:` link passes only when that was plain
 * http to this machine (the loopback test servers); everything real is `https:`.
 */
export function checkAnswer(answer: ParsedAnswer, request: URL): ParsedAnswer | { problem: string } {
  const { url, assetId, expiresAt } = answer;
  let link: string | undefined;
  if (url !== undefined) {
    const checked = checkLink(url, request);
    if (typeof checked !== 'string') return checked;
    link = checked;
  }
  if (assetId !== undefined && (assetId.length > MAX_ASSET_ID_CHARS || !ASSET_ID.test(assetId))) {
    return { problem: `The asset ID is not ${MAX_ASSET_ID_CHARS} or fewer visible characters.` };
  }
  let expiry: string | undefined;
  if (expiresAt !== undefined) {
    const time = expiresAt.length > 64 ? Number.NaN : Date.parse(expiresAt);
    if (Number.isNaN(time)) return { problem: 'The expiry date is not a date.' };
    expiry = new Date(time).toISOString();
  }
  return {
    raw: answer.raw,
    ...(link !== undefined && { url: link }),
    ...(assetId !== undefined && { assetId }),
    ...(expiry !== undefined && { expiresAt: expiry }),
  };
}

/** The link as `new URL(text).href`, or why it is refused. */
export function checkLink(text: string, request: URL): string | { problem: string } {
  if (text.length > MAX_LINK_CHARS) return { problem: `The link is longer than ${MAX_LINK_CHARS} characters.` };
  // Before parsing: the URL parser silently drops tabs and line breaks.
  if (INVISIBLE.test(text)) return { problem: 'The link has control characters in it.' };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { problem: 'The link is not a web address.' };
  }
  const plainHttpAllowed = request.protocol === 'http:' && isLoopbackHost(request.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && plainHttpAllowed)) {
    return { problem: 'The link is not an https:// address.' };
  }
  if (parsed.username !== '' || parsed.password !== '') return { problem: 'The link has a user name or password in it.' };
  const href = parsed.href;
  return href.length > MAX_LINK_CHARS ? { problem: `The link is longer than ${MAX_LINK_CHARS} characters.` } : href;
}
