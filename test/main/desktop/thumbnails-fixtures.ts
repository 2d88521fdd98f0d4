// Image headers laid out byte by byte as their specifications say, for the thumbnail tests: a
// header can claim any size without the file holding the pixels, which is the attack itself.

import { crc32, deflateSync } from 'node:zlib';

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(Buffer.from(type, 'latin1'))));
  return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering, not interlaced
  return pngChunk('IHDR', data);
}

/** A PNG whose IHDR claims width × height, with no pixels at all behind it. */
export function pngHeader(width: number, height: number): Buffer {
  return Buffer.concat([PNG_SIGNATURE, ihdr(width, height), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A whole, valid PNG of transparent pixels (keep it small: the pixels are really there). */
export function pngFile(width: number, height: number): Buffer {
  const rows = Buffer.alloc((1 + width * 4) * height);
  return Buffer.concat([PNG_SIGNATURE, ihdr(width, height), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

// A scan header for one component, then entropy-coded bytes with a stuffed 0xFF and a restart marker.
const SCAN = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])), Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])]);

export interface JpegOptions {
  /** APP1 segments before the frame header. */
  readonly metadataSegments?: number;
  readonly segmentBytes?: number;
  /** 0xFF fill bytes before the frame header's marker (T.81 B.1.1.2). */
  readonly fillBytes?: number;
  /** The SOFn marker: 0xC0 baseline, 0xC2 progressive. */
  readonly frame?: number;
  readonly scans?: number;
  /** A scan before any frame header: not a JPEG a decoder can start. */
  readonly scanFirst?: boolean;
  /** An APP1 segment holding a small JPEG of its own, as EXIF thumbnails are kept. */
  readonly exifThumbnail?: boolean;
}

/** A JPEG's structure (markers, lengths, a frame header claiming width × height), not a picture. */
export function jpegFile(width: number, height: number, options: JpegOptions = {}): Buffer {
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  if (options.scanFirst === true) parts.push(SCAN);
  for (let i = 0; i < (options.metadataSegments ?? 0); i += 1) {
    parts.push(segment(0xe1, Buffer.alloc(options.segmentBytes ?? 100, 0xff)));
  }
  if (options.exifThumbnail === true) {
    const inner = Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xc0, frame(8, 8)), SCAN, Buffer.from([0xff, 0xd9])]);
    parts.push(segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), inner])));
  }
  parts.push(Buffer.alloc(options.fillBytes ?? 0, 0xff));
  parts.push(segment(options.frame ?? 0xc0, frame(width, height)));
  for (let i = 0; i < (options.scans ?? 1); i += 1) parts.push(SCAN);
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

function frame(width: number, height: number): Buffer {
  const data = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]); // 8-bit, one component
  data.writeUInt16BE(height, 1);
  data.writeUInt16BE(width, 3);
  return data;
}

export function gifHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(14);
  bytes.write('GIF89a', 0, 'latin1');
  bytes.writeUInt16LE(width, 6);
  bytes.writeUInt16LE(height, 8);
  bytes[13] = 0x3b; // trailer
  return bytes;
}

function riff(chunk: string, data: Buffer): Buffer {
  const head = Buffer.alloc(20);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(12 + data.length, 4);
  head.write('WEBP', 8, 'latin1');
  head.write(chunk, 12, 'latin1');
  head.writeUInt32LE(data.length, 16);
  return Buffer.concat([head, data]);
}

export function webpLossy(width: number, height: number): Buffer {
  const data = Buffer.alloc(10);
  data.set([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a], 0); // key frame tag, start code
  data.writeUInt16LE(width, 6);
  data.writeUInt16LE(height, 8);
  return riff('VP8 ', data);
}

export function webpLossless(width: number, height: number): Buffer {
  const data = Buffer.alloc(9);
  data[0] = 0x2f;
  data.writeUInt32LE(((width - 1) | ((height - 1) << 14)) >>> 0, 1);
  return riff('VP8L', data);
}

export function webpExtended(width: number, height: number): Buffer {
  const data = Buffer.alloc(10);
  data.writeUIntLE(width - 1, 4, 3);
  data.writeUIntLE(height - 1, 7, 3);
  return riff('VP8X', data);
}

/** A BMP header: BITMAPINFOHEADER (negative height: rows top-down) or the old 12-byte core header. */
export function bmpHeader(width: number, height: number, kind: 'info' | 'core' = 'info'): Buffer {
  const bytes = Buffer.alloc(kind === 'info' ? 54 : 26);
  bytes.write('BM', 0, 'latin1');
  bytes.writeUInt32LE(bytes.length, 2);
  bytes.writeUInt32LE(bytes.length, 10);
  if (kind === 'core') {
    bytes.writeUInt32LE(12, 14);
    bytes.writeUInt16LE(width, 18);
    bytes.writeUInt16LE(height, 20);
  } else {
    bytes.writeUInt32LE(40, 14);
    bytes.writeInt32LE(width, 18);
    bytes.writeInt32LE(height, 22);
  }
  bytes.writeUInt16LE(1, kind === 'info' ? 26 : 22);
  return bytes;
}
