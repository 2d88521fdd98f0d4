// XMP in MP4 and QuickTime files, which can hold exif:GPSLatitude… like a photo's: a top-level
// `uuid` box whose user type is BE7ACFCB-97A9-42E8-9C71-999491E3AFAC (XMP Specification Part 3
// §1.2.7, what Adobe's tools and ExifTool write into MP4), and QuickTime's `XMP_` atom in
// `moov/udta` or a track's `udta`. The packet is uncompressed, so its GPS is blanked in place
// by xmp-gps.ts: same length, no box moves, every chunk offset stays right.
// mp4-location.ts stops at `moov`; this walks every top-level box (the XMP box often comes
// after the media), reading their headers through a window so a file of many tiny boxes costs
// a read per 64 KiB, not one per box, and each box a step of the budget.

import type { Budget } from './budget.ts';
import type { Patch, ReadAt } from './patches.ts';
import { blankXmpGps } from './xmp-gps.ts';

const XMP_UUID = Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex');
// Where a QuickTime `XMP_` atom can be, on the way from `moov`.
const TOWARDS_XMP = new Set(['moov', 'trak', 'udta']);
const WINDOW = 64 * 1024;
// Size, type, 64-bit size and a uuid's 16-byte user type: the most a box header can take.
const LONGEST_HEADER = 32;

interface Box {
  readonly type: string;
  /** Where the box's contents start (after its header, and a uuid box's user type). */
  readonly contents: number;
  /** Where the box ends, never past the range it is in. */
  readonly end: number;
  readonly isXmp: boolean;
}

/** Reads box headers through a 64 KiB window: one read for many small boxes. */
class HeaderWindow {
  #bytes: Buffer = Buffer.alloc(0);
  #at = 0;
  readonly #read: ReadAt;

  constructor(read: ReadAt) {
    this.#read = read;
  }

  async bytes(at: number, length: number): Promise<Buffer> {
    if (at < this.#at || at + length > this.#at + this.#bytes.length) {
      this.#bytes = await this.#read(at, Math.max(length, WINDOW));
      this.#at = at;
    }
    return this.#bytes.subarray(at - this.#at, at - this.#at + length);
  }
}

/** The boxes from `from` to `to` (sizes 0 "to the end" and 1 "64-bit" included), one step each. */
async function* boxesIn(window: HeaderWindow, from: number, to: number, budget: Budget): AsyncGenerator<Box> {
  for (let at = from; at + 8 <= to;) {
    budget.step();
    const head = await window.bytes(at, Math.min(LONGEST_HEADER, to - at));
    if (head.length < 8) return;
    let size = head.readUInt32BE(0);
    let headerSize = 8;
    if (size === 1) {
      if (head.length < 16) return;
      size = Number(head.readBigUInt64BE(8));
      headerSize = 16;
    } else if (size === 0) size = to - at;
    // A size smaller than its header: readers stop here, and so does this.
    if (size < headerSize) return;
    const type = head.toString('latin1', 4, 8);
    const isUuid = type === 'uuid' && head.length >= headerSize + 16;
    const isXmp = type === 'XMP_' || (isUuid && head.subarray(headerSize, headerSize + 16).equals(XMP_UUID));
    yield { type, contents: at + headerSize + (isUuid ? 16 : 0), end: Math.min(at + size, to), isXmp };
    at += size;
  }
}

async function walk(window: HeaderWindow, read: ReadAt, from: number, to: number, budget: Budget, patches: Patch[]): Promise<void> {
  for await (const box of boxesIn(window, from, to, budget)) {
    if (box.isXmp && box.end > box.contents) {
      budget.hold(box.end - box.contents);
      const blanked = blankXmpGps(await read(box.contents, box.end - box.contents));
      if (blanked === undefined) continue;
      budget.patch(blanked.length);
      patches.push({ offset: box.contents, bytes: blanked });
    } else if (TOWARDS_XMP.has(box.type)) {
      budget.enter();
      await walk(window, read, box.contents, box.end, budget, patches);
      budget.leave();
    }
  }
}

/** Patches that blank the GPS in the file's XMP: its top-level XMP `uuid` boxes and `XMP_` atoms. */
export async function mp4XmpPatches(read: ReadAt, size: number, budget: Budget): Promise<Patch[]> {
  const patches: Patch[] = [];
  await walk(new HeaderWindow(read), read, 0, size, budget, patches);
  return patches;
}
