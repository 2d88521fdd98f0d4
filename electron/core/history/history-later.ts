// Which failed attempts were made good later: the same file (the same path, or the same
// fingerprint) uploaded to the same provider after the failure. Such a failure needs no Retry
// and is no longer a failure to count: the person's file is there.
//
// Worked out here, in main's history index, not in the window: the window holds a page of the
// history, and the success that settles a failure can be anywhere in 100,000 entries (often on
// a page not loaded yet). The index keeps, per failed file and provider, when it last uploaded,
// so each failure a search meets is settled by two map look-ups, with no scan of its own.

import type { HistoryEntry } from '../../../shared/history-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';

/** When each provider last took the file, as ISO dates, keyed by the file's path or fingerprint. */
type LastUploads = Map<string, Partial<Record<ProviderId, string>>>;

export class LaterUploads {
  // Only the files some failure names are followed: failures are few, successes are nearly all
  // of a history, and a map of every file would cost a noticeable moment on the first search.
  readonly #wantedPaths = new Set<string>();
  readonly #wantedFingerprints = new Set<string>();
  readonly #byPath: LastUploads = new Map();
  readonly #byFingerprint: LastUploads = new Map();

  /** Built from every entry of a history, in any order. */
  static of(entries: readonly HistoryEntry[]): LaterUploads {
    const later = new LaterUploads();
    for (const entry of entries) if (!entry.ok) later.#want(entry);
    for (const entry of entries) if (entry.ok) later.#remember(entry);
    return later;
  }

  /**
   * Takes an entry newer than every other into account. (An older one arriving late could be
   * settled by an upload not followed so far: the index builds this again instead, with of().)
   */
  noteNewest(entry: HistoryEntry): void {
    if (entry.ok) this.#remember(entry);
    else this.#want(entry);
  }

  /** True when `entry` failed and its file uploaded to the same provider after it. */
  settles(entry: HistoryEntry): boolean {
    if (entry.ok) return false;
    if (isAfter(this.#byPath.get(entry.path)?.[entry.provider], entry.at)) return true;
    return entry.fingerprint !== undefined && isAfter(this.#byFingerprint.get(entry.fingerprint)?.[entry.provider], entry.at);
  }

  #want(failure: HistoryEntry): void {
    this.#wantedPaths.add(failure.path);
    if (failure.fingerprint !== undefined) this.#wantedFingerprints.add(failure.fingerprint);
  }

  #remember(upload: HistoryEntry): void {
    if (this.#wantedPaths.has(upload.path)) remember(this.#byPath, upload.path, upload.provider, upload.at);
    if (upload.fingerprint !== undefined && this.#wantedFingerprints.has(upload.fingerprint)) {
      remember(this.#byFingerprint, upload.fingerprint, upload.provider, upload.at);
    }
  }
}

function remember(map: LastUploads, key: string, provider: ProviderId, at: string): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, { [provider]: at });
  else if (!isAfter(known[provider], at)) known[provider] = at;
}

/** Whether `last` (an upload's date) is after `at`. The history's dates are ISO times in UTC, which sort as text. */
function isAfter(last: string | undefined, at: string): boolean {
  return last !== undefined && last > at;
}
