// Which failed attempts were made good later: the same file (the same path, or the same
// fingerprint) uploaded to the same provider after the failure. Such a failure needs no Retry
// and is no longer a failure to count: the person's file is there.
//
// Worked out here, in main's history index, not in the window: the window holds a page of the
// history, and the success that settles a failure can be anywhere in 100,000 entries (often on
// a page not loaded yet). The index keeps, per file and provider, when it last uploaded, so each
// failure a search meets is settled by two map look-ups, with no scan of its own.

import type { HistoryEntry } from '../../shared/history-types.ts';
import type { ProviderId } from '../../shared/providers.ts';

/** When each provider last took the file, as ISO dates, keyed by the file's path or fingerprint. */
type LastUploads = Map<string, Partial<Record<ProviderId, string>>>;

export class LaterUploads {
  readonly #byPath: LastUploads = new Map();
  readonly #byFingerprint: LastUploads = new Map();

  /** Built from entries in any order. */
  static of(entries: Iterable<HistoryEntry>): LaterUploads {
    const later = new LaterUploads();
    for (const entry of entries) later.note(entry);
    return later;
  }

  /** Takes a new entry into account: only successful uploads settle anything. */
  note(entry: HistoryEntry): void {
    if (!entry.ok) return;
    remember(this.#byPath, entry.path, entry.provider, entry.at);
    if (entry.fingerprint !== undefined) remember(this.#byFingerprint, entry.fingerprint, entry.provider, entry.at);
  }

  /** True when `entry` failed and its file uploaded to the same provider after it. */
  settles(entry: HistoryEntry): boolean {
    if (entry.ok) return false;
    if (isAfter(this.#byPath.get(entry.path)?.[entry.provider], entry.at)) return true;
    return entry.fingerprint !== undefined && isAfter(this.#byFingerprint.get(entry.fingerprint)?.[entry.provider], entry.at);
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
