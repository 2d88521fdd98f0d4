// PNG text chunks (PNG 3rd ed. §11.3.3: tEXt, zTXt, iTXt) that can carry a location beyond the
// uncompressed iTXt XMP that image-location.ts patches in place:
// - XMP ("XML:com.adobe.xmp") in a compressed iTXt or a zTXt, or in a tEXt;
// - ImageMagick's "Raw profile type exif", "…APP1" and "…xmp": the profile as hex digits,
//   usually compressed (zTXt), which ImageMagick and ExifTool read back as EXIF or XMP.
// Compressed text cannot be changed in place: a blanked packet compresses to another length,
// and every byte after it would move. So a compressed chunk that holds a location, or that
// cannot be read whole, is blanked: renamed to BLANKED_CHUNK, a private ancillary type every
// reader skips (§5.4), its data zeroed and its CRC written again. Its length stays, so nothing
// else in the file moves.

import { crc32 } from 'node:zlib';
import type { Budget } from './budget.ts';
import { zeros, type Patch, type ReadAt } from './patches.ts';
import { decodeRawProfile, inflateCapped, profileHasLocation, xmpMentionsGps } from './raw-profile.ts';
import { blankXmpGps } from './xmp-gps.ts';

/** Ancillary (z), private (e), reserved bit clear (R), safe to copy (o): no reader acts on it. */
export const BLANKED_CHUNK = 'zeRo';
export const TEXT_CHUNKS: ReadonlySet<string> = new Set(['tEXt', 'zTXt', 'iTXt']);

const XMP_KEYWORD = 'XML:com.adobe.xmp';
const RAW_PROFILE = /^raw profile type (exif|app1|xmp)$/i;
// A keyword is 1 to 79 Latin-1 characters and its NUL (§11.3.3.2).
const KEYWORD_SPACE = 80;

type Carrier = 'xmp' | 'raw-xmp' | 'raw-exif';

interface TextChunk {
  readonly compressed: boolean;
  /** The text, still compressed when `compressed`. */
  readonly text: Buffer;
  /** Where the text starts in the chunk's data. */
  readonly textAt: number;
}

/**
 * Patches for one text chunk whose header (length and type) is at `chunkAt`: [] when it carries
 * no location, undefined when it is not a carrier this file reads (another keyword, or the
 * uncompressed iTXt XMP that image-location.ts patches in place).
 */
export async function pngTextChunkPatches(read: ReadAt, fileSize: number, chunkAt: number, length: number, type: string, budget: Budget): Promise<Patch[] | undefined> {
  const start = await read(chunkAt + 8, Math.min(length, KEYWORD_SPACE));
  const nul = start.indexOf(0);
  if (nul < 1) return undefined;
  const carrier = carrierOf(start.toString('latin1', 0, nul));
  if (carrier === undefined) return undefined;
  if (type === 'iTXt' && carrier === 'xmp' && start[nul + 1] === 0) return undefined;

  // Cut short by the end of the file: no reader gets a whole chunk, but what is there is blanked
  // (no CRC: there is no room for one), never a byte written past the end.
  if (chunkAt + 12 + length > fileSize) return blankChunk(chunkAt, Math.max(0, fileSize - chunkAt - 8), budget, false);
  // Too big to hold is too big to be real metadata: blanked unread (the patch budget still counts it).
  if (length > budget.limits.valueBytes) return blankChunk(chunkAt, length, budget);
  budget.hold(length);
  const data = await read(chunkAt + 8, length);
  const chunk = textOf(type, data, nul);
  if (chunk === undefined) return blankChunk(chunkAt, length, budget);
  if (!chunk.compressed && carrier === 'xmp') return xmpInPlace(chunkAt, type, data, chunk, budget);

  const text = chunk.compressed ? await inflateCapped(chunk.text, budget) : chunk.text;
  if (text === undefined || (await holdsLocation(carrier, text, budget))) return blankChunk(chunkAt, length, budget);
  return [];
}

function carrierOf(keyword: string): Carrier | undefined {
  if (keyword === XMP_KEYWORD) return 'xmp';
  const raw = RAW_PROFILE.exec(keyword)?.[1]?.toLowerCase();
  if (raw === undefined) return undefined;
  return raw === 'xmp' ? 'raw-xmp' : 'raw-exif';
}

/** The text of a tEXt, zTXt or iTXt chunk's data whose keyword ends at `nul`, or undefined when damaged. */
function textOf(type: string, data: Buffer, nul: number): TextChunk | undefined {
  if (type === 'tEXt') return { compressed: false, text: data.subarray(nul + 1), textAt: nul + 1 };
  // zTXt: compression method (0, zlib), then the compressed text.
  if (type === 'zTXt') return data[nul + 1] === 0 ? { compressed: true, text: data.subarray(nul + 2), textAt: nul + 2 } : undefined;
  // iTXt: compression flag, method, language tag, NUL, translated keyword, NUL, text.
  const flag = data[nul + 1];
  if ((flag !== 0 && flag !== 1) || data[nul + 2] !== 0) return undefined;
  const language = data.indexOf(0, nul + 3);
  const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
  if (translated < 0) return undefined;
  return { compressed: flag === 1, text: data.subarray(translated + 1), textAt: translated + 1 };
}

async function holdsLocation(carrier: Carrier, text: Buffer, budget: Budget): Promise<boolean> {
  if (carrier === 'xmp') return xmpMentionsGps(text);
  const profile = decodeRawProfile(text, budget);
  // A profile whose header is not there cannot be told apart from one with a location.
  if (profile === undefined) return true;
  return carrier === 'raw-xmp' ? xmpMentionsGps(profile) : profileHasLocation(profile, budget);
}

/** An uncompressed XMP packet outside iTXt (a tEXt): its GPS blanked in place, the CRC written again. */
function xmpInPlace(chunkAt: number, type: string, data: Buffer, chunk: TextChunk, budget: Budget): Patch[] {
  const blanked = blankXmpGps(chunk.text);
  if (blanked === undefined) return [];
  const changed = Buffer.from(data);
  blanked.copy(changed, chunk.textAt);
  budget.patch(blanked.length);
  return [{ offset: chunkAt + 8 + chunk.textAt, bytes: blanked }, crcPatch(chunkAt, data.length, crc32(changed, crc32(Buffer.from(type, 'latin1'))))];
}

/** The chunk at `chunkAt` renamed to BLANKED_CHUNK, its `size` bytes of data zeroed, its CRC right. */
export function blankChunk(chunkAt: number, size: number, budget: Budget, withCrc = true): Patch[] {
  budget.patch(size);
  const type = Buffer.from(BLANKED_CHUNK, 'latin1');
  const data = zeros(chunkAt + 8, size);
  const renamed: Patch[] = [{ offset: chunkAt + 4, bytes: type }, data];
  return withCrc ? [...renamed, crcPatch(chunkAt, size, crc32(data.bytes, crc32(type)))] : renamed;
}

function crcPatch(chunkAt: number, size: number, crc: number): Patch {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(crc);
  return { offset: chunkAt + 8 + size, bytes };
}
