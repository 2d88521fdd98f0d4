// Where photos keep location: JPEG's APP1 segments (EXIF, XMP, extended XMP), PNG's eXIf and text
// chunks (XMP, compressed or not, and ImageMagick's raw profiles), WebP's EXIF and "XMP " chunks,
// and a TIFF file's own GPS IFD and XMP packet. Only the headers and these metadata blocks are
// read; the image data is never read or changed. Every segment and chunk is a step of the file's
// Budget, and every block read whole is charged to it (block-reader.ts).

import type { Budget } from './budget.ts';
import { ExtendedXmp } from './jpeg-extended-xmp.ts';
import { patched, type Patch, type ReadAt } from './patches.ts';
import { pngTextChunkPatches, TEXT_CHUNKS } from './png-text-chunks.ts';
import { tiffGpsPatches } from './tiff-gps.ts';
import { tiffXmpPatches } from './tiff-xmp.ts';
import { blankXmpGps } from './xmp-gps.ts';

const EXIF_ID = Buffer.from('Exif\0\0', 'latin1');
const XMP_ID = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');

/** Patches for a metadata block in memory at `offset`: an EXIF (TIFF) block or an XMP packet. */
async function blockPatches(kind: 'exif' | 'xmp', block: Buffer, offset: number, budget: Budget): Promise<Patch[]> {
  if (kind === 'xmp') {
    const blanked = blankXmpGps(block);
    if (blanked === undefined) return [];
    budget.patch(blanked.length);
    return [{ offset, bytes: blanked }];
  }
  // Some WebP writers keep JPEG's "Exif\0\0" before the TIFF header.
  const skip = block.subarray(0, 6).equals(EXIF_ID) ? 6 : 0;
  const tiff = block.subarray(skip);
  const read: ReadAt = async (at, length) => tiff.subarray(at - offset - skip, at - offset - skip + length);
  const found = await tiffGpsPatches(read, offset + skip, tiff.length, budget);
  // ExifTool reads an XMP packet in IFD0 (tag 700) of any EXIF block, not only of a TIFF file.
  return [...found, ...(await tiffXmpPatches(read, offset + skip, tiff.length, budget))];
}

/** JPEG (ITU T.81 B.1.1): segments FFxx with a 2-byte big-endian length, up to the image data (SOS). */
export async function jpegLocation(read: ReadAt, size: number, budget: Budget): Promise<Patch[]> {
  const patches: Patch[] = [];
  const extended = new ExtendedXmp(budget);
  let at = 2;
  while (at + 4 <= size) {
    budget.step();
    const head = await read(at, 4);
    if (head[0] !== 0xff) break;
    const marker = head[1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte
    if (marker === 0xda || marker === 0xd9) break; // image data or end
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { at += 2; continue; } // no length
    const length = head.readUInt16BE(2);
    if (length < 2) break;
    if (marker === 0xe1) {
      const body = await read(at + 4, length - 2);
      if (body.subarray(0, 6).equals(EXIF_ID)) patches.push(...(await blockPatches('exif', body.subarray(6), at + 4 + 6, budget)));
      else if (body.subarray(0, XMP_ID.length).equals(XMP_ID)) patches.push(...(await blockPatches('xmp', body.subarray(XMP_ID.length), at + 4 + XMP_ID.length, budget)));
      else extended.add(body, at);
    }
    at += 2 + length;
  }
  return [...patches, ...extended.patches()];
}

/** PNG (PNG 3rd ed. §5.3): chunks of length, type, data, CRC; a changed chunk gets its CRC again. */
export async function pngLocation(read: ReadAt, size: number, budget: Budget): Promise<Patch[]> {
  const patches: Patch[] = [];
  let at = 8;
  while (at + 12 <= size) {
    budget.step();
    const head = await read(at, 8);
    const length = head.readUInt32BE(0);
    const type = head.toString('latin1', 4, 8);
    if (type === 'IEND') break;
    // Compressed XMP, ImageMagick's raw profiles, XMP in tEXt: png-text-chunks.ts.
    const text = TEXT_CHUNKS.has(type) ? await pngTextChunkPatches(read, size, at, length, type, budget) : undefined;
    if (text !== undefined) {
      patches.push(...text);
      at += 12 + length;
      continue;
    }
    // An iTXt chunk is read whole only when its keyword says XMP: other text may be large.
    if (type === 'eXIf' || (type === 'iTXt' && isXmpKeyword(await read(at + 8, ITXT_XMP.length)))) {
      const data = await read(at + 8, length);
      const found = type === 'eXIf' ? await blockPatches('exif', data, at + 8, budget) : await itxtPatches(data, at + 8, budget);
      if (found.length > 0) {
        // zlib loads here, for the rare PNG that holds a location, not at every start.
        const { crc32 } = await import('node:zlib');
        const crc = Buffer.alloc(4);
        crc.writeUInt32BE(crc32(patched(data, at + 8, found), crc32(head.subarray(4, 8))));
        patches.push(...found);
        // A chunk cut short by the end of the file has no CRC to fix (and none is added).
        if (at + 12 + length <= size) patches.push({ offset: at + 8 + length, bytes: crc });
      }
    }
    at += 12 + length;
  }
  return patches;
}

const ITXT_XMP = 'XML:com.adobe.xmp\0';
const isXmpKeyword = (start: Buffer): boolean => start.toString('latin1') === ITXT_XMP;

/** An iTXt chunk holding uncompressed XMP: keyword "XML:com.adobe.xmp", NUL, flags, language, NUL, translated keyword, NUL, text. */
async function itxtPatches(data: Buffer, offset: number, budget: Budget): Promise<Patch[]> {
  if (data.toString('latin1', 0, ITXT_XMP.length) !== ITXT_XMP) return [];
  if (data[ITXT_XMP.length] !== 0) return []; // compressed: would need re-writing, left alone
  let at = ITXT_XMP.length + 2;
  for (let nul = 0; nul < 2; nul++) {
    at = data.indexOf(0, at);
    if (at < 0) return [];
    at += 1;
  }
  return blockPatches('xmp', data.subarray(at), offset + at, budget);
}

/** WebP (RIFF, Google's WebP container spec): chunks of FourCC, little-endian size, data padded to even. */
export async function webpLocation(read: ReadAt, size: number, budget: Budget): Promise<Patch[]> {
  const patches: Patch[] = [];
  let at = 12;
  while (at + 8 <= size) {
    budget.step();
    const head = await read(at, 8);
    const type = head.toString('latin1', 0, 4);
    const length = head.readUInt32LE(4);
    if (type === 'EXIF' || type === 'XMP ') {
      patches.push(...(await blockPatches(type === 'EXIF' ? 'exif' : 'xmp', await read(at + 8, length), at + 8, budget)));
    }
    at += 8 + length + (length % 2);
  }
  return patches;
}

/** A TIFF file is one TIFF structure: its GPS IFD, read where it points, however big the image. */
export async function tiffLocation(read: ReadAt, size: number, budget: Budget): Promise<Patch[]> {
  return [...(await tiffGpsPatches(read, 0, size, budget)), ...(await tiffXmpPatches(read, 0, size, budget))];
}
