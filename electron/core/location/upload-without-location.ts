// The one place the location remover meets the upload: the file to send is prepared first
// (without-location.ts), uploaded, and its copy deleted whatever happened.

import { tmpdir } from 'node:os';
import { adapterOf } from '../providers/index.ts';
import { inspectFile } from '../files/file-inspect.ts';
import { uploadFile, type UploadOutcome, type UploadRequest } from '../sending/upload-file.ts';
import { withoutLocation } from './without-location.ts';

export interface LocationChoice {
  /** True: send files as they are, location included (Settings, or the CLI's --keep-location). */
  readonly keepLocation: boolean;
  /** The data folder, where copies wait while they upload; the system's temporary folder if absent. */
  readonly scratchDir?: string | undefined;
}

/** Uploads `req`'s file, or a copy of it without location data; says which in `locationRemoved`. */
export async function uploadWithoutLocation(choice: LocationChoice, req: UploadRequest): Promise<UploadOutcome & { locationRemoved?: true }> {
  if (choice.keepLocation) return uploadFile(req);
  const provider = adapterOf(req.provider).info.name;
  const expected = req.expected ?? (await inspectFile(req.path, provider));
  const formatId = expected.formatId ?? (await inspectFile(req.path, provider)).formatId;
  // Not a format the engine knows: uploadFile refuses it with its own sentence.
  if (formatId === undefined) return uploadFile(req);
  const sent = await withoutLocation({
    path: req.path, formatId, stamp: { size: expected.size, mtimeMs: expected.mtimeMs },
    provider, scratchDir: choice.scratchDir ?? tmpdir(), signal: req.signal,
  });
  if (!sent.locationRemoved) return uploadFile(req);
  try {
    const outcome = await uploadFile({ ...req, path: sent.path, expected: { ...sent.stamp, formatId } });
    // The history keeps the original's fingerprint: that is the file a person adds again.
    return { ...outcome, locationRemoved: true, ...(sent.fingerprint !== undefined && { fingerprint: sent.fingerprint }) };
  } finally {
    await sent.discard().catch(() => undefined);
  }
}
