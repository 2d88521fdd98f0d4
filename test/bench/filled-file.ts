// A large media file with every byte on disk, for the benchmarks that send gigabytes. A sparse
// file (a header, then a hole, as truncate() leaves it) reads as the kernel's one zero page over
// and over: its source never leaves the CPU's cache, which a person's video never does, and
// which favours a reader with small buffers (curl's 64 KiB) over one with larger ones (README,
// Performance). Written once per run (it stays in the page cache, as a file just copied or
// recorded does), in 1 MiB blocks of random bytes.

import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeMediaFile } from '../fixtures/media-files.ts';

const BLOCK = 1024 * 1024;

export async function writeFilledMediaFile(dir: string, name: string, size: number): Promise<string> {
  // The real header first, so the file is sniffed and checked as an MP4; then random bytes.
  const header = await readFile(await writeMediaFile(dir, 'mp4', { name }));
  const path = join(dir, name);
  const block = randomBytes(BLOCK);
  const file = await open(path, 'w');
  try {
    await file.write(header, 0, header.length, 0);
    for (let at = header.length; at < size; at += BLOCK) await file.write(block, 0, Math.min(BLOCK, size - at), at);
  } finally {
    await file.close();
  }
  return path;
}
