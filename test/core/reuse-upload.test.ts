// Which earlier uploads may stand in for a new one ("Already uploaded?", --reuse): the same
// provider and size, a fingerprint, a link or ID, not deleted from the provider, not expired.

import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/history-types.ts';
import { isReusable, reuseCandidates } from '../../electron/core/reuse-upload.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const entry = (id: string, extra: { [K in keyof HistoryEntry]?: HistoryEntry[K] | undefined } = {}): HistoryEntry => stripUndefined({
  id, at: '2026-11-21T09:00:00Z', name: 'talk.mp3', path: '/home/ana/talk.mp3', size: 1234, provider: 'wavespeed', ok: true,
  url: `https://cdn.example/${id}`, sha256: 'a'.repeat(64), expiresAt: '2026-11-28T09:00:00Z', source: 'app', ...extra,
});

/** `{ url: undefined }` in a test means no url at all, as an entry read from disk would have. */
function stripUndefined(value: Record<string, unknown>): HistoryEntry {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as unknown as HistoryEntry;
}

describe('reusable earlier uploads', () => {
  it('takes a fingerprinted success whose link has not expired', () => {
    expect(isReusable(entry('good'), NOW)).toBe(true);
    expect(isReusable(entry('no-retention-known', { expiresAt: undefined }), NOW)).toBe(true);
  });

  it('refuses a failure, one without a fingerprint or a link, an expired one and one deleted from the provider', () => {
    expect(isReusable(entry('failed', { ok: false }), NOW)).toBe(false);
    expect(isReusable(entry('no-hash', { sha256: undefined }), NOW)).toBe(false);
    expect(isReusable(entry('no-link', { url: undefined }), NOW)).toBe(false);
    expect(isReusable(entry('expired', { expiresAt: '2026-11-22T11:59:59Z' }), NOW)).toBe(false);
    expect(isReusable(entry('deleted', { removedAt: '2026-11-21T10:00:00Z' }), NOW)).toBe(false);
  });

  it('lists those of the same provider and size, newest first', () => {
    const entries = [
      entry('older', { at: '2026-11-20T09:00:00Z' }), entry('newer'), entry('other-size', { size: 99 }),
      entry('other-provider', { provider: 'heygen' }), entry('deleted', { removedAt: '2026-11-21T10:00:00Z' }),
    ];
    expect(reuseCandidates(entries, 'wavespeed', 1234, NOW).map((e) => e.id)).toEqual(['newer', 'older']);
  });
});
