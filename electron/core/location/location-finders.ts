// Which parser finds the location in which format. The worker (location-worker.ts) runs them;
// the fuzz tests call them directly. Each reads through a ReadAt and charges a Budget.

import type { Budget } from './budget.ts';
import { jpegLocation, pngLocation, tiffLocation, webpLocation } from './image-location.ts';
import { mp4Location } from './mp4-location.ts';
import { mp4XmpPatches } from './mp4-xmp.ts';
import type { LocationFormat } from './location-formats.ts';
import type { Patch, ReadAt } from './patches.ts';

export type Finder = (read: ReadAt, size: number, budget: Budget) => Promise<Patch[]>;

/** Location atoms (mp4-location.ts), then the GPS in the video's XMP (mp4-xmp.ts). */
const mp4AndXmp: Finder = async (read, size, budget) => [...(await mp4Location(read, size, budget)), ...(await mp4XmpPatches(read, size, budget))];

// HEIC keeps EXIF as an item located through `iloc`: not handled yet, so it is sent as it is.
// One finder per format of location-formats.ts: the type fails to compile if either list lacks one.
export const FINDERS: Readonly<Record<LocationFormat, Finder>> = {
  jpg: jpegLocation, png: pngLocation, webp: webpLocation, tif: tiffLocation,
  mp4: mp4AndXmp, mov: mp4AndXmp, m4a: mp4AndXmp, '3gp': mp4AndXmp,
};
