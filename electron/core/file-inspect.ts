// Looks at a local file before it is queued or sent: does it exist, is it a regular file,
// how big is it, and what is it really (by its first bytes, not its name).

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { UploadError } from './upload-error.ts';

export interface InspectedFile {
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Format id (see shared/media-formats.ts) read from the bytes; undefined if unknown. */
  readonly formatId: string | undefined;
}

/** Size and modification time: what must not change between queueing and the last byte sent. */
export async function fileStamp(path: string, provider: string): Promise<{ size: number; mtimeMs: number }> {
  const name = basename(path);
  try {
    const s = await stat(path);
    if (!s.isFile()) throw UploadError.of('NOT_A_FILE', provider, { file: name });
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch (error) {
    if (error instanceof UploadError) throw error;
    throw fileSystemError(error, provider, name);
  }
}

export async function inspectFile(path: string, provider = 'the provider'): Promise<InspectedFile> {
  const { size, mtimeMs } = await fileStamp(path, provider);
  const name = basename(path);
  let formatId: string | undefined;
  if (size > 0) {
    try {
      formatId = (await fileTypeFromFile(path))?.ext;
    } catch (error) {
      throw fileSystemError(error, provider, name);
    }
  }
  return { path, name, size, mtimeMs, formatId };
}

export function fileSystemError(error: unknown, provider: string, file: string): UploadError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return UploadError.of('FILE_NOT_FOUND', provider, { file, cause: error });
  if (code === 'EISDIR') return UploadError.of('NOT_A_FILE', provider, { file, cause: error });
  return UploadError.of('FILE_UNREADABLE', provider, { file, cause: error, ...(code !== undefined && { detail: code }) });
}
