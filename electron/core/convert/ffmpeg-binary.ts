// Where the ffmpeg that ships with the app is: the per-platform binary of @ffmpeg-installer
// (a static build inside the npm package, so nothing downloads at install or run time).

import { access, constants } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { UploadError } from '../errors/upload-error.ts';

const ASAR = `${sep}app.asar${sep}`;
const UNPACKED = `${sep}app.asar.unpacked${sep}`;

/**
 * In a packaged app the package sits in app.asar, from which nothing can be executed:
 * electron-builder puts the binary beside it (package.json build.asarUnpack), under
 * app.asar.unpacked, at the same path.
 */
export function outsideAsar(path: string): string {
  return path.includes(ASAR) ? path.replace(ASAR, UNPACKED) : path;
}

// Why the converter cannot be used: each is a sentence of its own (shared/i18n/en/errors.ts CONVERT_FAILED_converter…).
const MISSING = 'is missing for this computer';
const NOT_RUNNABLE = 'cannot be run (it is not marked as a program)';

const notThere = (provider: string, why: string): UploadError =>
  UploadError.of('CONVERT_FAILED', provider, { variant: why === NOT_RUNNABLE ? 'converterNotRunnable' : 'converterMissing' });

let found: Promise<string> | undefined;

/** The binary's path, checked to be executable; an UploadError with a plain sentence if not. */
export async function ffmpegPath(provider: string): Promise<string> {
  found ??= locate();
  try {
    return await found;
  } catch (error) {
    found = undefined;
    throw notThere(provider, error instanceof Error ? error.message : 'is missing');
  }
}

async function locate(): Promise<string> {
  let path: string;
  try {
    // Loaded only when something is converted: the package throws (a string) when this
    // platform's binary is missing, which must not stop the app from starting.
    path = outsideAsar((createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path);
  } catch {
    throw new Error(MISSING);
  }
  try {
    // npm 11 skips the package's postinstall chmod; the tarball keeps the executable bit, but check.
    await access(path, constants.X_OK);
  } catch {
    throw new Error(NOT_RUNNABLE);
  }
  return path;
}
