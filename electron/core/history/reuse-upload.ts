// "Already uploaded?": a file added again for the same provider, with the same size and the
// same fingerprint (electron/core/files/fingerprint.ts) as an earlier successful upload whose link has
// not expired, can reuse that link instead of being sent again. The size is checked first, so a
// file is read to fingerprint it only when the history holds an upload of exactly its size.

import { pipeline } from 'node:stream/promises';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { openRegularFile } from '../files/file-inspect.ts';
import { fingerprintAlgorithm, fingerprinter, type FingerprintAlgorithm, type Fingerprinter } from '../files/fingerprint.ts';

/**
 * An entry whose link can stand in for a new upload of the same bytes at `now`: a success with
 * a fingerprint and a link or ID, not deleted from the provider since, and not expired (where the
 * provider's retention is unknown, no expiresAt, the link is taken to be good).
 */
export function isReusable(e: HistoryEntry, now: number): boolean {
  return e.ok && e.fingerprint !== undefined && (e.url !== undefined || e.assetId !== undefined) && e.removedAt === undefined
    && (e.expiresAt === undefined || Date.parse(e.expiresAt) > now);
}

/**
 * Whether `entry` was made with the key a file now goes with (by id, key-id.ts): an upload belongs
 * to the account of the key that made it (AssemblyAI takes an uploaded file only from a key of the
 * same project; memories.ai's and HeyGen's IDs are the account's), so another key's is never
 * offered. An entry recorded before keys had names counts as made with the key those versions
 * kept (`unrecordedId`), as everything done with such an upload uses it (key-book.ts forEarlierUpload).
 */
export function madeWithKey(entry: HistoryEntry, key: { readonly id?: string; readonly unrecordedId?: string }): boolean {
  return (entry.keyId ?? key.unrecordedId) === key.id;
}

/** Reusable uploads to `provider` of exactly `size` bytes, newest first. */
export function reuseCandidates(entries: readonly HistoryEntry[], provider: ProviderId, size: number, now: number): HistoryEntry[] {
  return reusableBySize(entries, [{ provider, size }], now).get(sizeKey(provider, size)) ?? [];
}

/** The key of `reusableBySize`'s map for a provider and a size. */
export function sizeKey(provider: ProviderId, size: number): string {
  return `${provider}:${size}`;
}

/**
 * Reusable uploads of each wanted provider and size (by sizeKey), newest first, from one pass over
 * the history: only entries of a wanted provider and size are looked at further. With 100,000
 * entries, checking and sorting all of them took 50–130 ms, and the window asks for each batch
 * of added files, ten times a second while 10,000 are dropped (electron/main/app/earlier-offers.ts).
 */
export function reusableBySize(entries: readonly HistoryEntry[], wanted: readonly { provider: ProviderId; size: number }[], now: number): Map<string, HistoryEntry[]> {
  const sizes = new Map<ProviderId, Set<number>>();
  for (const { provider, size } of wanted) {
    const known = sizes.get(provider);
    if (known === undefined) sizes.set(provider, new Set([size]));
    else known.add(size);
  }
  const bySize = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    if (sizes.get(entry.provider)?.has(entry.size) !== true || !isReusable(entry, now)) continue;
    const key = sizeKey(entry.provider, entry.size);
    const list = bySize.get(key);
    if (list === undefined) bySize.set(key, [entry]);
    else list.push(entry);
  }
  // `at` is always an ISO date in UTC (toISOString), whose text sorts as its time does.
  for (const list of bySize.values()) list.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return bySize;
}

/** The file's fingerprint by each algorithm asked for, from one read of it. */
export async function fileFingerprints(path: string, provider: string, name: string, algorithms: ReadonlySet<FingerprintAlgorithm>): Promise<Set<string>> {
  const { handle } = await openRegularFile(path, provider, name);
  try {
    const hashes: Fingerprinter[] = [...algorithms].map((algorithm) => fingerprinter(algorithm));
    await pipeline(handle.createReadStream({ autoClose: false }), async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) for (const hash of hashes) hash.update(chunk);
    });
    return new Set(hashes.map((hash) => hash.digest()));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The first of `candidates` (newest first) that holds the file's fingerprint, reading the file once. */
export async function matchFingerprint(path: string, provider: string, name: string, candidates: readonly HistoryEntry[]): Promise<HistoryEntry | undefined> {
  // An older history's entries hold SHA-256 fingerprints: the file is fingerprinted as each was.
  const algorithms = new Set(candidates.flatMap((e) => (e.fingerprint === undefined ? [] : [fingerprintAlgorithm(e.fingerprint)])));
  if (algorithms.size === 0) return undefined;
  const fingerprints = await fileFingerprints(path, provider, name, algorithms);
  return candidates.find((e) => e.fingerprint !== undefined && fingerprints.has(e.fingerprint));
}

/** The earlier upload `path` can reuse, if any: same provider, key, size and fingerprint, link not expired. */
export async function findReusable(
  entries: readonly HistoryEntry[],
  file: { path: string; name: string; size: number; provider: ProviderId; providerName: string; key: { readonly id?: string; readonly unrecordedId?: string } },
  now = Date.now(),
): Promise<HistoryEntry | undefined> {
  const candidates = reuseCandidates(entries, file.provider, file.size, now).filter((entry) => madeWithKey(entry, file.key));
  if (candidates.length === 0) return undefined;
  return matchFingerprint(file.path, file.providerName, file.name, candidates);
}
