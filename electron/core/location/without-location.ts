// "Location data stays home": before a photo or video is sent, its location (GPS in EXIF and
// XMP, location atoms in MP4/MOV) is removed in a temporary copy in the data folder, which is
// what gets sent and is deleted afterwards. A file without location data is sent itself, byte
// for byte. Nothing is re-encoded: the copy differs only in the bytes that held the location.

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openRegularFile, fileSystemError } from '../files/file-inspect.ts';
import { fingerprinter } from '../files/fingerprint.ts';
import { UploadError } from '../errors/upload-error.ts';
import type { BudgetLimits } from './budget.ts';
import { findLocation } from './location-check.ts';
import { mayHoldLocation } from './location-formats.ts';

/** The folder in the data folder where copies being sent are kept while they upload. */
export const OUTGOING_FOLDER = 'outgoing';

export interface FileToSend {
  /** The original, or the copy without location. */
  readonly path: string;
  /** Size and modification time of what is sent: what the upload checks before and after. */
  readonly stamp: { readonly size: number; readonly mtimeMs: number };
  readonly locationRemoved: boolean;
  /** With a copy: the original file's fingerprint, taken while it was copied. */
  readonly fingerprint?: string;
  /** Deletes the copy, if there is one; safe to call more than once. */
  discard(): Promise<void>;
}

export interface PrepareRequest {
  readonly path: string;
  readonly formatId: string;
  /** Size and mtime when queued: a file that changed since fails with FILE_CHANGED. */
  readonly stamp: { readonly size: number; readonly mtimeMs: number };
  readonly provider: string;
  /** The data folder; the copy goes in its OUTGOING_FOLDER. */
  readonly scratchDir: string;
  readonly signal?: AbortSignal | undefined;
  /** Lower caps for the check (tests reach them with small files); the defaults otherwise. */
  readonly limits?: Partial<BudgetLimits>;
}

// A copy outlives its upload only if the process ended mid-upload (a crash, a power cut). No
// upload runs for a day, and the app and several terminal runs may share the folder: only
// copies that old are swept, so a running upload's copy is never taken from under it.
const STALE_MS = 24 * 60 * 60 * 1000;

/** Removes copies left behind by uploads that never finished (called when the app or the CLI starts). */
export async function sweepOutgoing(scratchDir: string, now = Date.now()): Promise<void> {
  const outgoing = join(scratchDir, OUTGOING_FOLDER);
  const folders = await readdir(outgoing).catch(() => [] as string[]);
  for (const folder of folders) {
    const path = join(outgoing, folder);
    const info = await stat(path).catch(() => undefined);
    if (info !== undefined && now - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

const asIs = (path: string, stamp: FileToSend['stamp']): FileToSend => ({ path, stamp, locationRemoved: false, discard: async () => undefined });

/** The file to send for `req`: a copy without location data if the file has any, else the file itself. */
export async function withoutLocation(req: PrepareRequest): Promise<FileToSend> {
  if (!mayHoldLocation(req.formatId)) return asIs(req.path, req.stamp);
  const name = basename(req.path);
  const { handle, stats } = await openRegularFile(req.path, req.provider, name);
  try {
    const changed = (): UploadError => UploadError.of('FILE_CHANGED', req.provider, { file: name });
    if (stats.size !== req.stamp.size || stats.mtimeMs !== req.stamp.mtimeMs) throw changed();
    // Off main's thread, within the file's budget: UploadError (LOCATION_TOO_COMPLEX) past it.
    const patches = await findLocation(handle, { formatId: req.formatId, size: stats.size, provider: req.provider, file: name, signal: req.signal, ...(req.limits !== undefined && { limits: req.limits }) });
    if (patches.length === 0) return asIs(req.path, req.stamp);

    // Same name in a folder of its own: the provider sees the file's real name.
    const folder = join(req.scratchDir, OUTGOING_FOLDER, randomUUID());
    const discard = (): Promise<void> => rm(folder, { recursive: true, force: true });
    const copy = join(folder, name);
    try {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const source = handle.createReadStream({ start: 0, autoClose: false });
      const target = createWriteStream(copy, { mode: 0o600 });
      // The original's fingerprint, for the history, taken as it is copied: no second read.
      const hash = fingerprinter();
      const fingerprinted = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
        for await (const chunk of chunks) {
          hash.update(chunk);
          yield chunk;
        }
      };
      await (req.signal === undefined ? pipeline(source, fingerprinted, target) : pipeline(source, fingerprinted, target, { signal: req.signal }));
      const after = await handle.stat();
      if (after.size !== req.stamp.size || after.mtimeMs !== req.stamp.mtimeMs) throw changed();
      const out = await open(copy, 'r+');
      try {
        for (const patch of patches) await out.write(patch.bytes, 0, patch.bytes.length, patch.offset);
      } finally {
        await out.close();
      }
      const written = await stat(copy);
      return { path: copy, stamp: { size: written.size, mtimeMs: written.mtimeMs }, locationRemoved: true, fingerprint: hash.digest(), discard };
    } catch (error) {
      await discard();
      if (error instanceof UploadError) throw error;
      if (req.signal?.aborted) throw UploadError.of('CANCELLED', req.provider);
      throw fileSystemError(error, req.provider, name);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}
