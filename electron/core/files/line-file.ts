// A file of JSON lines (the history's, history-file.ts; the upload list's, queue/queue-store.ts):
// whole lines appended durably, and read back piece by piece.
//
// Two processes (the app and the CLI) may append at once: each line goes out in one write()
// on a descriptor opened with O_APPEND, which the kernel places whole at the end of a local
// file, so lines never interleave. Only the app replaces the file; an appender that finds,
// after its fsync, that the path now names another file (a replacement raced its write)
// writes its line again into the new file. Readers drop repeated ids, so a line written
// twice counts once.

import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder, writeAll } from './atomic-file.ts';

const NEWLINE = 0x0a;
// A replacement racing every one of our writes this many times in a row means something is
// badly wrong (another program rewriting the file in a loop): stop instead of spinning.
const MAX_APPEND_TRIES = 5;

export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/** Appends whole lines durably to one path, following the path if the file is replaced. */
export class LineAppender {
  readonly #file: string;
  #handle: FileHandle | undefined;
  #identity: FileIdentity | undefined;
  #folderSynced = false;

  constructor(file: string) {
    this.#file = file;
  }

  /** `text` must be one or more complete lines. Resolves once they are on the disk. */
  async append(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    for (let attempt = 0; attempt < MAX_APPEND_TRIES; attempt += 1) {
      const handle = await this.#open();
      await writeAll(handle, bytes);
      await handle.datasync();
      const now = await identityOf(this.#file);
      if (now !== undefined && sameFile(now, this.#identity)) return;
      await this.reset();
    }
    throw Object.assign(new Error('The history file keeps being replaced by another program.'), { code: 'EBUSY' });
  }

  /** Forget the open descriptor, e.g. after this process replaced the file itself. */
  async reset(): Promise<void> {
    const handle = this.#handle;
    this.#handle = undefined;
    this.#identity = undefined;
    await handle?.close().catch(() => undefined);
  }

  async #open(): Promise<FileHandle> {
    if (this.#handle !== undefined) return this.#handle;
    const handle = await open(this.#file, 'a', 0o600);
    const { dev, ino } = await handle.stat();
    this.#handle = handle;
    this.#identity = { dev, ino };
    // The file may have just been created: its name is durable only once the folder is synced.
    if (!this.#folderSynced) {
      await syncFolder(path.dirname(this.#file));
      this.#folderSynced = true;
    }
    return handle;
  }
}

/** The complete lines in `bytes` and where the unfinished rest (if any) begins. */
export function completeLines(bytes: Buffer): { lines: string[]; consumed: number } {
  const last = bytes.lastIndexOf(NEWLINE);
  if (last < 0) return { lines: [], consumed: 0 };
  const lines = bytes.subarray(0, last).toString('utf8').split('\n');
  return { lines, consumed: last + 1 };
}

// An entry is a few KB at most (a 4 KiB path, a 2 KiB link, a 300-character error, JSON
// escapes): a line past 64 KiB is no entry of ours, and is skipped without being held whole.
export const MAX_LINE_BYTES = 64 * 1024;
// The file is read a piece at a time, so no size of history can exhaust memory or exceed the
// longest string V8 can make (which reading it whole into one string did past 512 MB).
const READ_PIECE_BYTES = 1024 * 1024;

export interface LinesRead {
  /** Bytes from `offset` up to and including the last newline: the unfinished rest is not read. */
  readonly consumed: number;
  /** Lines longer than MAX_LINE_BYTES, skipped. */
  readonly oversized: number;
}

/** Calls `onLine` with each complete line from `offset` on (without its newline), reading piece by piece. */
export async function readLines(handle: FileHandle, offset: number, onLine: (line: string) => void): Promise<LinesRead> {
  const piece = Buffer.allocUnsafe(READ_PIECE_BYTES);
  let position = offset;
  let consumed = 0;
  let oversized = 0;
  // The start of the line that continues into the next piece, unless it is already too long.
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let skipping = false;
  for (;;) {
    const { bytesRead } = await handle.read(piece, 0, piece.length, position);
    if (bytesRead === 0) break;
    const chunk = piece.subarray(0, bytesRead);
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
      if (skipping || carryBytes + end - start > MAX_LINE_BYTES) oversized += 1;
      else onLine((carry.length === 0 ? chunk.subarray(start, end) : Buffer.concat([...carry, chunk.subarray(start, end)])).toString('utf8'));
      carry = [];
      carryBytes = 0;
      skipping = false;
      start = end + 1;
      consumed = position + start - offset;
    }
    const rest = bytesRead - start;
    if (!skipping && carryBytes + rest > MAX_LINE_BYTES) {
      skipping = true;
      carry = [];
      carryBytes = 0;
    } else if (!skipping && rest > 0) {
      carry.push(Buffer.from(chunk.subarray(start))); // a copy: `piece` is read into again
      carryBytes += rest;
    }
    position += bytesRead;
  }
  return { consumed, oversized };
}

export async function identityOf(file: string): Promise<FileIdentity | undefined> {
  try {
    const { dev, ino } = await stat(file);
    return { dev, ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function sameFile(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}
