// The new carriers' parsers read what a file claims, so each claim is bounded: a compressed
// chunk that inflates to gigabytes, a thousand of them, a chunk cut short by the end of the
// file, an extended XMP portion placed 4 GB away, a video of a million tiny boxes or of boxes
// nested a hundred deep. Each ends with the location gone or with TooComplex (the upload is
// refused with a sentence), never with memory or reads growing with the claim.

import { describe, expect, it } from 'vitest';
import { deflateSync, crc32 } from 'node:zlib';
import { Budget, TooComplex } from '../../../electron/core/location/budget.ts';
import { jpegLocation, pngLocation } from '../../../electron/core/location/image-location.ts';
import { mp4XmpPatches } from '../../../electron/core/location/mp4-xmp.ts';
import { bufferReader, patched, type ReadAt } from '../../../electron/core/location/patches.ts';
import { jpegWithExtendedPacket, locationVisibleIn, pngWithChunks, rawProfileText } from '../../fixtures/hidden-location-media.ts';
import { atom, pngChunk, tiffBlock, xmpPacket, XMP_LATITUDE } from '../../fixtures/located-media.ts';

const MIB = 1024 * 1024;
const XMP_UUID = Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex');
const compressedXmp = (text: Buffer): Buffer => pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\x01\x00\0\0', 'latin1'), deflateSync(text)]));
const chunkTypes = (png: Buffer): string[] => {
  const types: string[] = [];
  for (let at = 8; at + 12 <= png.length; at += 12 + png.readUInt32BE(at)) types.push(png.toString('latin1', at + 4, at + 8));
  return types;
};

async function removeFromPng(png: Buffer, budget = new Budget()): Promise<Buffer> {
  const patches = await pngLocation(bufferReader(png), png.length, budget);
  for (const p of patches) expect(p.offset + p.bytes.length).toBeLessThanOrEqual(png.length);
  return patched(png, 0, patches);
}

describe('compressed PNG text', () => {
  it('a chunk that inflates past the largest block allowed is blanked without being inflated whole', async () => {
    // 8 MiB of spaces, then GPS: 8 KiB compressed, past a 1 MiB cap.
    const bomb = Buffer.concat([Buffer.alloc(8 * MIB, 0x20), xmpPacket('located')]);
    const budget = new Budget({ valueBytes: MIB });
    const out = await removeFromPng(pngWithChunks(compressedXmp(bomb)), budget);
    expect(chunkTypes(out)).toEqual(['IHDR', 'zeRo', 'IDAT', 'IEND']);
    expect(budget.used.valueBytes).toBeLessThanOrEqual(MIB);
  });

  it('many chunks inflate to no more than four blocks in all: past that they are blanked unread', async () => {
    // No GPS in any: kept while the total allows, blanked after, as their content is unknown.
    const half = compressedXmp(Buffer.concat([xmpPacket('plain'), Buffer.alloc(MIB / 2, 0x20)]));
    const out = await removeFromPng(pngWithChunks(...Array<Buffer>(20).fill(half)), new Budget({ valueBytes: MIB }));
    // Seven of about half a block each fit in four blocks; the eighth would pass them.
    expect(chunkTypes(out).slice(1, -2)).toEqual([...Array(7).fill('iTXt'), ...Array(13).fill('zeRo')]);
  });

  it('a damaged stream, and a raw profile without its header, are blanked rather than sent unread', async () => {
    const damaged = pngChunk('zTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0', 'latin1'), deflateSync(xmpPacket('located')).subarray(0, 40)]));
    const headless = pngChunk('zTXt', Buffer.concat([Buffer.from('Raw profile type exif\0\0', 'latin1'), deflateSync(tiffBlock('located').toString('hex'))]));
    const out = await removeFromPng(pngWithChunks(damaged, headless));
    expect(chunkTypes(out)).toEqual(['IHDR', 'zeRo', 'zeRo', 'IDAT', 'IEND']);
  });

  it('a chunk cut short by the end of the file is blanked up to the end, and nothing is written past it', async () => {
    const whole = pngWithChunks(pngChunk('zTXt', Buffer.concat([Buffer.from('Raw profile type exif\0\0', 'latin1'), deflateSync(rawProfileText('exif', tiffBlock('located')))])));
    const cut = whole.subarray(0, 8 + 25 + 40);
    const out = await removeFromPng(cut);
    expect(out.length).toBe(cut.length);
    expect(out.toString('latin1', 8 + 25 + 4, 8 + 25 + 8)).toBe('zeRo');
    expect(out.subarray(8 + 25 + 8).equals(Buffer.alloc(32))).toBe(true);
  });

  it('XMP in a tEXt has its GPS blanked in place, the CRC right', async () => {
    const out = await removeFromPng(pngWithChunks(pngChunk('tEXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0', 'latin1'), xmpPacket('located')]))));
    expect(locationVisibleIn(out)).toBe(false);
    expect(out.includes('exif:DateTimeOriginal')).toBe(true);
    const at = 8 + 25;
    const length = out.readUInt32BE(at);
    expect(out.readUInt32BE(at + 8 + length)).toBe(crc32(out.subarray(at + 4, at + 8 + length)));
  });
});

describe('JPEG extended XMP', () => {
  it('a portion claiming an offset 4 GB into its packet is refused, nothing allocated for the claim', async () => {
    const jpeg = jpegWithExtendedPacket(xmpPacket('located'), [40]);
    // The second portion's offset (after the id, the GUID and the full length).
    const second = jpeg.lastIndexOf('http://ns.adobe.com/xmp/extension/');
    jpeg.writeUInt32BE(0xffffff00, second + 35 + 32 + 4);
    await expect(jpegLocation(bufferReader(jpeg), jpeg.length, new Budget())).rejects.toMatchObject({ name: 'TooComplex', limit: 'valueBytes' });
  });
});

describe('MP4 XMP', () => {
  function counted(bytes: Buffer): { read: ReadAt; reads: () => number } {
    let reads = 0;
    const inner = bufferReader(bytes);
    return { read: (offset, length) => { reads += 1; return inner(offset, length); }, reads: () => reads };
  }

  it('a file of 131,072 tiny boxes before its XMP is read through the window: a few dozen reads', async () => {
    const file = Buffer.concat([atom('ftyp', Buffer.from('isom', 'latin1')), ...Array<Buffer>(131_072).fill(atom('free')), atom('uuid', XMP_UUID, xmpPacket('located'))]);
    const { read, reads } = counted(file);
    const out = patched(file, 0, await mp4XmpPatches(read, file.length, new Budget()));
    expect(out.includes(XMP_LATITUDE)).toBe(false);
    expect(reads()).toBeLessThan(40);
  });

  it('more boxes than the budget\'s steps are refused with TooComplex', async () => {
    const file = Buffer.concat(Array<Buffer>(20_000).fill(atom('free')));
    await expect(mp4XmpPatches(bufferReader(file), file.length, new Budget({ steps: 10_000 }))).rejects.toBeInstanceOf(TooComplex);
  });

  it('`udta` boxes nested a hundred deep are refused at the budget\'s depth, not by a stack overflow', async () => {
    let nested = atom('XMP_', xmpPacket('located'));
    for (let i = 0; i < 100; i++) nested = atom('udta', nested);
    const file = atom('moov', nested);
    await expect(mp4XmpPatches(bufferReader(file), file.length, new Budget())).rejects.toMatchObject({ name: 'TooComplex', limit: 'depth' });
  });
});
