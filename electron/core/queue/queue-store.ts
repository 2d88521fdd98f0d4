// The upload list on disk, so that quitting, a crash or a power cut loses nothing of it. The
// file is JSON lines (queue-line.ts): each change of state is appended and fsynced, and the
// last line for an item is its state. When the file holds many more lines than the list has
// items, it is replaced whole by one line per item (write a temporary file, fsync, rename,
// fsync the folder: atomic-file.ts), so it stays proportional to the list.
//
// What is written: an item added, started, uploading, finished, given another provider, and
// its removal. Not an upload's progress (about 10 changes a second per file): it is worth
// nothing after a restart, where an upload that was running comes back interrupted.
//
// Writes are gathered: changes made while one write is on its way go out together in the
// next (one write, one fsync), so a batch finishing many files at once costs one fsync, and the
// queue never waits for the disk except before it sends a file (upload-queue.ts), where the
// "uploading" line must be on the disk first: otherwise a crash could bring back as "not
// started" a file the provider already has, and it would be uploaded twice.
//
// Only the app writes this file (one instance at a time: Electron's single-instance lock).

import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { SavedItem } from '../../../shared/queue-transitions.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import { removeStaleTemporaries, replaceFile } from '../files/atomic-file.ts';
import { LineAppender, readLines } from '../files/line-file.ts';
import { itemLine, lineItem, lineTarget, removedLine } from './queue-line.ts';

export const QUEUE_FILE_NAME = 'queue.jsonl';

// Replace the file once it holds this many lines more than twice the list: a list of 10,000
// files is rewritten (about 4 MB) after every 5,000 or so changes, and a short list's file never
// grows past a few hundred kilobytes.
const SLACK_LINES = 1000;

/** Where the queue tells of its changes (UploadQueue's `journal`). */
export interface QueueJournal {
  /** `item` is in a new state worth keeping across a restart. */
  saved(item: QueueItem): void;
  removed(id: string): void;
  /** Resolves once every change given so far is on the disk, or its failure has been reported. */
  whenWritten(): Promise<void>;
}

interface Waiter {
  readonly upTo: number;
  readonly resolve: () => void;
}

export class QueueStore implements QueueJournal {
  readonly file: string;
  readonly #appender: LineAppender;
  readonly #onError: (sentence: string, error: unknown) => void;
  /** The last line written for each item on the list, in list order. */
  readonly #latest = new Map<string, string>();
  /** What the file held when it was opened. */
  readonly #opened: SavedItem[];
  /** Complete lines in the file now (what replacing it whole would shrink). */
  #lines: number;
  #damaged: number;
  /** The file needs replacing whole: it had damage, or a write failed midway and may have left a torn line. */
  #replaceNeeded: boolean;
  #pending: string[] = [];
  /** Changes handed over so far, and how many of them are written (or reported as failed). */
  #given = 0;
  #written = 0;
  #waiters: Waiter[] = [];
  #writing: Promise<void> | undefined;
  #failing = false;
  #quitting = false;
  #closed = false;

  private constructor(file: string, onError: (sentence: string, error: unknown) => void, read: ReadResult) {
    this.file = file;
    this.#appender = new LineAppender(file);
    this.#onError = onError;
    this.#opened = [...read.items.values()];
    for (const [id, line] of read.latest) this.#latest.set(id, line);
    this.#lines = read.lines;
    this.#damaged = read.damaged;
    this.#replaceNeeded = read.damaged > 0 || read.torn;
  }

  /**
   * Reads the list saved in `dir`. `onError` hears of a later write that failed (a full disk),
   * with a sentence for the person: the list goes on in memory, and the next change tries again.
   */
  static async open(dir: string, onError: (sentence: string, error: unknown) => void): Promise<QueueStore> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await removeStaleTemporaries(dir, QUEUE_FILE_NAME);
    const file = path.join(dir, QUEUE_FILE_NAME);
    return new QueueStore(file, onError, await readChanges(file));
  }

  /** The items as the file last held them, in list order. */
  savedItems(): readonly SavedItem[] {
    return this.#opened;
  }

  /** Lines of the file as opened that were not readable changes (a torn write, a damaged disk) and were skipped. */
  get damagedLines(): number {
    return this.#damaged;
  }

  /**
   * Makes the file hold exactly `items`, one line each: the list as this start restored it.
   * Nothing is written when the file already says just that. Called once, before any change.
   */
  async restart(items: readonly QueueItem[]): Promise<void> {
    const lines = new Map(items.map((item) => [item.id, itemLine(item)]));
    const same = !this.#replaceNeeded && lines.size === this.#lines && [...lines].every(([id, line]) => this.#latest.get(id) === line);
    this.#latest.clear();
    for (const [id, line] of lines) this.#latest.set(id, line);
    if (!same) await this.#replace();
  }

  saved(item: QueueItem): void {
    if (this.#closed) return;
    // Quitting cancels what runs; the file keeps those items as they were, so the next start
    // brings an upload back as interrupted and a waiting file as not started.
    if (this.#quitting && item.status === 'cancelled') return;
    const line = itemLine(item);
    this.#latest.set(item.id, line);
    this.#give(line);
  }

  removed(id: string): void {
    if (this.#closed || !this.#latest.delete(id)) return;
    this.#give(removedLine(id));
  }

  whenWritten(): Promise<void> {
    const upTo = this.#given;
    if (this.#written >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ upTo, resolve }));
  }

  /** From now on the app is quitting: the uploads it stops are not written as cancelled. */
  quitting(): void {
    this.#quitting = true;
  }

  /** Writes what is left and stops writing. */
  async close(): Promise<void> {
    while (this.#writing !== undefined) await this.#writing;
    // A write failed earlier: one last try to leave the list on the disk whole.
    if (this.#replaceNeeded) await this.#replace().catch((error: unknown) => this.#report(error));
    this.#closed = true;
    await this.#appender.reset();
  }

  #give(line: string): void {
    this.#pending.push(line);
    this.#given += 1;
    this.#writing ??= this.#writeAll();
  }

  async #writeAll(): Promise<void> {
    try {
      while (this.#pending.length > 0) {
        const batch = this.#pending;
        this.#pending = [];
        const upTo = this.#given;
        try {
          // #latest already holds the batch's changes, so a replacement includes them.
          if (this.#replaceNeeded || this.#lines + batch.length > 2 * this.#latest.size + SLACK_LINES) await this.#replace();
          else {
            await this.#appender.append(batch.join(''));
            this.#lines += batch.length;
          }
          this.#failing = false;
        } catch (error) {
          // A write cut short may have left half a line: the next write replaces the file whole.
          this.#replaceNeeded = true;
          this.#report(error);
        }
        this.#settle(upTo);
      }
    } finally {
      this.#writing = undefined;
    }
  }

  async #replace(): Promise<void> {
    await replaceFile(this.file, [...this.#latest.values()].join(''));
    await this.#appender.reset();
    this.#lines = this.#latest.size;
    this.#replaceNeeded = false;
  }

  #settle(upTo: number): void {
    this.#written = upTo;
    const still: Waiter[] = [];
    for (const waiter of this.#waiters) {
      if (waiter.upTo <= upTo) waiter.resolve();
      else still.push(waiter);
    }
    this.#waiters = still;
  }

  /** Once per run of failures: a full disk would otherwise say so at every change. */
  #report(error: unknown): void {
    if (this.#failing) return;
    this.#failing = true;
    this.#onError(unsavedSentence(path.dirname(this.file), error), error);
  }
}

interface ReadResult {
  /** The last state of each item still on the list, in the order items were first added. */
  readonly items: Map<string, SavedItem>;
  /** The line each of those was read from. */
  readonly latest: Map<string, string>;
  readonly lines: number;
  readonly damaged: number;
  /** The file ends in half a line (a write cut short by a kill or a power cut). */
  readonly torn: boolean;
}

/**
 * Reads the file a piece at a time, as the history is read (files/line-file.ts readLines): no
 * size of file is ever held whole, and a line past the history's per-line cap is damage.
 */
async function readChanges(file: string): Promise<ReadResult> {
  const last = new Map<string, string>();
  let count = 0;
  let damaged = 0;
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  let consumed = 0;
  let size = 0;
  if (handle !== undefined) {
    try {
      size = (await handle.stat()).size;
      const read = await readLines(handle, 0, (line) => {
        if (line.trim() === '') return;
        count += 1;
        const target = lineTarget(line);
        if (target === undefined) damaged += 1;
        else if ('removed' in target) last.delete(target.removed);
        else last.set(target.id, line);
      });
      consumed = read.consumed;
      count += read.oversized;
      damaged += read.oversized;
    } finally {
      await handle.close();
    }
  }
  // An item whose last state cannot be read is left out rather than brought back in an
  // earlier state: that could offer to upload again a file that was done.
  const items = new Map<string, SavedItem>();
  const latest = new Map<string, string>();
  for (const [id, line] of last) {
    const item = lineItem(line);
    if (item === undefined || item.id !== id) damaged += 1;
    else {
      items.set(id, item);
      latest.set(id, `${line}\n`);
    }
  }
  return { items, latest, lines: count, damaged, torn: consumed < size };
}

function unsavedSentence(dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `The upload list could not be saved in ${dir}`;
  const after = 'The uploads go on, but if Media Uploader closes now the list may come back incomplete.';
  if (code === 'ENOSPC' || code === 'EDQUOT') return `The disk is full, so the upload list could not be saved in ${dir}. Free some space: ${after}`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `${where}: the uploader is not allowed to write there. Check that folder's permissions. ${after}`;
  // Only the system's short code (EIO…), never an arbitrary error's own words: they speak to developers.
  return `${where}${code === undefined ? '' : ` (${code})`}. Check that the disk is connected. ${after}`;
}
