// GPS in a TIFF structure (an EXIF block in JPEG, PNG, WebP, or a TIFF file itself): the GPS
// IFD that IFD0's GPSInfo tag (0x8825) points to is emptied in place. Its entries and the
// values they point to become zeros and its entry count 0, so the structure stays valid and
// every other offset is untouched. Layout: TIFF 6.0 §2 (header, IFD: count, 12-byte entries,
// next-IFD offset) and EXIF 2.32 §4.6.2 (GPSInfo IFD pointer).

import type { Budget } from './budget.ts';
import { zeros, type Patch, type ReadAt } from './patches.ts';
import { readIfd0 } from './tiff-ifd.ts';

const GPS_INFO_TAG = 0x8825;
/** Bytes per value of each TIFF field type (1 BYTE … 13 IFD), by type number. */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

/**
 * Patches that empty the GPS IFD of the TIFF structure starting at `base`, or none when it has
 * none (or is not a TIFF structure this can read safely). Each value's size is what its entry
 * claims: the budget charges every patch, so 1,000 entries each claiming a whole 4 MiB block
 * end in TooComplex after a few, not in 4 GiB of zeros.
 */
export async function tiffGpsPatches(read: ReadAt, base: number, length: number, budget: Budget): Promise<Patch[]> {
  const ifd0 = await readIfd0(read, base, length, budget);
  if (ifd0 === undefined) return [];
  const { u16, u32, inside, count: count0, entries: entries0 } = ifd0;
  let gps: number | undefined;
  for (let i = 0; i < count0; i++) if (u16(entries0, i * 12) === GPS_INFO_TAG) gps = u32(entries0, i * 12 + 8);
  if (gps === undefined || !inside(gps, 2)) return [];

  const count = u16(await read(base + gps, 2), 0);
  if (count === 0 || !inside(gps + 2, count * 12)) return [];
  budget.step(count);
  const entries = await read(base + gps + 2, count * 12);
  const patches: Patch[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * 12;
    const size = (TYPE_SIZE[u16(entries, at + 2)] ?? 0) * u32(entries, at + 4);
    // Values of up to 4 bytes sit in the entry itself; larger ones elsewhere, at the offset.
    const valueAt = u32(entries, at + 8);
    if (size > 4 && inside(valueAt, size)) {
      budget.patch(size);
      patches.push(zeros(base + valueAt, size));
    }
  }
  budget.patch(2 + count * 12);
  // Count 0 and zeroed entries: the next-IFD offset a reader now looks for (right after the
  // count) reads 0, "no next IFD", which a GPS IFD never has anyway.
  patches.push(zeros(base + gps, 2 + count * 12));
  return patches;
}
