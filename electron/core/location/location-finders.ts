// Which parser finds the location in which format. The worker (location-worker.ts) runs them;
// the fuzz tests call them directly. Each reads through a ReadAt and charges a Budget.

import type { Budget } from './budget.ts';
import { jpegLocation, pngLocation, tiffLocation, webpLocation } from './image-location.ts';
import { mp4Location } from './mp4-location.ts';
import type { Patch, ReadAt } from './patches.ts';

export type Finder = (read: ReadAt, size: number, budget: Budget) => Promise<Patch[]>;

// HEIC keeps EXIF as an item located through `iloc`: not handled yet, so it is sent as it is.
export const FINDERS: Readonly<Record<string, Finder>> = {
  jpg: jpegLocation, png: pngLocation, webp: webpLocation, tif: tiffLocation,
  mp4: mp4Location, mov: mp4Location, m4a: mp4Location, '3gp': mp4Location,
};
