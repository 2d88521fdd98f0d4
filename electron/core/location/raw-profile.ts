// What a PNG text chunk holds once it is read: ImageMagick's "Raw profile type exif|APP1|xmp"
// (the profile as hex digits after a short header) and zlib-compressed text. Both come from the
// file, so both are bounded: the hex by the length it may decode to, the inflation by the
// budget's largest block and by a total per file, so a small chunk that inflates to gigabytes
// (a "zip bomb") or a thousand such chunks cost no more than a few real ones.

import { promisify } from 'node:util';
import { inflate } from 'node:zlib';
import type { Budget } from './budget.ts';
import { bufferReader } from './patches.ts';
import { tiffGpsPatches } from './tiff-gps.ts';
import { tiffXmpPatches } from './tiff-xmp.ts';

const inflateAsync = promisify(inflate);

const EXIF_ID = Buffer.from('Exif\0\0', 'latin1');
const XMP_ID = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');
// A real PNG holds one or two compressed text chunks of kilobytes; four times the largest block
// allowed leaves room for any of them and stops a file of many large ones early.
const INFLATED_PER_FILE = 4;
const inflatedSoFar = new WeakMap<Budget, number>();

/**
 * The text inside zlib-compressed `data`, or undefined when it cannot be read whole: damaged, cut
 * short, larger than the budget's largest block, or past the file's total. Runs on zlib's threads.
 */
export async function inflateCapped(data: Buffer, budget: Budget): Promise<Buffer | undefined> {
  const cap = budget.limits.valueBytes;
  const spent = inflatedSoFar.get(budget) ?? 0;
  if (spent >= cap * INFLATED_PER_FILE) return undefined;
  budget.step();
  try {
    const text = await inflateAsync(data, { maxOutputLength: Math.min(cap, cap * INFLATED_PER_FILE - spent) });
    inflatedSoFar.set(budget, spent + text.length);
    return text;
  } catch {
    // Not knowing what a reader would find is treated like finding a location.
    inflatedSoFar.set(budget, spent + cap);
    return undefined;
  }
}

/**
 * The bytes of an ImageMagick raw profile ("\n<name>\n<spaces><length>\n<hex, 72 digits a line>\n"),
 * or undefined when its header is not there. Like ImageMagick's own reader, anything that is not a
 * hex digit between the digits is skipped; it stops at `length` bytes or the end of the text.
 */
export function decodeRawProfile(text: Buffer, budget: Budget): Buffer | undefined {
  const header = /^\n?[^\n]*\n\s*(\d{1,10})\s*\n/.exec(text.toString('latin1', 0, 64));
  if (header === null) return undefined;
  const length = Math.min(Number(header[1]), Math.floor((text.length - header[0].length) / 2));
  budget.hold(length);
  const out = Buffer.alloc(length);
  let written = 0;
  let high = -1;
  for (let at = header[0].length; at < text.length && written < length; at++) {
    const digit = hexValue(text[at]!);
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out[written++] = high * 16 + digit;
      high = -1;
    }
  }
  return out.subarray(0, written);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * Whether XMP text names a GPS property (exif:GPSLatitude, Iptc4xmpExt:GPS…, drone-dji:GpsLatitude):
 * a plain search, linear in the text, that errs on the side of finding one.
 */
export function xmpMentionsGps(xmp: Buffer): boolean {
  return /:gps/i.test(xmp.toString('latin1'));
}

/** Whether an EXIF block (with or without JPEG's "Exif\0\0" first) or an APP1 XMP packet holds a location. */
export async function profileHasLocation(profile: Buffer, budget: Budget): Promise<boolean> {
  if (profile.subarray(0, XMP_ID.length).equals(XMP_ID)) return xmpMentionsGps(profile.subarray(XMP_ID.length));
  const tiff = profile.subarray(0, EXIF_ID.length).equals(EXIF_ID) ? profile.subarray(EXIF_ID.length) : profile;
  const read = bufferReader(tiff);
  if ((await tiffGpsPatches(read, 0, tiff.length, budget)).length > 0) return true;
  return (await tiffXmpPatches(read, 0, tiff.length, budget)).length > 0;
}
