// The first image directory (IFD0) of a TIFF structure (TIFF 6.0 §2: an 8-byte header giving the
// byte order, 42 and IFD0's offset; then a count and 12-byte entries), read once for every parser
// that looks in it (tiff-gps.ts, tiff-xmp.ts): the byte order, bounds and budget rules in one place.

import type { Budget } from './budget.ts';
import type { ReadAt } from './patches.ts';

export interface Ifd0 {
  readonly u16: (b: Buffer, at: number) => number;
  readonly u32: (b: Buffer, at: number) => number;
  /** Whether `size` bytes at `offset` (from the structure's start) lie within it, past its header. */
  readonly inside: (offset: number, size: number) => boolean;
  readonly count: number;
  /** The `count` 12-byte entries. */
  readonly entries: Buffer;
}

/** IFD0 of the TIFF structure at `base`, or undefined when it is not one this can read safely. Each entry is a step of the budget. */
export async function readIfd0(read: ReadAt, base: number, length: number, budget: Budget): Promise<Ifd0 | undefined> {
  const header = await read(base, 8);
  if (header.length < 8) return undefined;
  const order = header.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const le = order === 'II';
  const u16 = (b: Buffer, at: number): number => (le ? b.readUInt16LE(at) : b.readUInt16BE(at));
  const u32 = (b: Buffer, at: number): number => (le ? b.readUInt32LE(at) : b.readUInt32BE(at));
  if (u16(header, 2) !== 42) return undefined;
  const inside = (offset: number, size: number): boolean => offset >= 8 && offset + size <= length;

  const ifd0 = u32(header, 4);
  if (!inside(ifd0, 2)) return undefined;
  const count = u16(await read(base + ifd0, 2), 0);
  if (!inside(ifd0 + 2, count * 12)) return undefined;
  budget.step(count);
  return { u16, u32, inside, count, entries: await read(base + ifd0 + 2, count * 12) };
}
