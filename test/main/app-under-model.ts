// Runs electron/main/index.ts, the app's composition root, with `electron` replaced by the strict
// model (test/fixtures/electron-model/): its real core opens in a temp data folder, its keys in
// a keychain service of the run's own, and every Electron event reaches it in Electron's order.
// One app per test: the module is loaded fresh each time, as a process starts fresh.

import { vi } from 'vitest';
import { createElectronModel, type ElectronModel } from '../fixtures/electron-model/electron-model.ts';
import type { ModelHostOptions } from '../fixtures/electron-model/model-host.ts';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import { writeJsonFile } from '../../electron/main/settings/json-file.ts';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings-types.ts';
import { APP_PAGE } from '../../electron/main/window/content-policy.ts';

export interface AppUnderModel {
  readonly model: ElectronModel;
  readonly dataDir: string;
  /** Ends the app through Electron's quit (before-quit, windows closed, will-quit) and cleans up. */
  close(): Promise<void>;
}

export interface StartOptions extends ModelHostOptions {
  /** Settings on disk before the app starts. */
  readonly settings?: Partial<Settings>;
  /** Environment variables for this run (restored on close), e.g. MEDIA_UPLOADER_BASE_URL. */
  readonly env?: Readonly<Record<string, string>>;
  /** Before `ready`, as macOS may hand files over while it starts the app. */
  readonly beforeReady?: (model: ElectronModel) => void;
}

export async function startAppUnderModel(options: StartOptions = {}): Promise<AppUnderModel> {
  const dataDir = await makeTempDir('media-uploader-model-');
  if (options.settings !== undefined) await writeJsonFile(join(dataDir, 'settings.json'), options.settings);
  const model = createElectronModel({ argv: ['electron', process.cwd()], ...options });
  const names = ['MEDIA_UPLOADER_DATA_DIR', 'MEDIA_UPLOADER_KEYCHAIN_SERVICE', 'XDG_CONFIG_HOME', ...Object.keys(options.env ?? {})];
  const saved = { argv: process.argv, env: new Map(names.map((name) => [name, process.env[name]])) };
  // index.ts reads its files from process.argv, as Electron's main process does.
  process.argv = [...model.host.app.argv];
  process.env['MEDIA_UPLOADER_DATA_DIR'] = dataDir;
  process.env['MEDIA_UPLOADER_KEYCHAIN_SERVICE'] = `media-uploader-model-test-${process.pid}-${Date.now()}`;
  // Linux's login item is an autostart file under XDG_CONFIG_HOME: never the person's own.
  process.env['XDG_CONFIG_HOME'] = join(dataDir, 'config');
  Object.assign(process.env, options.env);
  vi.resetModules();
  vi.doMock('electron', () => model.module);
  await import('../../electron/main/index.ts');
  options.beforeReady?.(model);
  model.becomeReady();
  return {
    model,
    dataDir,
    async close() {
      if (model.host.exitCode === undefined) {
        model.host.app.quit();
        await vi.waitFor(() => {
          if (model.host.exitCode === undefined) throw new Error('The app has not quit yet.');
        }, { timeout: 15_000 });
      }
      process.argv = saved.argv;
      for (const [name, value] of saved.env) restoreEnv(name, value);
      vi.doUnmock('electron');
      await removeDir(dataDir);
    },
  };
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Waits until `check` holds (it throws or returns false until then). */
export async function until(check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(() => {
    if (!check()) throw new Error(`Still waiting: ${what}.`);
  }, { timeout: 15_000, interval: 10 });
}

/** The app's window page, loaded. */
export async function loadedWindow(model: ElectronModel): Promise<ElectronModel['windows'][number]> {
  await until(() => model.windows.length === 1 && !model.windows[0]!.webContents.isLoading(), 'one loaded window');
  const win = model.windows[0]!;
  if (win.webContents.getURL() !== APP_PAGE) throw new Error(`The window loaded ${win.webContents.getURL()}.`);
  return win;
}
