// Looks at a local file before it is queued or sent: does it exist, is it a regular file,
// how big is it, and what is it really (by its first bytes, not its name). Every file the
// engine reads is opened here (openRegularFile), so none can hang it.

import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileTypeFromBuffer, fileTypeFromStream } from 'file-type';
import { osPath } from './os-path.ts';
import { UploadError } from '../errors/upload-error.ts';

export interface InspectedFile {
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Format id (see shared/media-formats.ts) read from the bytes; undefined if unknown. */
  readonly formatId: string | undefined;
}

/**
 * Size and modification time: what must not change between queueing and the last byte sent.
 * Read by name without opening the file; the open that follows checks its handle again
 * (openRegularFile), so a file swapped in between is caught there.
 */
export async function fileStamp(path: string, provider: string): Promise<{ size: number; mtimeMs: number }> {
  const name = basename(path);
  try {
    const s = await stat(await osPath(path));
    if (!s.isFile()) throw UploadError.of('NOT_A_FILE', provider, { file: name });
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch (error) {
    if (error instanceof UploadError) throw error;
    throw fileSystemError(error, provider, name);
  }
}

export async function inspectFile(path: string, provider = 'the provider'): Promise<InspectedFile> {
  const name = basename(path);
  const { handle, stats } = await openRegularFile(path, provider, name);
  try {
    const formatId = stats.size > 0 ? await sniffFormat(handle, stats.size) : undefined;
    return { path, name, size: stats.size, mtimeMs: stats.mtimeMs, formatId };
  } catch (error) {
    throw fileSystemError(error, provider, name);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

// O_NONBLOCK: opening a FIFO (or a device) to read waits for a writer, forever if none comes,
// and holds one of libuv's four threads meanwhile; a file swapped for one after a check by
// name would do that. With the flag the open returns at once, and the handle's own fstat says
// what was opened. Reads of a regular file are unaffected. O_NOCTTY: a terminal device never
// becomes this process's. Windows has neither flag (nor FIFOs that block an open).
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Opens a file to read only if it is a regular file, judged by the opened handle (no race with
 * a check by name). `path` is as Node wrote it; a name that is not UTF-8 is found (os-path.ts).
 */
export async function openRegularFile(path: string, provider: string, name: string): Promise<{ handle: FileHandle; stats: Stats }> {
  let handle: FileHandle;
  try {
    handle = await open(await osPath(path), OPEN_FLAGS);
  } catch (error) {
    throw fileSystemError(error, provider, name);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw UploadError.of('NOT_A_FILE', provider, { file: name });
    return { handle, stats };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof UploadError ? error : fileSystemError(error, provider, name);
  }
}

// file-type's advice for how much of a file identifies it. Reading that much ourselves and
// sniffing the buffer is three times faster than reading through file-type, which matters for
// a drop of thousands of files.
export const HEAD_BYTES = 4100;

async function sniffFormat(handle: FileHandle, size: number): Promise<string | undefined> {
  const head = Buffer.allocUnsafe(Math.min(size, HEAD_BYTES));
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  const found = await fileTypeFromBuffer(head.subarray(0, bytesRead));
  if (found !== undefined || size <= HEAD_BYTES) return found?.ext;
  // Rare: formats whose marker lies past the head (an MP3 behind a large ID3 tag with cover
  // art). file-type reads on from the same handle, as far as the format needs; positioned
  // reads above left the handle's own position at the start.
  return (await fileTypeFromStream(handle.readableWebStream()))?.ext;
}

export function fileSystemError(error: unknown, provider: string, file: string): UploadError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return UploadError.of('FILE_NOT_FOUND', provider, { file, cause: error });
  if (code === 'EISDIR') return UploadError.of('NOT_A_FILE', provider, { file, cause: error });
  if (code === 'ENAMEAMBIGUOUS') {
    return UploadError.of('FILE_UNREADABLE', provider, { file, cause: error, detail: 'Another file in its folder has a name that reads the same (the names are not in UTF-8). Rename one of them.' });
  }
  return UploadError.of('FILE_UNREADABLE', provider, { file, cause: error, ...(code !== undefined && { detail: code }) });
}
