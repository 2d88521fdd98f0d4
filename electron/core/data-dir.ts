// The folder where the app and the CLI keep their data (the upload history). It must be the
// folder Electron's app.getPath('userData') gives the app, so both see one history: Electron
// names that folder after the app's name (package.json "productName"), inside the per-user
// application-data folder of each operating system.

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
