// Small JSON files in the app's data folder (settings, window place). Written atomically so a
// crash mid-write leaves the previous file, never half of one; read leniently so a damaged or
// outdated file falls back to defaults instead of stopping the app from opening. Reading one
// also sweeps the temporary files a torn write of it left behind.

import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { z } from 'zod';
import { removeStaleTemporaries, replaceFile } from '../core/atomic-file.ts';

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

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeTextFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Atomic (see electron/core/atomic-file.ts), creating the folder first. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await replaceFile(path, text, 0o644);
}
