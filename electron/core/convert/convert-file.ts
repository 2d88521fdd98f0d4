// "Convert what the provider refuses": makes a copy of the file in a format the provider takes,
// in the data folder beside the copies without location (location/without-location.ts), and
// hands it back to be sent and then deleted. The original is only read, never touched.

import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Conversion } from '../../../shared/conversions.ts';
import { fileStamp } from '../files/file-inspect.ts';
import { OUTGOING_FOLDER } from '../location/without-location.ts';
import { UploadError } from '../errors/upload-error.ts';
import { conversionRecipe } from './conversion-recipe.ts';
import { convertHeic } from './heic-image.ts';
import { ffmpegPath } from './ffmpeg-binary.ts';
import { ffmpegInput, readAsPictureSequence } from './ffmpeg-input.ts';
import { probeMedia } from './media-probe.ts';
import { framesUpToTwo, runFfmpeg } from './run-ffmpeg.ts';

export interface ConvertRequest {
  readonly path: string;
  readonly formatId: string;
  /** The format id to make (shared/conversions.ts conversionTarget). */
  readonly to: string;
  /** Size and mtime when queued: a file that changed since fails with FILE_CHANGED. */
  readonly stamp: { readonly size: number; readonly mtimeMs: number };
  /** The provider's display name, for sentences. */
  readonly provider: string;
  /** The data folder; the copy goes in its OUTGOING_FOLDER. */
  readonly scratchDir: string;
  /** Keep the file's metadata (location included); otherwise the copy carries none. */
  readonly keepLocation: boolean;
  readonly signal?: AbortSignal | undefined;
  /** How far the conversion is, 0 to 1. */
  onProgress?(fraction: number): void;
}

export interface ConvertedFile {
  readonly path: string;
  readonly stamp: { readonly size: number; readonly mtimeMs: number };
  readonly conversion: Conversion;
  /** The original carried location metadata, and the copy does not. */
  readonly locationRemoved: boolean;
  /** Deletes the copy; safe to call more than once. */
  discard(): Promise<void>;
}

// Formats that can hold an animation, of which a still target keeps only the first frame.
const ANIMATED = new Set(['gif', 'webp']);

/** The extension the copy gets, so the provider sees a name that matches its bytes. */
const EXTENSIONS: Readonly<Record<string, string>> = { jpg: '.jpg', png: '.png', mp3: '.mp3', mp4: '.mp4' };

export async function convertFile(req: ConvertRequest): Promise<ConvertedFile> {
  const name = basename(req.path);
  const failed = (detail?: string): UploadError => UploadError.of('CONVERT_FAILED', req.provider, { file: name, ...(detail !== undefined && detail !== '' && { detail: detail.slice(-300) }) });
  const cancelled = (): UploadError => UploadError.of('CANCELLED', req.provider);
  // A function, not a property read: the signal changes while this waits.
  const aborted = (): boolean => req.signal?.aborted === true;
  const unchanged = async (): Promise<void> => {
    const now = await fileStamp(req.path, req.provider);
    if (now.size !== req.stamp.size || now.mtimeMs !== req.stamp.mtimeMs) throw UploadError.of('FILE_CHANGED', req.provider, { file: name });
  };
  // A HEIC photo, which ffmpeg 4.1 cannot read, goes through heic-image.ts; everything else through ffmpeg.
  const write = req.formatId === 'heic' ? writePhoto : await ffmpegWriter(req.provider);
  await unchanged();

  const folder = join(req.scratchDir, OUTGOING_FOLDER, randomUUID());
  const discard = (): Promise<void> => rm(folder, { recursive: true, force: true });
  const output = join(folder, `${basename(req.path, extname(req.path))}${EXTENSIONS[req.to] ?? ''}`);
  try {
    const made = await write(req, output, folder, { failed, cancelled, aborted });
    if (aborted()) throw cancelled();
    req.onProgress?.(1);
    await unchanged();
    const written = await stat(output);
    if (written.size === 0) throw failed('The converter wrote nothing.');
    return { path: output, stamp: { size: written.size, mtimeMs: written.mtimeMs }, ...made, discard };
  } catch (error) {
    await discard();
    if (aborted()) throw cancelled();
    if (error instanceof UploadError) throw error;
    throw failed(error instanceof Error ? error.message : undefined);
  }
}

interface Outcomes {
  failed(detail?: string): UploadError;
  cancelled(): UploadError;
  aborted(): boolean;
}

/** Writes the converted copy at `output` (its folder not made yet), and says what was done. */
type CopyWriter = (req: ConvertRequest, output: string, folder: string, outcomes: Outcomes) => Promise<Pick<ConvertedFile, 'conversion' | 'locationRemoved'>>;

async function ffmpegWriter(provider: string): Promise<CopyWriter> {
  const ffmpeg = await ffmpegPath(provider);
  return async (req, output, folder, { failed, cancelled, aborted }) => {
    const input = ffmpegInput(req.path, req.formatId);
    const { probe, report } = await probeMedia(ffmpeg, input, req.signal);
    if (aborted()) throw cancelled();
    if (readAsPictureSequence(report, req.formatId)) throw failed('Its name reads as a numbered series of pictures to the converter. Rename the file without a % sign.');
    if (probe === undefined) throw failed(report.trim().split('\n').at(-1));
    const recipe = conversionRecipe({ to: req.to, probe, keepMetadata: req.keepLocation });
    if (recipe === undefined) throw failed(`Nothing in the file can become ${req.to}.`);
    const firstFrameOnly = ANIMATED.has(req.formatId) && !['mp4'].includes(req.to) && (await framesUpToTwo(ffmpeg, input, req.signal)) > 1;

    await mkdir(folder, { recursive: true, mode: 0o700 });
    const duration = probe.durationSeconds;
    const run = await runFfmpeg(ffmpeg, [...input, ...recipe.args, '-y', `file:${output}`], {
      signal: req.signal,
      onTime: (seconds) => {
        if (duration !== undefined && duration > 0) req.onProgress?.(Math.min(1, seconds / duration));
      },
    });
    if (aborted()) throw cancelled();
    if (run.code !== 0) throw failed(run.errorTail.split('\n').at(-1));
    const conversion: Conversion = { from: req.formatId, to: req.to, reencoded: recipe.reencoded, ...(firstFrameOnly && { firstFrameOnly: true }) };
    return { conversion, locationRemoved: probe.hasLocation && !req.keepLocation };
  };
}

const writePhoto: CopyWriter = async (req, output, folder, { failed }) => {
  if (req.to !== 'jpg' && req.to !== 'png') throw failed(`A photo cannot become ${req.to}.`);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await convertHeic(req.path, output, req.to, { provider: req.provider, file: basename(req.path), signal: req.signal });
  // The decoder keeps no metadata: a photo's location never reaches the copy.
  return { conversion: { from: 'heic', to: req.to, reencoded: 'video' }, locationRemoved: false };
};
