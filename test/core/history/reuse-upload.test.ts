// Which earlier uploads may stand in for a new one ("Already uploaded?", --reuse): the same
// provider and size, a fingerprint, a link or ID, not deleted from the provider, not expired.

import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { isReusable, matchFingerprint, reuseCandidates } from '../../../electron/core/history/reuse-upload.ts';
import { fingerprintOfFile, makeTempDir, removeDir } from '../../fixtures/media-files.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const entry = (id: string, extra: { [K in keyof HistoryEntry]?: HistoryEntry[K] | undefined } = {}): HistoryEntry => stripUndefined({
  id, at: '2026-11-21T09:00:00Z', name: 'talk.mp3', path: '/home/ana/talk.mp3', size: 1234, provider: 'wavespeed', ok: true,
  url: `https://cdn.example/${id}`, fingerprint: `xxh3:${'a'.repeat(16)}`, expiresAt: '2026-11-28T09:00:00Z', source: 'app', ...extra,
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
    expect(isReusable(entry('no-hash', { fingerprint: undefined }), NOW)).toBe(false);
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

describe('matching a file against earlier fingerprints', () => {
  let dir: string;
  let path: string;
  let bytes: Buffer;
  beforeAll(async () => {
    dir = await makeTempDir('reuse-match-');
    bytes = randomBytes(300_000);
    path = join(dir, 'talk.mp3');
    await writeFile(path, bytes);
  });
  afterAll(() => removeDir(dir));

  it('finds the newest entry holding the file\'s XXH3 fingerprint', async () => {
    const mine = await fingerprintOfFile(path);
    const found = await matchFingerprint(path, 'WaveSpeedAI', 'talk.mp3', [entry('other'), entry('newest', { fingerprint: mine }), entry('older', { fingerprint: mine })]);
    expect(found?.id).toBe('newest');
  });

  it('matches an entry from a history written with SHA-256 fingerprints, beside XXH3 ones, from one read', async () => {
    const sha = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const found = await matchFingerprint(path, 'WaveSpeedAI', 'talk.mp3', [entry('xxh3-other'), entry('old-sha', { fingerprint: sha })]);
    expect(found?.id).toBe('old-sha');
  });

  it('matches nothing when no fingerprint is the file\'s', async () => {
    const otherSha = `sha256:${'0'.repeat(64)}`;
    expect(await matchFingerprint(path, 'WaveSpeedAI', 'talk.mp3', [entry('a'), entry('b', { fingerprint: otherSha })])).toBeUndefined();
  });
});
