// The history kept in memory, oldest first, each entry beside the lower-cased text a search
// looks through (made by the first search that reaches it, and again after the entry is
// amended), so a search over 100,000 entries is one pass of substring tests with no file reads.
//
// A line can be in the file twice (see history-file.ts), and an entry amended later (ready to
// use, deleted from the provider) is written again whole (history-line.ts AMENDMENTS): such
// copies share id and time, and are merged into one (mergeEntries). When
// a whole file is read, duplicates are looked for only among entries of the same time; the
// set of every id that add() needs is built on the first add(), not at open: hashing 100,000
// fresh id strings cost a fifth of the time to open a large history, and a read-only use (the
// CLI's `history`) never needs it. Likewise which failures were uploaded later (LaterUploads)
// is built on the first search that meets a failure, then kept up to date as entries arrive.

import type { HistoryEntry, HistoryPage } from '../../../shared/history-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { LaterUploads } from './history-later.ts';
import { mergeEntries } from './history-line.ts';

interface Row {
  readonly entry: HistoryEntry;
  /**
   * What a search looks in, made the first time one does: 100,000 entries' worth cost ~50 ms
   * of every start, before the window could open, for a search most starts never make.
   */
  text?: string;
}

const textOf = (row: Row): string => (row.text ??= searchText(row.entry));

export class HistoryIndex {
  #rows: Row[] = [];
  #ids: Set<string> | undefined;
  #later: LaterUploads | undefined;

  get size(): number {
    return this.#rows.length;
  }

  /** Adds an entry, or merges it into the one with its id (an amendment, a repeated line); true when that changed anything. */
  add(entry: HistoryEntry): boolean {
    const rows = this.#rows;
    const ids = (this.#ids ??= new Set(rows.map((row) => row.entry.id)));
    if (ids.has(entry.id)) return this.#merge(entry);
    ids.add(entry.id);
    // Entries nearly always arrive in time order; an older one (another process's clock, an
    // entry dated by its caller) goes after every entry not newer than it.
    const at = this.#firstAfter(entry.at);
    const row: Row = { entry };
    if (at === rows.length) {
      rows.push(row);
      this.#later?.noteNewest(entry);
    } else {
      rows.splice(at, 0, row);
      this.#later = undefined;
    }
    return true;
  }

  /** Replaces everything with `entries` (any order) in one pass. */
  reset(entries: readonly HistoryEntry[]): void {
    let rows: Row[] = entries.map((entry) => ({ entry }));
    let ordered = true;
    for (let i = 1; i < rows.length && ordered; i += 1) ordered = (rows[i - 1] as Row).entry.at <= (rows[i] as Row).entry.at;
    // A file is nearly always in time order already; a stable sort keeps file order among equal times.
    if (!ordered) rows.sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : 0));
    let duplicates = false;
    for (let i = 1; i < rows.length && !duplicates; i += 1) duplicates = (rows[i - 1] as Row).entry.at === (rows[i] as Row).entry.at;
    if (duplicates) rows = withoutRepeatedIds(rows);
    this.#rows = rows;
    this.#ids = undefined;
    this.#later = undefined;
  }

  /** Keeps only the entries `keep` accepts; returns how many were dropped. */
  retain(keep: (entry: HistoryEntry) => boolean): number {
    const before = this.#rows.length;
    this.#rows = this.#rows.filter((row) => keep(row.entry));
    this.#ids = undefined;
    // A removed upload may have been what settled a failure: worked out again when next needed.
    this.#later = undefined;
    return before - this.#rows.length;
  }

  /** Oldest first, as they are written to the file. */
  entries(): HistoryEntry[] {
    return this.#rows.map((row) => row.entry);
  }

  /**
   * Newest first. Every word of `text` must appear somewhere in the entry (any case); with
   * `provider`, only that provider's entries. `uploaded` counts the successful ones that match,
   * `failed` the failed ones whose file was not uploaded to that provider afterwards.
   */
  search(text: string | undefined, offset = 0, limit = Number.POSITIVE_INFINITY, provider?: string): HistoryPage {
    const words = (text ?? '').toLowerCase().split(/\s+/).filter((word) => word !== '');
    const rows = this.#rows;
    const start = Math.max(0, Math.floor(offset));
    const end = start + Math.max(0, Math.floor(limit));
    const entries: HistoryEntry[] = [];
    const uploadedLater: string[] = [];
    let total = 0;
    let uploaded = 0;
    let failed = 0;
    for (let i = rows.length - 1; i >= 0; i -= 1) {
      const row = rows[i] as Row;
      if (provider !== undefined && row.entry.provider !== provider) continue;
      if (words.length > 0 && !words.every((word) => textOf(row).includes(word))) continue;
      const onPage = total >= start && total < end;
      if (onPage) entries.push(row.entry);
      total += 1;
      if (row.entry.ok) uploaded += 1;
      else if (!this.#laterUploads().settles(row.entry)) failed += 1;
      else if (onPage) uploadedLater.push(row.entry.id);
    }
    return { entries, total, uploaded, failed, uploadedLater };
  }

  #laterUploads(): LaterUploads {
    this.#later ??= LaterUploads.of(this.entries());
    return this.#later;
  }

  /** The entry whose id this is, now, or undefined. */
  get(id: string): HistoryEntry | undefined {
    return this.#rows.find((row) => row.entry.id === id)?.entry;
  }

  /** Copies share their time: the one to merge with is in the run of rows dated `entry.at`. */
  #merge(entry: HistoryEntry): boolean {
    const rows = this.#rows;
    for (let i = this.#firstAfter(entry.at) - 1; i >= 0 && (rows[i] as Row).entry.at === entry.at; i -= 1) {
      const row = rows[i] as Row;
      if (row.entry.id !== entry.id) continue;
      const merged = mergeEntries(row.entry, entry);
      if (merged === row.entry) return false;
      rows[i] = { entry: merged };
      return true;
    }
    return false;
  }

  /** Index of the first row dated after `at`. */
  #firstAfter(at: string): number {
    const rows = this.#rows;
    if (rows.length === 0 || (rows[rows.length - 1] as Row).entry.at <= at) return rows.length;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((rows[middle] as Row).entry.at <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Merges later copies of an id into the first; copies share their time, so only runs of equal times are checked. */
function withoutRepeatedIds(rows: readonly Row[]): Row[] {
  const kept: Row[] = [];
  /** Where each id of the current run of equal times was kept. */
  let run: Map<string, number> | undefined;
  for (const row of rows) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || previous.entry.at !== row.entry.at) {
      run = undefined;
    } else {
      run ??= new Map([[previous.entry.id, kept.length - 1]]);
      const at = run.get(row.entry.id);
      if (at !== undefined) {
        const first = kept[at] as Row;
        kept[at] = { entry: mergeEntries(first.entry, row.entry) };
        continue;
      }
      run.set(row.entry.id, kept.length);
    }
    kept.push(row);
  }
  return kept;
}

function searchText(entry: HistoryEntry): string {
  let text = `${entry.name}\n${entry.provider}\n${PROVIDERS[entry.provider].name}\n${entry.path}`;
  if (entry.url !== undefined) text += `\n${entry.url}`;
  if (entry.assetId !== undefined) text += `\n${entry.assetId}`;
  if (entry.keyName !== undefined) text += `\n${entry.keyName}`;
  return text.toLowerCase();
}
