// XMP inside a TIFF structure: IFD0's XMLPacket tag (700, TIFF/XMP "XMP Specification Part 3"
// §1.1.4), a run of bytes holding an uncompressed XMP packet. A TIFF file (and DNG) keeps its
// XMP there, and ExifTool reads it from an EXIF block's IFD0 too, so both are checked. The GPS
// in it is blanked in place by xmp-gps.ts: same length, nothing moves.

import type { Budget } from './budget.ts';
import type { Patch, ReadAt } from './patches.ts';
import { readIfd0 } from './tiff-ifd.ts';
import { blankXmpGps } from './xmp-gps.ts';

const XMP_TAG = 700;
// BYTE and UNDEFINED are what writers use; ASCII is tolerated by readers, so it is checked too.
const BYTE_TYPES = new Set([1, 2, 7]);

/** Patches that blank the GPS in the XMP packet of the TIFF structure at `base`, or none. */
export async function tiffXmpPatches(read: ReadAt, base: number, length: number, budget: Budget): Promise<Patch[]> {
  const ifd0 = await readIfd0(read, base, length, budget);
  if (ifd0 === undefined) return [];
  const { u16, u32, inside, count, entries } = ifd0;
  budget.hold(count * 12);
  const patches: Patch[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * 12;
    if (u16(entries, at) !== XMP_TAG || !BYTE_TYPES.has(u16(entries, at + 2))) continue;
    const size = u32(entries, at + 4);
    // Four bytes or fewer sit in the entry itself: too short for a packet, let alone a GPS value.
    const valueAt = u32(entries, at + 8);
    if (size <= 4 || !inside(valueAt, size)) continue;
    budget.hold(size);
    const blanked = blankXmpGps(await read(base + valueAt, size));
    if (blanked === undefined) continue;
    budget.patch(blanked.length);
    patches.push({ offset: base + valueAt, bytes: blanked });
  }
  return patches;
}
