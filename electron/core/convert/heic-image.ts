// HEIC/HEIF photos (what iPhones take) to JPEG or PNG. No provider takes HEIC, and the shipped
// ffmpeg (4.1) cannot decode it, so this uses heic-convert: libheif compiled to WebAssembly,
// nothing native, nothing downloaded. The photo is decoded whole (a 12 MP photo is about 48 MB
// of pixels for a moment); the copy carries no metadata at all, so no location either.

import { readFile, writeFile } from 'node:fs/promises';

// A JPEG quality no one tells from the original photo at its own size.
const JPEG_QUALITY = 0.92;

/** Writes `input` (HEIC) to `output` as JPEG or PNG. Throws with the decoder's words if it cannot. */
export async function convertHeic(input: string, output: string, to: 'jpg' | 'png', signal?: AbortSignal): Promise<void> {
  // Loaded here, not at import: the decoder's WebAssembly took ~25 ms of every start-up.
  const { default: convert } = await import('heic-convert');
  const buffer = await readFile(input, { signal });
  const image = await convert({ buffer, format: to === 'jpg' ? 'JPEG' : 'PNG', quality: JPEG_QUALITY });
  signal?.throwIfAborted();
  await writeFile(output, new Uint8Array(image), { mode: 0o600, signal });
}
