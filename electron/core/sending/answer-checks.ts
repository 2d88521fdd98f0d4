// What a provider's answer may hand a person: the one place every link, asset id and expiry
// date is checked before the queue, the history, the window or the terminal sees it. An
// adapter only finds the fields; whatever they hold was written by a server (or a proxy in
// between) and is trusted no further than these rules.

import { isLoopbackHost } from './endpoint-url.ts';
import type { ParsedAnswer, Ticket } from '../providers/provider-adapter.ts';

// Browsers and servers commonly stop at about 2,000 characters, and no provider's link comes
// near it: a longer one is no link to hand a person.
export const MAX_LINK_CHARS = 2048;
// The providers' ids are 18 to 40 characters; 256 leaves room without allowing a page of text.
export const MAX_ASSET_ID_CHARS = 256;
// A signed storage link carries its signature and credentials' scope in the query: Google's and
// Amazon's run to 1,000-2,500 characters. It is never shown to a person; 16 KiB bounds it.
export const MAX_STORAGE_URL_CHARS = 16 * 1024;
// Signed uploads name a few headers (content type, checksum, size range); 32 of at most 8 KiB
// each leaves room, and bounds what an answer can make the uploader send.
const MAX_STORAGE_HEADERS = 32;
const MAX_HEADER_VALUE_CHARS = 8 * 1024;
// RFC 9110 §5.6.2 token characters.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,100}$/;
// What the uploader itself decides about a request, whatever a storage link's headers say.
const OWN_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'expect', 'proxy-authorization']);

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
  if (assetId !== undefined && !isAssetId(assetId)) return { problem: `The asset ID is not ${MAX_ASSET_ID_CHARS} or fewer visible characters.` };
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
    ...(answer.ready !== undefined && { ready: answer.ready }),
  };
}

/** An asset id a person may copy and the uploader may put in a request's path. */
export function isAssetId(text: string): boolean {
  return text.length <= MAX_ASSET_ID_CHARS && ASSET_ID.test(text);
}

// What an id must not hold to go into a request's path: `/`, `\\`, `?`, `#` and `%` (encoded,
// but a server or a proxy may decode them again), and it must not be `.` or `..`, which
// encodeURIComponent leaves as they are and the URL parser then reads as "this folder" and
// "the folder above": `..` made HeyGen's DELETE /v3/assets/{id} a DELETE /v3/ with the key.
const PATH_UNSAFE = /[/\\?#%]/;

/** An asset id that may go into a request's path as one segment, meaning only itself. */
export function isPathSafeAssetId(text: string): boolean {
  return isAssetId(text) && text !== '.' && text !== '..' && !PATH_UNSAFE.test(text);
}

/** Whether `secret` appears in `link` as written, or once its percent-escapes are read. */
function linkHolds(link: string, secret: string): boolean {
  if (link.includes(secret)) return true;
  try {
    return decodeURIComponent(link).includes(secret);
  } catch {
    // A lone `%`: read each escape that can be read on its own.
    return link.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    }).includes(secret);
  }
}

/**
 * A storage link and what comes with it, as a ticket answered them: the link passes the rules
 * of every link (https only, but plain http from a loopback test server; no user name), its
 * headers are plain header lines the uploader does not itself decide, and neither the link nor a
 * header carries a key the uploader holds (`secrets`): a key must never reach a storage host.
 */
export function checkTicket(ticket: Ticket, request: URL, secrets: readonly string[]): Ticket | { problem: string } {
  const link = checkLink(ticket.storage.url, request, MAX_STORAGE_URL_CHARS);
  if (typeof link !== 'string') return { problem: `The storage link: ${link.problem}` };
  // The file itself goes there: plain http only to this machine, whatever the API's address.
  // Neither may the link itself hold a key: a storage host logs the links it is sent.
  if (secrets.some((secret) => secret.length >= 4 && (linkHolds(ticket.storage.url, secret) || linkHolds(link, secret)))) {
    return { problem: 'The storage link asks for the API key, which is never sent there.' };
  }
  const target = new URL(link);
  if (target.protocol === 'http:' && !isLoopbackHost(target.hostname)) return { problem: 'The storage link: The link is not an https:// address.' };
  const headers = Object.entries(ticket.storage.headers);
  if (headers.length > MAX_STORAGE_HEADERS) return { problem: `The storage link comes with more than ${MAX_STORAGE_HEADERS} headers.` };
  for (const [name, value] of headers) {
    if (!HEADER_NAME.test(name) || OWN_HEADERS.has(name.toLowerCase())) return { problem: 'The storage link comes with a header the uploader does not send.' };
    if (value.length > MAX_HEADER_VALUE_CHARS || /[\x00-\x08\x0a-\x1f\x7f]/.test(value)) return { problem: 'A header for the storage link has control characters in it.' };
    if (secrets.some((secret) => secret.length >= 4 && value.includes(secret))) return { problem: 'The storage link asks for the API key, which is never sent there.' };
  }
  if (ticket.assetId !== undefined && !isAssetId(ticket.assetId)) return { problem: `The asset ID is not ${MAX_ASSET_ID_CHARS} or fewer visible characters.` };
  // It goes into the path of the `complete` that follows, with the key.
  if (ticket.assetId !== undefined && !isPathSafeAssetId(ticket.assetId)) return { problem: 'The asset ID has characters that cannot go into an address.' };
  const result = checkAnswer({ ...ticket.result, raw: ticket.raw }, request);
  if ('problem' in result) return result;
  const { raw: _raw, ...checked } = result;
  return { ...ticket, storage: { ...ticket.storage, url: link }, result: checked };
}

/** The link as `new URL(text).href`, or why it is refused. */
export function checkLink(text: string, request: URL, maxChars = MAX_LINK_CHARS): string | { problem: string } {
  if (text.length > maxChars) return { problem: `The link is longer than ${maxChars} characters.` };
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
  return href.length > maxChars ? { problem: `The link is longer than ${maxChars} characters.` } : href;
}
