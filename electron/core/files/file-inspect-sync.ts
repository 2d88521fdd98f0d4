// inspectFile (file-inspect.ts) with its file-system calls made synchronously, for the inspect
// worker (inspect-worker.ts), a thread of its own whose event loop nothing else waits on. An
// asynchronous call costs its thread a round trip to libuv's pool and back, more than the call
// itself: 10,000 files (open, fstat, a 4 KB read, close) took ~2 s that way and ~0.3 s this way,
// most of it sniffing. Never for main's thread, which a slow or sleeping disk would then stop.
// A file that the worker is blocked on holds the files after it back (asynchronously it would
// hold one of libuv's four threads instead); main's rows for them say "Checking…" meanwhile.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { UploadError } from '../errors/upload-error.ts';
import { fileSystemError, HEAD_BYTES, inspectFile, OPEN_FLAGS, type InspectedFile } from './file-inspect.ts';

/** What inspectFile says about `path`, the same facts and the same errors. */
export async function inspectFileSync(path: string, provider: string): Promise<InspectedFile> {
  // Rare, and done as main does them: a name that is not UTF-8 (os-path.ts) and, below, a
  // format whose marker lies past the head.
  if (path.includes('\uFFFD')) return inspectFile(path, provider);
  const name = basename(path);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw fileSystemError(error, provider, name);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw UploadError.of('NOT_A_FILE', provider, { file: name });
    const facts = { path, name, size: stats.size, mtimeMs: stats.mtimeMs };
    if (stats.size === 0) return { ...facts, formatId: undefined };
    const head = Buffer.allocUnsafe(Math.min(stats.size, HEAD_BYTES));
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    const found = await fileTypeFromBuffer(head.subarray(0, bytesRead));
    if (found !== undefined || stats.size <= HEAD_BYTES) return { ...facts, formatId: found?.ext };
  } catch (error) {
    throw error instanceof UploadError ? error : fileSystemError(error, provider, name);
  } finally {
    closeSync(fd);
  }
  return inspectFile(path, provider);
}
