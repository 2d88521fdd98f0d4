// "Already uploaded?": a file added again for the same provider, with the same size and the
// same SHA-256 as an earlier successful upload whose link has not expired, can reuse that link
// instead of being sent again. The size is checked first, so a file is read to fingerprint it
// only when the history holds an upload of exactly its size.

import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { HistoryEntry } from '../../shared/history-types.ts';
import type { ProviderId } from '../../shared/providers.ts';
import { openRegularFile } from './file-inspect.ts';

/**
 * An entry whose link can stand in for a new upload of the same bytes at `now`: a success with
 * a fingerprint and a link or ID, not deleted from the provider since, and not expired (where the
 * provider's retention is unknown, no expiresAt, the link is taken to be good).
 */
export function isReusable(e: HistoryEntry, now: number): boolean {
  return e.ok && e.sha256 !== undefined && (e.url !== undefined || e.assetId !== undefined) && e.removedAt === undefined
    && (e.expiresAt === undefined || Date.parse(e.expiresAt) > now);
}

/** Reusable uploads to `provider` of exactly `size` bytes, newest first. */
export function reuseCandidates(entries: readonly HistoryEntry[], provider: ProviderId, size: number, now: number): HistoryEntry[] {
  return entries
    .filter((e) => e.provider === provider && e.size === size && isReusable(e, now))
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** The SHA-256 (hex) of a file, read once as a stream. */
export async function fileFingerprint(path: string, provider: string, name: string): Promise<string> {
  const { handle } = await openRegularFile(path, provider, name);
  try {
    const hash = createHash('sha256');
    await pipeline(handle.createReadStream({ autoClose: false }), hash);
    return hash.digest('hex');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The earlier upload `path` can reuse, if any: same provider, size and fingerprint, link not expired. */
export async function findReusable(entries: readonly HistoryEntry[], file: { path: string; name: string; size: number; provider: ProviderId; providerName: string }, now = Date.now()): Promise<HistoryEntry | undefined> {
  const candidates = reuseCandidates(entries, file.provider, file.size, now);
  if (candidates.length === 0) return undefined;
  const sha256 = await fileFingerprint(file.path, file.providerName, file.name);
  return candidates.find((e) => e.sha256 === sha256);
}
