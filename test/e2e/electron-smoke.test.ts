// @vitest-environment node
// The real app in the real Electron: the built app folder (package.json + out/, the layout
// electron-builder packs into app.asar) opened with Playwright's `_electron`. It needs the
// Electron binary, which an install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (as on this project's
// CI) does not have: then it says so and skips.

import { afterAll, describe, expect, it } from 'vitest';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { CALL_NAMES } from '../../shared/ipc-contract.ts';
import { electronBinary } from '../../electron/launch/start.ts';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import './page-globals.ts';
import { APP_DIR, ensureAppBuilt } from './app-build.ts';

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && (process.env['DISPLAY'] ?? '') === '' && (process.env['WAYLAND_DISPLAY'] ?? '') === '';
const skipReason = binary === undefined
  ? 'the Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); run `node node_modules/electron/install.js` where downloads work'
  : noDisplay ? 'there is no display (run under xvfb-run on Linux)' : undefined;
if (skipReason !== undefined) console.warn(`Electron smoke test skipped: ${skipReason}.`);

let app: ElectronApplication | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  await app?.close();
  if (dataDir !== undefined) await removeDir(dataDir);
});

describe('the app in Electron', () => {
  it.skipIf(skipReason !== undefined)('opens one hardened window with the contract as window.uploader', async () => {
    await ensureAppBuilt();
    dataDir = await makeTempDir('media-uploader-smoke-');
    app = await electron.launch({
      executablePath: binary,
      args: [APP_DIR],
      env: { ...process.env, MEDIA_UPLOADER_DATA_DIR: dataDir, MEDIA_UPLOADER_KEYCHAIN_SERVICE: 'media-uploader-smoke-test' },
    });
    const page = await app.firstWindow();
    await page.getByRole('banner').waitFor();
    expect(await page.title()).toBe('Media Uploader');
    expect(page.url()).toBe('app://media-uploader/index.html');

    const inPage = await page.evaluate(async () => ({
      calls: Object.keys(window.uploader).sort(),
      node: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      queue: await window.uploader['queue:get'](),
    }));
    expect(inPage.calls).toEqual([...CALL_NAMES, 'on'].sort());
    expect(inPage.node).toBe('undefined');
    expect(inPage.process).toBe('undefined');
    expect(inPage.queue).toEqual({ items: [], removed: [], full: true });

    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // Navigation away from the app is stopped: once main has seen the attempt, the page is still the app's.
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      (globalThis as { seenNavigation?: Promise<string> }).seenNavigation = new Promise((resolve) => contents?.once('will-navigate', (_event, url) => resolve(url)));
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await app.evaluate(() => (globalThis as { seenNavigation?: Promise<string> }).seenNavigation)).toBe('https://example.com/');
    expect(await page.evaluate(() => window.location.href)).toBe('app://media-uploader/index.html');
  });
});
