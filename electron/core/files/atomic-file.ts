// Replacing a file so that a crash or power loss leaves either the old file or the new one,
// whole: write a temporary file beside it, flush it, rename it over, flush the folder.
// Temporary names are `<file>.<pid>.<hex>.tmp`, so a later start can sweep leftovers.

import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export async function replaceFile(file: string, text: string, mode = 0o600): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', mode);
  try {
    // Exactly `mode`: the one given to open() is narrowed by the process's umask, and a file
    // replaced with its own mode (an export the person made group-readable) must keep it.
    if (process.platform !== 'win32') await handle.chmod(mode);
    await writeAll(handle, Buffer.from(text, 'utf8'));
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
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

/**
 * Removes the temporary files that replacements of `fileName` in `folder` left when their
 * process died before the rename (a crash, a power cut, a quit that was not waited for).
 * A file whose process still runs is another writer's, in the middle of its work: it stays.
 */
export async function removeStaleTemporaries(folder: string, fileName: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const prefix = `${fileName}.`;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) await unlink(path.join(folder, name)).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
