// How many pixels a HEIC photo says it holds, read from its header before anything is decoded:
// each image item's size is an `ispe` property (ISO/IEC 23008-12 §6.5.3) in meta → iprp → ipco,
// tied to items by ipma. A photo's pixels cost about 4 bytes each while decoding (and more to
// encode), so a file claiming a size larger than any camera takes is refused unread.
// The reads are bounded: at most MAX_TOP_BOXES headers, one `meta` of at most MAX_META_BYTES,
// and one pass over it, whatever the file says.

import type { FileHandle } from 'node:fs/promises';

export interface HeicClaim {
  /** The largest image the file says it holds (the photo itself, or a grid of its tiles). */
  readonly largestPixels: number;
  readonly largestWidth: number;
  readonly largestHeight: number;
  /** Every image item's pixels added up (a grid, its tiles, a thumbnail). */
  readonly totalPixels: number;
}

// A HEIC starts with ftyp then meta; a few boxes more leave room for a writer's own.
const MAX_TOP_BOXES = 16;
// An iPhone photo's meta is 1 to 60 KB (hundreds of tiles' items, its Exif's location); 4 MiB
// leaves room for any camera and bounds what is read before the decoder is ever started.
const MAX_META_BYTES = 4 * 1024 * 1024;

/** What the header claims, or a reason it cannot be read (not a HEIC as the converter reads them). */
export async function readHeicClaim(handle: FileHandle, size: number): Promise<HeicClaim | { problem: string }> {
  const head = Buffer.alloc(16);
  let position = 0;
  for (let boxes = 0; boxes < MAX_TOP_BOXES && position + 8 <= size; boxes++) {
    const { bytesRead } = await handle.read(head, 0, 16, position);
    if (bytesRead < 8) break;
    const box = boxAt(head, 0, Math.min(bytesRead, size - position), size - position);
    if (box === undefined) return { problem: 'Its header is damaged.' };
    if (box.type === 'meta') {
      const length = box.end - box.start;
      if (length > MAX_META_BYTES) return { problem: 'Its header is larger than a photo’s.' };
      const meta = Buffer.alloc(length);
      const read = await handle.read(meta, 0, length, position + box.start);
      if (read.bytesRead < length) return { problem: 'Its header is cut short.' };
      return claimOf(meta);
    }
    position += box.end;
  }
  return { problem: 'It has no header describing a photo.' };
}

interface Box {
  readonly type: string;
  /** Offsets in the buffer the box was read from: where its content starts and where it ends. */
  readonly start: number;
  readonly end: number;
}

/** The box at `at` in `buffer` (of which `available` bytes were read); `room`: bytes until its parent ends. */
function boxAt(buffer: Buffer, at: number, available: number, room: number): Box | undefined {
  if (available < 8) return undefined;
  let size = buffer.readUInt32BE(at);
  const type = buffer.toString('latin1', at + 4, at + 8);
  let start = at + 8;
  if (size === 1) {
    if (available < 16) return undefined;
    const large = buffer.readBigUInt64BE(at + 8);
    if (large > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
    size = Number(large);
    start = at + 16;
  } else if (size === 0) {
    size = room;
  }
  if (size < start - at || size > room) return undefined;
  return { type, start, end: at + size };
}

/** The boxes directly inside [start, end) of `buffer`; undefined if one overruns its parent. */
function children(buffer: Buffer, start: number, end: number): Box[] | undefined {
  const found: Box[] = [];
  for (let at = start; at < end; ) {
    const box = boxAt(buffer, at, end - at, end - at);
    if (box === undefined) return undefined;
    found.push(box);
    at = box.end;
  }
  return found;
}

function claimOf(meta: Buffer): HeicClaim | { problem: string } {
  const damaged = { problem: 'Its header is damaged.' };
  // meta is a FullBox: version and flags come first.
  const inMeta = children(meta, 4, meta.length);
  const iprp = inMeta?.find((b) => b.type === 'iprp');
  if (inMeta === undefined || iprp === undefined) return damaged;
  const inIprp = children(meta, iprp.start, iprp.end);
  const ipco = inIprp?.find((b) => b.type === 'ipco');
  if (inIprp === undefined || ipco === undefined) return damaged;
  const properties = children(meta, ipco.start, ipco.end);
  if (properties === undefined) return damaged;
  // Pixels of each property (1-based, as ipma numbers them); 0 for what is not a size.
  const pixels: number[] = [0];
  let largest = { pixels: 0, width: 0, height: 0 };
  for (const p of properties) {
    if (p.type !== 'ispe') {
      pixels.push(0);
      continue;
    }
    if (p.end - p.start < 12) return damaged;
    const width = meta.readUInt32BE(p.start + 4);
    const height = meta.readUInt32BE(p.start + 8);
    pixels.push(width * height);
    if (width * height > largest.pixels) largest = { pixels: width * height, width, height };
  }
  if (largest.pixels === 0) return { problem: 'Its header gives no size.' };
  const ipma = inIprp.find((b) => b.type === 'ipma');
  const total = ipma === undefined ? pixels.reduce((a, b) => a + b, 0) : associatedPixels(meta, ipma, pixels);
  if (total === undefined) return damaged;
  return { largestPixels: largest.pixels, largestWidth: largest.width, largestHeight: largest.height, totalPixels: total };
}

/** The pixels of every item's size property, as ipma ties properties to items; undefined if it overruns. */
function associatedPixels(meta: Buffer, ipma: Box, pixels: readonly number[]): number | undefined {
  if (ipma.end - ipma.start < 8) return undefined;
  const version = meta.readUInt8(ipma.start);
  const wideIndex = (meta.readUInt32BE(ipma.start) & 1) === 1;
  const entries = meta.readUInt32BE(ipma.start + 4);
  let at = ipma.start + 8;
  let total = 0;
  // Each entry takes at least 3 bytes, so the loop ends with the box whatever `entries` says.
  for (let e = 0; e < entries; e++) {
    const idBytes = version < 1 ? 2 : 4;
    if (at + idBytes + 1 > ipma.end) return undefined;
    at += idBytes;
    const count = meta.readUInt8(at);
    at += 1;
    const each = wideIndex ? 2 : 1;
    if (at + count * each > ipma.end) return undefined;
    for (let a = 0; a < count; a++, at += each) {
      const index = wideIndex ? meta.readUInt16BE(at) & 0x7fff : meta.readUInt8(at) & 0x7f;
      total += pixels[index] ?? 0;
    }
  }
  return total;
}
