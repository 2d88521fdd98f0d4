// The formats whose location the remover knows how to find (location-finders.ts has a finder for
// each). Kept apart from the finders so the side that sends files asks "is there anything to
// check?" without loading a single parser: they run in the worker (location-worker.ts), and
// zlib, the XMP scanner and the rest stay out of a plain upload's start (test/cli/start-up-modules).

export const LOCATION_FORMATS = ['jpg', 'png', 'webp', 'tif', 'mp4', 'mov', 'm4a', '3gp'] as const;

export type LocationFormat = (typeof LOCATION_FORMATS)[number];

const KNOWN: ReadonlySet<string> = new Set(LOCATION_FORMATS);

export function mayHoldLocation(formatId: string): formatId is LocationFormat {
  return KNOWN.has(formatId);
}
