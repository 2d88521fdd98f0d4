// The one place the converter meets the upload: where the person asked for a conversion and the
// provider refuses the file's format, a converted copy is made (convert-file.ts), sent like any
// file (its location removed too, unless kept), and deleted whatever happened. The converter
// (ffmpeg, child processes, the HEIC decoder) loads only when a file is converted: an upload that
// converts nothing, which is most, does not pay for it at start.

import { tmpdir } from 'node:os';
import { conversionTarget, type Conversion } from '../../../shared/conversions.ts';
import { inspectFile } from '../files/file-inspect.ts';
import { uploadWithoutLocation, type LocationChoice } from '../location/upload-without-location.ts';
import { adapterOf } from '../providers/index.ts';
import type { UploadOutcome, UploadRequest } from '../sending/upload-file.ts';
import { UploadError } from '../errors/upload-error.ts';

export interface SendChoice extends LocationChoice {
  /** Convert the file where the provider refuses its format ("Convert and upload", --convert). */
  readonly convert: boolean;
  /** How far the conversion is (0 to 1), and into which format id. */
  onConverting?(fraction: number, to: string): void;
}

export type SendOutcome = UploadOutcome & { readonly locationRemoved?: true; readonly converted?: Conversion };

/** Uploads `req`'s file as it is, without location, or converted first: says which in the outcome. */
export async function uploadConverted(choice: SendChoice, req: UploadRequest): Promise<SendOutcome> {
  if (!choice.convert) return uploadWithoutLocation(choice, req);
  const info = adapterOf(req.provider).info;
  const expected = req.expected?.formatId === undefined ? await inspectFile(req.path, info.name) : req.expected;
  const to = conversionTarget(info, expected.formatId);
  // The provider takes the file (or nothing would): it goes as it is, refused with its own sentence if need be.
  if (to === undefined || expected.formatId === undefined) return uploadWithoutLocation(choice, req);
  // Nothing is converted for an upload that cannot start.
  if (req.key === undefined || req.key.trim() === '') throw UploadError.of('KEY_MISSING', info.name);
  const { convertFile } = await import('./convert-file.ts');
  const made = await convertFile({
    path: req.path, formatId: expected.formatId, to, stamp: { size: expected.size, mtimeMs: expected.mtimeMs },
    provider: info.name, scratchDir: choice.scratchDir ?? tmpdir(), keepLocation: choice.keepLocation, signal: req.signal,
    onProgress: (fraction) => choice.onConverting?.(fraction, to),
  });
  try {
    const { fingerprint: _copy, ...outcome } = await uploadWithoutLocation(choice, { ...req, path: made.path, expected: { ...made.stamp, formatId: to } });
    // The copy's fingerprint is not the original's, which is what a person adds again: none is kept.
    return { ...outcome, converted: made.conversion, ...((made.locationRemoved || outcome.locationRemoved === true) && { locationRemoved: true }) };
  } finally {
    await made.discard().catch(() => undefined);
  }
}
