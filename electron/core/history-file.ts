// The history's file on disk: JSON lines, appended and fsynced, occasionally replaced whole.
//
// Why this shape: an append of one line is the smallest write that can be made durable, and
// a process killed mid-append can at worst leave one unfinished last line, which the reader
// skips. Removing and clearing replace the file atomically (write a temporary file, fsync,
// rename over, fsync the folder) so that what a person removed is really gone from the disk,
// not merely hidden behind a tombstone line.
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

export { replaceFile } from './atomic-file.ts';

export const HISTORY_FILE_NAME = 'history.jsonl';
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

export async function readFrom(handle: FileHandle, offset: number): Promise<Buffer> {
  const { size } = await handle.stat();
  if (size <= offset) return Buffer.alloc(0);
  const buffer = Buffer.allocUnsafe(size - offset);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
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
