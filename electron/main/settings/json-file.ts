// Small JSON files in the app's data folder (settings, window place). Written atomically so a
// crash mid-write leaves the previous file, never half of one; read leniently so a damaged or
// outdated file falls back to defaults instead of stopping the app from opening. Reading one
// also sweeps the temporary files a torn write of it left behind.

import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { z } from 'zod';
import { removeStaleTemporaries, replaceFile } from '../../core/files/atomic-file.ts';
import { PRIVATE_FOLDER } from '../../core/files/data-dir.ts';

export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<T | undefined> {
  await removeStaleTemporaries(dirname(path), basename(path));
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A file of the app's data folder: private (0600), in a private folder (data-dir.ts). */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: PRIVATE_FOLDER });
  await replaceFile(path, `${JSON.stringify(value, null, 2)}\n`, 0o600);
}

/**
 * A file the person chose (an export): atomic (see electron/core/files/atomic-file.ts), creating
 * the folder first. It holds their history, so it is private (0600) unless it replaces a file
 * whose mode they set, which it keeps.
 */
export async function writeTextFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const replaced = await stat(path).then((s) => (s.isFile() ? s.mode & 0o7777 : undefined), () => undefined);
  await replaceFile(path, text, replaced ?? 0o600);
}
