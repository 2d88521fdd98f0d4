// electron-updater's AppUpdater (AppImageUpdater, NsisUpdater, MacUpdater, DebUpdater…) seen
// through the narrow port the update machine uses. electron-updater does the work that matters
// for safety, and this keeps its defaults for it:
// - It reads the feed (latest.yml, latest-linux.yml, latest-mac.yml from the generic provider's
//   address in app-update.yml), compares versions with semver and offers only a newer one
//   (allowDowngrade stays false: an older or equal version on the server is ignored).
// - It downloads to a temporary file, hashes it as it arrives (builder-util-runtime's
//   DigestTransform), and renames it into the cache only when the SHA-512 matches the feed's
//   (base64, as electron-builder writes it); otherwise it deletes the file and fails with
//   ERR_CHECKSUM_MISMATCH, and no install is ever armed (BaseUpdater arms the quit-time install
//   only after a verified download). Where a blockmap allows, it downloads only the changed
//   blocks and verifies the whole file the same way.
// - On Windows, NsisUpdater also refuses an installer not signed by the publisher named in
//   app-update.yml (electron-builder writes publisherName there when it signs the build, as
//   win.verifyUpdateCodeSignature, true by default, asks).
// What this adds: downloads are started by the machine (autoDownload off), not by a check; web
// installers are refused (this project builds none, and their packages skip the publisher check).

import type { AppUpdater, ProgressInfo } from 'electron-updater';
import type { UpdaterPort } from './update-machine.ts';
import { plainReleaseNotes } from './release-notes.ts';

/** electron-updater answered null: this updater is not active for this copy (not packaged, no APPIMAGE). */
export class UpdaterInactiveError extends Error {
  constructor() {
    super('electron-updater is not active for this copy of the app.');
    this.name = 'UpdaterInactiveError';
  }
}

/** What electron-updater may log: its own progress lines stay out of the app's output, its warnings and errors go to the console. */
const quietLogger = {
  info: (): void => undefined,
  warn: (message?: unknown): void => console.warn('Media Uploader updates:', message),
  error: (message?: unknown): void => console.error('Media Uploader updates:', message instanceof Error ? message.message : message),
};

export interface PortOptions {
  /** Install a downloaded version when the app quits normally (electron-updater's autoInstallOnAppQuit). */
  readonly installOnQuit: boolean;
}

/** Sets the updater up as the app uses it, and adapts it to the machine's port. */
export function updaterPort(updater: AppUpdater, options: PortOptions): UpdaterPort {
  updater.autoDownload = false;
  updater.allowDowngrade = false;
  updater.autoInstallOnAppQuit = options.installOnQuit;
  updater.disableWebInstaller = true;
  updater.logger = quietLogger;
  // Errors that come while neither a check nor a download is under way: on macOS, Squirrel.Mac
  // fetches the verified zip from electron-updater and checks its code signature after the
  // download has resolved, and reports a refusal only as an 'error' event.
  let busy = 0;
  const failures = new Set<(error: unknown) => void>();
  updater.on('error', (error) => {
    if (busy === 0) for (const listener of failures) listener(error);
  });
  const whileBusy = async <T>(work: () => Promise<T>): Promise<T> => {
    busy += 1;
    try {
      return await work();
    } finally {
      busy -= 1;
    }
  };
  return {
    current: updater.currentVersion.format(),
    onLateFailure(listener) {
      failures.add(listener);
    },
    check: () => whileBusy(async () => {
      const result = await updater.checkForUpdates();
      if (result === null) throw new UpdaterInactiveError();
      if (!result.isUpdateAvailable) return undefined;
      const notes = plainReleaseNotes(result.updateInfo.releaseNotes);
      return { version: result.updateInfo.version, ...(notes !== undefined && { notes }) };
    }),
    download: (progress) => whileBusy(async () => {
      // electron-updater reports progress only to listeners present when the download starts.
      const listener = (info: ProgressInfo): void => progress(info.percent);
      updater.on('download-progress', listener);
      try {
        await updater.downloadUpdate();
      } finally {
        updater.off('download-progress', listener);
      }
    }),
  };
}
