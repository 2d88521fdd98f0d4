// The app's updates, put together: the facts about this copy read from disk and the system,
// the electron-updater class that matches them, the update machine over it. index.ts calls
// openAppUpdates() once at start; everything with a decision in it lives in the files beside
// this one. electron-updater is loaded only for a copy that looks for updates.

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppImageUpdater, AppUpdater } from 'electron-updater';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { UpdateView } from '../../../shared/update-types.ts';
import { feedOf, updateKind, type CopyFacts, type UpdateKind } from './install-kind.ts';
import { UpdateMachine, type Timers } from './update-machine.ts';
import { updaterPort } from './updater-port.ts';

export interface AppUpdatesOptions {
  /** app.isPackaged. */
  readonly packaged: boolean;
  readonly platform: NodeJS.Platform;
  /** process.resourcesPath: where electron-builder puts app-update.yml and package-type. */
  readonly resourcesPath: string | undefined;
  /** process.execPath, for the macOS bundle's signature. */
  readonly execPath: string;
  readonly env: NodeJS.ProcessEnv;
  automatic(): boolean;
  uploadsRunning(): boolean;
  changed(view: UpdateView): void;
  /** app.quit(), should an install fail to end the app itself. */
  quit(): void;
  /** app.relaunch({ execPath, args: [] }): start this program once the app has exited. */
  relaunch(execPath: string): void;
  /** Main's translator now: what the update line says (update-words.ts); English without it. */
  readonly t?: () => Translate;
}

export interface AppUpdates {
  readonly kind: UpdateKind;
  readonly machine: UpdateMachine;
  /** Installs the offered version, quits and starts the new one (the end of "Restart to update"). */
  installAndRestart(): void;
}

// After a quit that should install and restart, the app is past its quit flow (the core is
// closed): if the install fails without quitting (electron-updater then only reports an error),
// the app still quits. Long enough for NSIS's installer or Squirrel.Mac to take over first.
const INSTALL_FALLBACK_MS = 5_000;

const timers: Timers = {
  set(run, ms) {
    const timer = setTimeout(run, ms);
    // A check hours away must not keep the app alive at quit.
    timer.unref();
    return timer;
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export async function openAppUpdates(options: AppUpdatesOptions): Promise<AppUpdates> {
  const kind = updateKind(await readFacts(options));
  const created = kind.can === 'nothing' ? undefined : await createUpdater(kind).catch((error: unknown) => {
    console.error('Media Uploader updates:', error instanceof Error ? error.message : error);
    return undefined;
  });
  const updater = created?.updater;
  const effective: UpdateKind = kind.can !== 'nothing' && updater === undefined ? { can: 'nothing', why: 'unsupported' } : kind;
  const port = updater === undefined ? undefined : updaterPort(updater, { installOnQuit: effective.can === 'install' });
  const machine = new UpdateMachine({ kind: effective, updater: port, automatic: options.automatic, uploadsRunning: options.uploadsRunning, timers, changed: options.changed, ...(options.t !== undefined && { t: options.t }) });
  return {
    kind: effective,
    machine,
    installAndRestart() {
      if (created === undefined) return options.quit();
      const appImage = created.appImage;
      if (appImage !== undefined) {
        // The AppImage is replaced in place now, and its new file started by Electron once this
        // process has exited (app.relaunch waits for that), not by electron-updater at once:
        // started while this one still runs, the new app would find this one holding the
        // single-instance lock, hand it its start, and quit.
        let newFile = options.env['APPIMAGE'];
        const renamed = (path: string): void => {
          newFile = path;
        };
        appImage.once('appimage-filename-updated', renamed);
        const installed = appImage.install(true, false);
        appImage.off('appimage-filename-updated', renamed);
        if (installed && newFile !== undefined) options.relaunch(newFile);
        return options.quit();
      }
      // Silent (NSIS: no installer pages again), and run after (NSIS's --force-run;
      // Squirrel.Mac relaunches by itself).
      created.updater.quitAndInstall(true, true);
      setTimeout(() => options.quit(), INSTALL_FALLBACK_MS).unref();
    },
  };
}

async function readFacts(options: AppUpdatesOptions): Promise<CopyFacts> {
  const resources = options.resourcesPath;
  const text = async (name: string): Promise<string | undefined> =>
    resources === undefined ? undefined : readFile(join(resources, name), 'utf8').catch(() => undefined);
  const yml = await text('app-update.yml');
  return {
    platform: options.platform,
    packaged: options.packaged,
    feed: yml === undefined ? undefined : feedOf(yml),
    appImage: options.env['APPIMAGE'],
    packageType: options.platform === 'linux' ? (await text('package-type'))?.trim() : undefined,
    macSignature: options.platform === 'darwin' && options.packaged ? await codeSignature(resolve(options.execPath, '..', '..', '..')) : undefined,
  };
}

/** codesign's description of the app bundle (it writes it to standard error), or undefined. */
function codeSignature(bundle: string): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('/usr/bin/codesign', ['--display', '--verbose=2', bundle], { timeout: 10_000 }, (error, stdout, stderr) => {
      done(error === null ? `${stdout}\n${stderr}` : undefined);
    });
  });
}

/** The electron-updater class for this kind of copy (constructed as its own autoUpdater would be). */
async function createUpdater(kind: Exclude<UpdateKind, { can: 'nothing' }>): Promise<{ updater: AppUpdater; appImage?: AppImageUpdater }> {
  const { default: electronUpdater } = await import('electron-updater');
  if (kind.can === 'tell') {
    if (kind.why === 'unsigned-mac') return { updater: new electronUpdater.MacUpdater() };
    // Only checked, never downloaded: the class of the package format, as electron-updater's own
    // autoUpdater would pick from resources/package-type.
    const Updater = kind.packageType === 'rpm' ? electronUpdater.RpmUpdater : kind.packageType === 'pacman' ? electronUpdater.PacmanUpdater : electronUpdater.DebUpdater;
    return { updater: new Updater() };
  }
  switch (kind.how) {
    case 'appimage': {
      const appImage = new electronUpdater.AppImageUpdater();
      return { updater: appImage, appImage };
    }
    case 'nsis':
      return { updater: new electronUpdater.NsisUpdater() };
    case 'mac':
      return { updater: new electronUpdater.MacUpdater() };
  }
}
