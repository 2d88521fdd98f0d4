// Replacing a file so that a crash or power loss leaves either the old file or the new one,
// whole: write a temporary file beside it, flush it, rename it over, flush the folder.
// Temporary names are `<file>.<pid>.<hex>.tmp`, so a later start can sweep leftovers.

import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export async function replaceFile(file: string, text: string, mode = 0o600): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', mode);
  try {
    await writeAll(handle, Buffer.from(text, 'utf8'));
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temp, file);
  await syncFolder(path.dirname(file));
}

export async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const result = await handle.write(bytes, written, bytes.length - written);
    written += result.bytesWritten;
  }
}

/** Makes a rename or a new file's name durable. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for syncing; NTFS makes the rename durable in its journal.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
