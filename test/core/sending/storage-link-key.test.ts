// A storage link (where a large file goes, as a provider's ticket says) is a third party's
// address: the key must never reach it, in a header or in the link itself.

import { describe, expect, it } from 'vitest';
import { checkTicket } from '../../../electron/core/sending/answer-checks.ts';
import type { Ticket } from '../../../electron/core/providers/provider-adapter.ts';

const KEY = 'hg-secret-key-4821';
const API = new URL('https://api.heygen.com/v3/assets/direct-uploads');

const ticket = (url: string, headers: Record<string, string> = {}): Ticket => ({ raw: {}, storage: { method: 'PUT', url, headers }, result: { assetId: 'a1' }, assetId: 'a1' });

describe('a storage link that carries the key', () => {
  it('passes when neither the link nor its headers hold the key', () => {
    expect(checkTicket(ticket('https://storage.example/b/o?sig=abc'), API, [KEY])).not.toHaveProperty('problem');
  });

  it.each([
    ['in its query', `https://storage.example/b/o?sig=abc&key=${KEY}`],
    ['in its path', `https://storage.example/${KEY}/o`],
    ['percent-encoded', `https://storage.example/b/o?k=${encodeURIComponent(KEY).replace(/-/g, '%2D')}`],
    ['in its fragment', `https://storage.example/b/o#${KEY}`],
  ])('is refused when the key is %s', (_where, url) => {
    expect(checkTicket(ticket(url), API, [KEY])).toEqual({ problem: 'The storage link asks for the API key, which is never sent there.' });
  });

  it('is refused when a header holds it (as before)', () => {
    expect(checkTicket(ticket('https://storage.example/b/o', { 'x-goog-meta': KEY }), API, [KEY])).toEqual({ problem: 'The storage link asks for the API key, which is never sent there.' });
  });
});

describe("a ticket's asset id, which goes into the path of the `complete` call with the key", () => {
  it.each(['.', '..', 'a/b', 'a%2e'])('is refused when it is %j', (assetId) => {
    expect(checkTicket({ ...ticket('https://storage.example/b/o'), assetId }, API, [KEY])).toEqual({ problem: 'The asset ID has characters that cannot go into an address.' });
  });
});
