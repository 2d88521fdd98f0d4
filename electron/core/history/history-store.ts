// Every upload attempt's outcome, kept for years and never lost to a crash. The file format
// and the rules that make it safe with two processes are in history-file.ts and
// files/line-file.ts; this class keeps the whole history in memory (history-index.ts) so
// searches never touch the disk.
//
// Durability: append() resolves only after the line is fsynced. Appends made while one is
// being written are gathered and written together (one write, one fsync), so a queue
// finishing many uploads at once does not wait for one fsync each.

import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { HistoryAmendment, HistoryEntry, HistoryPage } from '../../../shared/history-types.ts';
import { HISTORY_FILE_NAME, readEntries } from './history-file.ts';
import { describeFailure } from './history-failure.ts';
import { removeStaleTemporaries, replaceFile } from '../files/atomic-file.ts';
import { identityOf, LineAppender, readLines, sameFile, type FileIdentity } from '../files/line-file.ts';
import { makeDataDirPrivate } from '../files/data-dir.ts';
import { HistoryIndex } from './history-index.ts';
import { completeEntry, entryLine, type NewHistoryEntry } from './history-line.ts';
import { userFacing } from '../../../shared/i18n/error-words.ts';

interface Waiting {
  readonly entry: HistoryEntry;
  readonly done: (error?: unknown) => void;
}

// Changes from another process arrive as several file events; one reload after they settle.
const WATCH_SETTLE_MS = 100;

export class HistoryStore {
  readonly file: string;
  readonly #index = new HistoryIndex();
  readonly #appender: LineAppender;
  /** The file the index reflects, and how far into it the index has read. */
  #identity: FileIdentity | undefined;
  #readOffset = 0;
  #damaged = 0;
  #waiting: Waiting[] = [];
  #serial: Promise<unknown> = Promise.resolve();
  #closed = false;
  #watcher: FSWatcher | undefined;

  private constructor(file: string) {
    this.file = file;
    this.#appender = new LineAppender(file);
  }

  /** Opens (creating the folder if needed, and making it private: data-dir.ts) and reads the history in `dir`. */
  static async open(dir: string): Promise<HistoryStore> {
    const store = new HistoryStore(path.join(dir, HISTORY_FILE_NAME));
    await describeFailure(dir, async () => {
      await makeDataDirPrivate(dir);
      await removeStaleTemporaries(dir, HISTORY_FILE_NAME);
      await store.#repairTornEnd();
      await store.#catchUp();
    });
    return store;
  }

  /**
   * For a process that only adds entries (a CLI upload): nothing is read but the file's last
   * byte, so a run starts at once however many years of history there are. Its search() sees
   * only what this process appended.
   */
  static async openForAppend(dir: string): Promise<HistoryStore> {
    const store = new HistoryStore(path.join(dir, HISTORY_FILE_NAME));
    await describeFailure(dir, async () => {
      await makeDataDirPrivate(dir);
      await store.#repairTornEnd();
    });
    return store;
  }

  /** Entries in the history. */
  get size(): number {
    return this.#index.size;
  }

  /** Lines of the file that were not readable entries (a torn write, a damaged disk) and were skipped. */
  get damagedLines(): number {
    return this.#damaged;
  }

  /** Resolves once the entry is on the disk (fsynced), with its id and time. */
  async append(input: NewHistoryEntry): Promise<HistoryEntry> {
    return this.#write(completeEntry(input, randomUUID(), input.at ?? new Date().toISOString()));
  }

  /** Resolves once the line is on the disk (fsynced), gathered with others waiting (see the top). */
  #write(entry: HistoryEntry): Promise<HistoryEntry> {
    if (this.#closed) throw userFacing('HISTORY_UNAVAILABLE', { key: 'errors:history.closed' });
    return new Promise<HistoryEntry>((resolve, reject) => {
      this.#waiting.push({ entry, done: (error) => (error === undefined ? resolve(entry) : reject(error)) });
      if (this.#waiting.length === 1) void this.#exclusive(() => this.#writeWaiting());
    });
  }

  /**
   * Adds what happened to an upload later (ready to use, deleted from the provider) to its entry,
   * by writing the entry again with it (history-line.ts AMENDMENTS). Resolves with the entry as it
   * now is; undefined when this store does not know the id (a CLI upload's store knows only its own).
   */
  async amend(id: string, amendment: HistoryAmendment): Promise<HistoryEntry | undefined> {
    const entry = this.#index.get(id);
    if (entry === undefined) return undefined;
    const { id: _id, at, ...rest } = { ...entry, ...amendment };
    const written = await this.#write(completeEntry({ ...rest, at }, entry.id, at));
    return this.#index.get(written.id) ?? written;
  }

  /** Newest first; every word of `text` must match the name, provider, link, asset id or path. */
  search(text: string | undefined, page: { offset?: number; limit?: number; provider?: string } = {}): HistoryPage {
    return this.#index.search(text, page.offset, page.limit, page.provider);
  }

  /** Every entry, newest first. */
  all(): readonly HistoryEntry[] {
    return this.#index.search(undefined).entries;
  }

  /** Removes the entry from the history; resolves with it as it was (for an Undo: restore()), or undefined when it was not there. */
  async remove(id: string): Promise<HistoryEntry | undefined> {
    let removed: HistoryEntry | undefined;
    await this.#exclusive(() => this.#rewriteKeeping((entry) => {
      if (entry.id !== id) return true;
      removed = entry;
      return false;
    }));
    return removed;
  }

  /**
   * Puts back an entry remove() took out, with its own id and time, in its place by time. An
   * entry the history still holds is left as it is.
   */
  async restore(entry: HistoryEntry): Promise<void> {
    if (this.#index.get(entry.id) !== undefined) return;
    const { id, at, ...rest } = entry;
    await this.#write(completeEntry({ ...rest, at }, id, at));
  }

  async clear(): Promise<void> {
    await this.#exclusive(() => this.#rewriteKeeping(() => false));
  }

  /** Reads what other processes appended (or a replaced file). True when the history changed. */
  refresh(): Promise<boolean> {
    return this.#exclusive(() => this.#catchUp());
  }

  /** Calls `onChange` after another process (e.g. the CLI) changed the history. Returns a stop function. */
  watch(onChange: () => void): () => void {
    this.#watcher?.close();
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(path.dirname(this.file), { persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void this.refresh().then((changed) => changed && onChange(), () => undefined);
      }, WATCH_SETTLE_MS);
    });
    watcher.on('error', () => undefined);
    this.#watcher = watcher;
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#watcher?.close();
    await this.#serial.catch(() => undefined);
    await this.#appender.reset();
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#serial.then(task, task);
    this.#serial = run.catch(() => undefined);
    return run;
  }

  async #writeWaiting(): Promise<void> {
    const batch = this.#waiting;
    this.#waiting = [];
    try {
      await describeFailure(path.dirname(this.file), () => this.#appender.append(batch.map((w) => entryLine(w.entry)).join('')));
    } catch (error) {
      for (const waiting of batch) waiting.done(error);
      return;
    }
    for (const waiting of batch) {
      this.#index.add(waiting.entry);
      waiting.done();
    }
  }

  /** Brings the index up to date with the file: the new tail, or everything if the file was replaced. */
  async #catchUp(): Promise<boolean> {
    const handle = await open(this.file, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (handle === undefined) {
      const had = this.#index.size > 0;
      this.#index.reset([]);
      this.#identity = undefined;
      this.#readOffset = 0;
      return had;
    }
    try {
      const { dev, ino } = await handle.stat();
      if (!sameFile({ dev, ino }, this.#identity)) {
        const { entries, consumed, damaged } = await readEntries(handle, 0);
        this.#index.reset(entries);
        this.#identity = { dev, ino };
        this.#readOffset = consumed;
        this.#damaged = damaged;
        return true;
      }
      const { entries, consumed, damaged } = await readEntries(handle, this.#readOffset);
      this.#readOffset += consumed;
      this.#damaged += damaged;
      let changed = false;
      for (const entry of entries) changed = this.#index.add(entry) || changed;
      return changed;
    } finally {
      await handle.close();
    }
  }

  /**
   * A file that does not end in a newline was cut short mid-line (a kill, a power cut). Ending
   * that fragment with a newline makes it a line of its own, skipped when read, so the next
   * entry is not glued onto it. Cutting it off instead could cut a line another process is
   * writing right now; a newline appended after such a line only adds an empty one.
   */
  async #repairTornEnd(): Promise<void> {
    const handle = await open(this.file, 'r').catch(() => undefined);
    if (handle === undefined) return;
    try {
      const { size } = await handle.stat();
      if (size === 0) return;
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] === 0x0a) return;
    } finally {
      await handle.close();
    }
    await this.#appender.append('\n');
  }

  async #rewriteKeeping(keep: (entry: HistoryEntry) => boolean): Promise<void> {
    const dir = path.dirname(this.file);
    await describeFailure(dir, async () => {
      // What other processes appended so far is in the index; what they append from now on
      // lands in the old file after `copiedUpTo` and is carried over after the rename.
      await this.#catchUp();
      const old = await open(this.file, 'r').catch(() => undefined);
      if (old === undefined) return;
      try {
        const copiedUpTo = this.#readOffset;
        this.#index.retain(keep);
        const text = this.#index.entries().map(entryLine).join('');
        await replaceFile(this.file, text);
        await this.#appender.reset();
        this.#identity = await identityOf(this.file);
        this.#readOffset = Buffer.byteLength(text, 'utf8');
        this.#damaged = 0;
        const late: string[] = [];
        await readLines(old, copiedUpTo, (line) => {
          if (line.trim() !== '') late.push(line);
        });
        if (late.length > 0) await this.#appender.append(late.map((line) => `${line}\n`).join(''));
      } finally {
        await old.close();
      }
      await this.#catchUp();
    });
  }
}
