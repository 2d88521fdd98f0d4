// The image header reader (electron/main/desktop/image-header.ts) that guards the Linux thumbnail decoder: each format's width and height
// from headers laid out as their specifications say, refusals of what is not a header, and a
// seeded fuzz run showing that random and cut-short bytes never throw, never read without end,
// and never give a size that is not a positive whole number.

import { describe, expect, it } from 'vitest';
import { countJpegScans, readImageHeader, type ReadAt } from '../../../electron/main/desktop/image-header.ts';
import { bmpHeader, gifHeader, jpegFile, pngHeader, webpLossless, webpLossy, webpExtended } from './thumbnails-fixtures.ts';

/** A reader over bytes in memory that counts its reads. */
function reader(bytes: Uint8Array): { read: ReadAt; reads: () => number } {
  let reads = 0;
  return {
    read: async (offset, length) => {
      reads += 1;
      return bytes.subarray(Math.max(0, offset), Math.max(0, offset + length));
    },
    reads: () => reads,
  };
}

const headerOf = (bytes: Uint8Array) => readImageHeader(reader(bytes).read, bytes.length);

describe('image headers', () => {
  it('reads each format\'s width and height', async () => {
    expect(await headerOf(pngHeader(4032, 3024))).toEqual({ format: 'png', width: 4032, height: 3024 });
    expect(await headerOf(jpegFile(8160, 6120))).toEqual({ format: 'jpeg', width: 8160, height: 6120 });
    expect(await headerOf(gifHeader(640, 480))).toEqual({ format: 'gif', width: 640, height: 480 });
    expect(await headerOf(webpLossy(1920, 1080))).toEqual({ format: 'webp', width: 1920, height: 1080 });
    expect(await headerOf(webpLossless(16383, 2))).toEqual({ format: 'webp', width: 16383, height: 2 });
    expect(await headerOf(webpExtended(16_777_216, 1))).toEqual({ format: 'webp', width: 16_777_216, height: 1 });
    expect(await headerOf(bmpHeader(800, -600))).toEqual({ format: 'bmp', width: 800, height: 600 });
    expect(await headerOf(bmpHeader(300, 200, 'core'))).toEqual({ format: 'bmp', width: 300, height: 200 });
  });

  it('finds a JPEG frame header behind its metadata, fill bytes and all, and beyond the first 64 KiB', async () => {
    const file = jpegFile(6000, 4000, { metadataSegments: 3, segmentBytes: 60_000, fillBytes: 3, frame: 0xc2 });
    const { read, reads } = reader(file);
    expect(await readImageHeader(read, file.length)).toEqual({ format: 'jpeg', width: 6000, height: 4000 });
    // One read for the signature and one per segment: the metadata itself is skipped, not read.
    expect(reads()).toBeLessThanOrEqual(1 + 3 + 3 + 2);
  });

  it('refuses what is not a readable header', async () => {
    const refused = [
      new Uint8Array(0),
      pngHeader(100, 100).subarray(0, 20), // cut inside IHDR
      pngHeader(0, 100),
      pngHeader(2 ** 31, 1), // over PNG's 2³¹ − 1
      jpegFile(0, 100), // width 0
      jpegFile(100, 0), // height given later in a DNL segment
      jpegFile(100, 100).subarray(0, 8), // cut inside the frame header
      jpegFile(100, 100, { scanFirst: true }), // image data before any frame header
      gifHeader(0, 10),
      webpLossy(10, 10).fill(0, 23, 26), // no VP8 start code
      webpLossy(10, 10).subarray(0, 28), // cut inside the sizes
      webpLossless(10, 10).subarray(0, 23),
      webpExtended(10, 10).subarray(0, 27),
      bmpHeader(-5, 10),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="40000"/>'),
      Buffer.from('II*\0 a TIFF file: not a format the decoder takes'),
    ];
    for (const bytes of refused) expect(await headerOf(bytes)).toBeUndefined();
  });

  it('counts a JPEG\'s scans without decoding, skipping metadata and entropy-coded bytes', () => {
    expect(countJpegScans(jpegFile(64, 64, { scans: 1 }), 100)).toBe(1);
    expect(countJpegScans(jpegFile(64, 64, { scans: 10, frame: 0xc2 }), 100)).toBe(10);
    // Counting stops one past the limit, however many the file holds.
    expect(countJpegScans(jpegFile(64, 64, { scans: 5_000, frame: 0xc2 }), 100)).toBe(101);
    // An embedded EXIF thumbnail's own scan is inside an APP1 segment: not counted.
    expect(countJpegScans(jpegFile(64, 64, { scans: 2, exifThumbnail: true }), 100)).toBe(2);
  });
});

// mulberry32: a small seeded generator, so a failure here is the same failure on every run.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('image headers, fuzzed', () => {
  const next = random(0x7417_2026);
  const int = (below: number): number => Math.floor(next() * below);
  const seeds = [
    pngHeader(4032, 3024), jpegFile(300, 200, { metadataSegments: 2, segmentBytes: 40, scans: 3 }), gifHeader(10, 10),
    webpLossy(64, 64), webpLossless(64, 64), webpExtended(64, 64), bmpHeader(64, 64), bmpHeader(64, 64, 'core'),
  ];

  /** A valid header cut short, bytes overwritten, bytes inserted, or random bytes behind a known signature. */
  function mutant(): Uint8Array {
    const seed = seeds[int(seeds.length)]!;
    const bytes = Buffer.from(seed.subarray(0, int(seed.length + 1)));
    const kind = int(4);
    if (kind === 0) return bytes;
    if (kind === 1) {
      for (let i = int(8); i >= 0 && bytes.length > 0; i -= 1) bytes[int(bytes.length)] = int(256);
      return bytes;
    }
    if (kind === 2) {
      const at = int(bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(Array.from({ length: int(40) }, () => (next() < 0.3 ? 0xff : int(256)))), bytes.subarray(at)]);
    }
    return Buffer.concat([bytes.subarray(0, int(4)), Buffer.from(Array.from({ length: int(300) }, () => (next() < 0.2 ? 0xff : int(256))))]);
  }

  it('never throws, never reads without end, and gives only positive whole sizes', async () => {
    let recognised = 0;
    for (let run = 0; run < 4_000; run += 1) {
      const bytes = mutant();
      const { read, reads } = reader(bytes);
      // A size larger than the bytes (the file shrank since it was measured) must not loop either.
      const size = next() < 0.2 ? bytes.length + int(1_000_000) : bytes.length;
      const header = await readImageHeader(read, size);
      expect(reads()).toBeLessThanOrEqual(1_001);
      if (header !== undefined) {
        recognised += 1;
        expect(Number.isSafeInteger(header.width) && header.width > 0).toBe(true);
        expect(Number.isSafeInteger(header.height) && header.height > 0).toBe(true);
      }
      const scans = countJpegScans(bytes, 20);
      expect(scans).toBeGreaterThanOrEqual(0);
      expect(scans).toBeLessThanOrEqual(21);
    }
    // The mutants reach the parsers' size-reading paths, not only their first refusal.
    expect(recognised).toBeGreaterThan(400);
    expect(recognised).toBeLessThan(3_600);
  });

  it('walks a worst-case JPEG (only segment headers and fill bytes) within its step cap', async () => {
    // 0xFF fill bytes and 4-byte empty segments for a megabyte: the walk stops at its cap.
    const body = Buffer.alloc(1_000_000, 0xff);
    for (let at = 0; at + 4 <= body.length; at += 8) body.set([0xff, 0xe0, 0x00, 0x02], at);
    const file = Buffer.concat([Buffer.from([0xff, 0xd8]), body]);
    const { read, reads } = reader(file);
    expect(await readImageHeader(read, file.length)).toBeUndefined();
    expect(reads()).toBeLessThanOrEqual(1_001);
    const started = performance.now();
    countJpegScans(file, 100);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
