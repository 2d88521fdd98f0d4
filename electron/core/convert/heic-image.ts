// HEIC/HEIF photos (what iPhones take) to JPEG or PNG. No provider takes HEIC, and the shipped
// ffmpeg (4.1) cannot decode it, so this uses heic-convert: libheif compiled to WebAssembly,
// nothing native, nothing downloaded. Main opens the file the engine's one way (O_NONBLOCK,
// file-inspect.ts), reads the size the photo claims from its header and refuses one larger than
// a camera takes, then hands the open file to a worker thread (heic-worker.ts) with capped
// memory, which decodes and encodes it: main's event loop (the window, the tray, the other
// uploads) never waits on it. The copy carries no metadata at all, so no location either.

import { writeFile } from 'node:fs/promises';
import type { ResourceLimits } from 'node:worker_threads';
import { openRegularFile } from '../files/file-inspect.ts';
import { UploadError } from '../errors/upload-error.ts';
import type { ErrorValues } from '../../../shared/error-codes.ts';
import { readHeicClaim } from './heic-header.ts';
import type { HeicAnswer, HeicRequest } from './heic-messages.ts';

// In the sources the entry sits beside this file; the CLI bundle and the app's main build emit it
// as a file of its own and rewrite this URL to point at it (electron/launch/worker-entry-plugin.ts).
const WORKER_ENTRY = new URL('./heic-worker.ts', import.meta.url);

// The largest photo converted: 50 megapixels takes every iPhone's 48 MP photo (8064 × 6048)
// and any phone's or camera's HEIC below it. Decoding costs ~16 bytes a pixel at its peak
// (libheif's planes, the RGBA copy, the encoder's), so 50 MP is ~800 MB for a few seconds.
export const MAX_PHOTO_PIXELS = 50_000_000;
// Every image item of the file together: the photo, its grid's tiles (as many pixels again) and
// a thumbnail. More than that is a file built to make the decoder work, not a photo.
const MAX_TOTAL_PIXELS = 2.5 * MAX_PHOTO_PIXELS;
// A 48 MP HEIC is 10 to 25 MB; the whole file is read into the worker's memory.
const MAX_FILE_BYTES = 256 * 1024 * 1024;

// The decoder's pixels live in WebAssembly memory and ArrayBuffers, outside the JavaScript heap
// these limits cap; the heap holds the encoder's working state. 256 MB is several times what a
// 50 MP photo needs there, and stops a runaway long before it hurts the app.
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
// A 48 MP photo takes about 10 s on a slow machine: this backstop is for what no cap foresaw.
const DEADLINE_MS = 120_000;

export interface HeicOptions {
  readonly provider: string;
  /** The file's name, for sentences. */
  readonly file: string;
  readonly signal?: AbortSignal | undefined;
}

/** Writes `input` (HEIC) to `output` as JPEG or PNG. An UploadError with a sentence if it cannot. */
export async function convertHeic(input: string, output: string, to: 'jpg' | 'png', options: HeicOptions): Promise<void> {
  const { provider, file } = options;
  const failed = (detail: string): UploadError => UploadError.of('CONVERT_FAILED', provider, { file, detail });
  // What was too large, as numbers: the sentence says them in the reader's language (shared/error-codes.ts).
  const tooLarge = (what: Pick<ErrorValues, 'photo' | 'size' | 'width' | 'height' | 'pixels'>): UploadError =>
    UploadError.of('PHOTO_TOO_LARGE', provider, { file, ...what, limitPixels: MAX_PHOTO_PIXELS });
  const { handle, stats } = await openRegularFile(input, provider, file);
  try {
    if (stats.size > MAX_FILE_BYTES) throw tooLarge({ photo: 'file', size: stats.size });
    const claim = await readHeicClaim(handle, stats.size);
    if ('problem' in claim) throw failed(claim.problem);
    if (claim.largestPixels > MAX_PHOTO_PIXELS) throw tooLarge({ photo: 'pixels', width: claim.largestWidth, height: claim.largestHeight, pixels: claim.largestPixels });
    if (claim.totalPixels > MAX_TOTAL_PIXELS) throw tooLarge({ photo: 'total', pixels: claim.totalPixels });
    const answer = await inWorker({ fd: handle.fd, size: stats.size, to }, options);
    if (answer.kind === 'failed') throw failed(answer.reason);
    options.signal?.throwIfAborted();
    await writeFile(output, answer.bytes, { mode: 0o600, ...(options.signal !== undefined && { signal: options.signal }) });
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function inWorker(request: HeicRequest, options: HeicOptions): Promise<HeicAnswer> {
  const { Worker } = await import('node:worker_threads');
  const stopped = (reason: string): UploadError => UploadError.of('CONVERT_FAILED', options.provider, { file: options.file, detail: reason });
  // Its own environment: the worker's process.env is a copy, and nothing in it needs a key.
  const worker = new Worker(WORKER_ENTRY, { workerData: request, resourceLimits: RESOURCE_LIMITS, env: {}, stdout: true, stderr: true });
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await new Promise<HeicAnswer>((resolve, reject) => {
      worker.once('message', resolve);
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or anything thrown outside the conversion.
      worker.once('error', (error) => reject(stopped(`The converter stopped: ${error.message}`)));
      worker.once('exit', (code) => reject(stopped(`The converter ended early (${code}).`)));
      timer = setTimeout(() => reject(stopped(`The converter took longer than ${DEADLINE_MS / 1000} s.`)), DEADLINE_MS);
      onAbort = () => reject(UploadError.of('CANCELLED', options.provider));
      if (options.signal?.aborted === true) onAbort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
    });
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) options.signal?.removeEventListener('abort', onAbort);
    // Answered or abandoned: stopped before main closes the descriptor it lent.
    await worker.terminate();
  }
}
