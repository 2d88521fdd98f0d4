// The folder where the app and the CLI keep their data (the upload history). It must be the
// folder Electron's app.getPath('userData') gives the app, so both see one history: Electron
// names that folder after the app's name (package.json "productName"), inside the per-user
// application-data folder of each operating system.

import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

/** The app's name as Electron sees it (package.json "productName"), and so its data folder's name. */
export const APP_DATA_FOLDER_NAME = 'Media Uploader';

/** Points the app and the CLI at another data folder (tests, portable use). */
export const DATA_DIR_ENV = 'MEDIA_UPLOADER_DATA_DIR';

export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env[DATA_DIR_ENV];
  if (override !== undefined && override.trim() !== '') return path.resolve(override);
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataRoot(env, platform), APP_DATA_FOLDER_NAME);
}

/** Electron's 'appData' path: the folder that holds every app's userData folder. */
function appDataRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') {
    const home = env.USERPROFILE ?? homedir();
    return nonEmpty(env.APPDATA) ?? path.win32.join(home, 'AppData', 'Roaming');
  }
  const home = nonEmpty(env.HOME) ?? homedir();
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  // Electron follows the XDG spec on Linux and the BSDs, where a relative value is to be ignored.
  const xdg = nonEmpty(env.XDG_CONFIG_HOME);
  return xdg !== undefined && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The folder's mode; its files are 0600 (created so by LineAppender and replaceFile). */
export const PRIVATE_FOLDER = 0o700;

/**
 * Creates the data folder if needed and makes it private: the folder 0700 and the files in it
 * 0600, also when they were made before with looser modes (an older version wrote settings
 * 0644). Only group and others lose bits, never the owner (a folder MEDIA_UPLOADER_DATA_DIR
 * points at may hold the person's own files too). Windows
 * has no mode bits to speak of; the user's own application-data folder is private there.
 */
export async function makeDataDirPrivate(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_FOLDER });
  if (process.platform === 'win32') return;
  await onlyForOwner(dir);
  // Only files directly inside, and not through links: the folder's own mode guards the rest.
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile()) await onlyForOwner(path.join(dir, entry.name)).catch(() => undefined);
  }
}

async function onlyForOwner(target: string): Promise<void> {
  const { mode } = await stat(target);
  if ((mode & 0o077) !== 0) await chmod(target, mode & 0o700);
}
