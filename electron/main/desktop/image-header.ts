// An image's width and height from its header, read before anything decodes it: the decoder
// allocates width × height × 4 bytes whatever the file's size, so a 30 MB PNG that claims
// 30000 × 30000 pixels would ask for 3.6 GB. Only the few header bytes are read, through `read`,
// with a cap on the steps; a header this does not know, or cannot make sense of, gives undefined.
// Never throws on bytes it is given: test/main/desktop/thumbnails-header.test.ts fuzzes it.

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp';

export interface ImageHeader {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
}

/** Reads up to `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

// JPEG puts metadata segments (EXIF, XMP, ICC profiles, Photoshop's) before the frame header, each
// at most 64 KiB; cameras write a handful, an Adobe export a few dozen. A walk longer than this
// is a crafted file, not a photo.
const MAX_JPEG_STEPS = 1_000;

export async function readImageHeader(read: ReadAt, size: number): Promise<ImageHeader | undefined> {
  const head = await read(0, 32);
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png(head);
  if (startsWith(head, [0xff, 0xd8, 0xff])) return jpeg(read, size);
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return checked('gif', u16le(head, 6), u16le(head, 8));
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return webp(head);
  if (ascii(head, 0, 2) === 'BM') return bmp(head);
  return undefined;
}

/** PNG (ISO/IEC 15948 §5.2, §11.2.2): the signature, then IHDR first, 13 bytes, width and height big-endian, 1 to 2³¹−1. */
function png(head: Uint8Array): ImageHeader | undefined {
  if (head.length < 24 || u32be(head, 8) !== 13 || ascii(head, 12, 16) !== 'IHDR') return undefined;
  const width = u32be(head, 16);
  const height = u32be(head, 20);
  if (width > 0x7fff_ffff || height > 0x7fff_ffff) return undefined;
  return checked('png', width, height);
}

/**
 * JPEG (ITU-T T.81 B.1.1, B.2.2): marker segments FFxx with a big-endian length that counts
 * itself, up to a frame header SOFn (C0–C3, C5–C7, C9–CB, CD–CF) whose bytes 3–6 are the height
 * and width. Reached the image data (SOS) or the end first: not a header this can read. A height
 * of 0 (given later in a DNL segment, T.81 B.2.5) is refused too.
 */
async function jpeg(read: ReadAt, size: number): Promise<ImageHeader | undefined> {
  let at = 2;
  for (let step = 0; step < MAX_JPEG_STEPS && at + 4 <= size; step += 1) {
    const bytes = await read(at, 9);
    if (bytes.length < 4 || bytes[0] !== 0xff) return undefined;
    const marker = bytes[1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte before a marker (B.1.1.2)
    if (marker === 0xd8 || marker === 0xd9 || marker === 0xda || marker === 0x00) return undefined;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { at += 2; continue; } // no length
    const length = u16be(bytes, 2);
    if (length < 2) return undefined;
    if (isFrameHeader(marker)) return bytes.length < 9 || length < 8 ? undefined : checked('jpeg', u16be(bytes, 7), u16be(bytes, 5));
    at += 2 + length;
  }
  return undefined;
}

const isFrameHeader = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * WebP (RFC 9649 §2.5–2.7): after "RIFF" size "WEBP", one of three first chunks. Lossy "VP8 ":
 * the VP8 frame header's start code 9D 01 2A, then 14-bit width and height (RFC 6386 §9.1).
 * Lossless "VP8L": signature 0x2F, then width − 1 and height − 1 in 14 bits each. Extended
 * "VP8X": the canvas's width − 1 and height − 1 in 24 bits each.
 */
function webp(head: Uint8Array): ImageHeader | undefined {
  const chunk = ascii(head, 12, 16);
  if (chunk === 'VP8 ') {
    if (head.length < 30 || head[23] !== 0x9d || head[24] !== 0x01 || head[25] !== 0x2a) return undefined;
    return checked('webp', u16le(head, 26) & 0x3fff, u16le(head, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (head.length < 25 || head[20] !== 0x2f) return undefined;
    const bits = u32le(head, 21);
    return checked('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return head.length < 30 ? undefined : checked('webp', u24le(head, 24) + 1, u24le(head, 27) + 1);
  return undefined;
}

/**
 * BMP: "BM", a 14-byte file header, then the DIB header whose first 4 bytes give its size. The
 * 12-byte BITMAPCOREHEADER has 16-bit width and height; the larger ones (BITMAPINFOHEADER and
 * after) signed 32-bit, the height negative for rows stored top-down.
 */
function bmp(head: Uint8Array): ImageHeader | undefined {
  if (head.length < 26) return undefined;
  const dibSize = u32le(head, 14);
  if (dibSize === 12) return checked('bmp', u16le(head, 18), u16le(head, 20));
  if (dibSize < 16) return undefined;
  const width = i32le(head, 18);
  const height = i32le(head, 22);
  return width <= 0 ? undefined : checked('bmp', width, Math.abs(height));
}

function checked(format: ImageFormat, width: number, height: number): ImageHeader | undefined {
  return Number.isSafeInteger(width) && Number.isSafeInteger(height) && width > 0 && height > 0 ? { format, width, height } : undefined;
}

/**
 * How many scans (SOS segments) a whole JPEG file holds, counting no further than `limit` + 1.
 * A progressive JPEG is decoded once per scan over every block of the picture, so a small file
 * of thousands of near-empty scans costs minutes of decoding: libjpeg-turbo added a scan limit
 * for this (TJPARAM_SCANLIMIT in turbojpeg.h, after "Two Issues with the JPEG Standard",
 * libjpeg-turbo.org). Inside the entropy-coded data a 0xFF byte is always followed by 0x00 or a
 * restart marker (T.81 B.1.1.5, F.1.2.3), so markers are found without decoding anything.
 */
export function countJpegScans(bytes: Uint8Array, limit: number): number {
  let scans = 0;
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) {
      const next = bytes.indexOf(0xff, at + 1);
      if (next < 0) break;
      at = next;
      continue;
    }
    const marker = bytes[at + 1]!;
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0x00 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
    if (marker === 0xd9 || at + 4 > bytes.length) break;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2) break;
    if (marker === 0xda) {
      scans += 1;
      if (scans > limit) break;
    }
    at += 2 + length;
  }
  return scans;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  if (bytes.length < to) return '';
  return String.fromCharCode(...bytes.subarray(from, to));
}

// A byte past the end reads as 0, which every caller refuses as a width or height.
const byteAt = (bytes: Uint8Array, i: number): number => bytes[i] ?? 0;
const u16be = (b: Uint8Array, i: number): number => (byteAt(b, i) << 8) | byteAt(b, i + 1);
const u16le = (b: Uint8Array, i: number): number => byteAt(b, i) | (byteAt(b, i + 1) << 8);
const u24le = (b: Uint8Array, i: number): number => byteAt(b, i) | (byteAt(b, i + 1) << 8) | (byteAt(b, i + 2) << 16);
const u32be = (b: Uint8Array, i: number): number => ((byteAt(b, i) << 24) >>> 0) + (byteAt(b, i + 1) << 16) + (byteAt(b, i + 2) << 8) + byteAt(b, i + 3);
const u32le = (b: Uint8Array, i: number): number => u24le(b, i) + ((byteAt(b, i + 3) << 24) >>> 0);
const i32le = (b: Uint8Array, i: number): number => u24le(b, i) | (byteAt(b, i + 3) << 24);
