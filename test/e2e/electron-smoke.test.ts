// @vitest-environment node
// The real app in the real Electron: the built app folder (package.json + out/, the layout
// electron-builder packs into app.asar) opened with Playwright's `_electron`, its uploads sent to
// the loopback provider servers (MEDIA_UPLOADER_BASE_URL, honoured only by an unpackaged app).
// A whole flow: the hardened window, a file added through the real preload and gate, uploaded,
// its link copied to the system clipboard, then quitting mid-upload: the question is asked, a
// "Keep uploading" keeps the app, a "Quit anyway" quits only after the window place and the
// stopped upload's record are on disk; started again, the list comes back (the stopped upload
// interrupted); closing the window keeps the app running in the tray, and a second start with
// files then opens one window holding them.
//
// It needs the Electron runtime and a display. `npm install` does not download the runtime (the
// first `npm start` does), and this project's CI cannot: then it says so and skips.

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { CALL_NAMES } from '../../shared/ipc-channels.ts';
import { electronBinary } from '../../electron/launch/start.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../fixtures/media-files.ts';
import { startProviderServer, type ProviderServer } from '../fixtures/provider-server.ts';
import './page-globals.ts';
import { APP_DIR, ensureAppBuilt } from './app-build.ts';

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && (process.env['DISPLAY'] ?? '') === '' && (process.env['WAYLAND_DISPLAY'] ?? '') === '';
const skipReason = binary === undefined
  ? 'the Electron runtime is not downloaded here (the first `npm start` downloads it where downloads work)'
  : noDisplay ? 'there is no display (run under xvfb-run on Linux)' : undefined;
if (skipReason !== undefined) console.warn(`Electron smoke test skipped: ${skipReason}.`);

let app: ElectronApplication | undefined;
let page: Page;
let server: ProviderServer | undefined;
const dirs: string[] = [];

afterAll(async () => {
  await app?.close().catch(() => undefined);
  await server?.close();
  for (const dir of dirs) await removeDir(dir);
});

/** Replaces the native "still uploading" box in main with an answer, and records the questions. */
async function answerQuitQuestion(running: ElectronApplication, choice: 'Keep uploading' | 'Quit anyway'): Promise<void> {
  await running.evaluate(({ dialog }, wanted) => {
    const seen = ((globalThis as { asked?: string[] }).asked ??= []);
    dialog.showMessageBoxSync = ((...args: unknown[]) => {
      const options = args.find((a): a is { message: string; buttons: string[] } => typeof a === 'object' && a !== null && 'buttons' in a);
      seen.push(options?.message ?? '');
      return options?.buttons.indexOf(wanted) ?? -1;
    }) as typeof dialog.showMessageBoxSync;
  }, choice);
}

/** Makes main's next "Add files…" dialogs choose these paths. */
async function chooseInOpenDialog(running: ElectronApplication, paths: readonly string[]): Promise<void> {
  await running.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: chosen })) as typeof dialog.showOpenDialog;
  }, [...paths]);
}

const askedInMain = (running: ElectronApplication) => running.evaluate(() => (globalThis as { asked?: string[] }).asked ?? []);

describe.skipIf(skipReason !== undefined)('the app in Electron', () => {
  it('opens one hardened window with the contract as window.uploader', async () => {
    await ensureAppBuilt();
    server = await startProviderServer();
    const dataDir = await makeTempDir('media-uploader-smoke-');
    dirs.push(dataDir);
    app = await electron.launch({
      ...(binary !== undefined && { executablePath: binary }),
      args: [APP_DIR],
      env: { ...process.env, MEDIA_UPLOADER_DATA_DIR: dataDir, MEDIA_UPLOADER_KEYCHAIN_SERVICE: `media-uploader-smoke-${process.pid}`, MEDIA_UPLOADER_BASE_URL: server.baseUrl },
    });
    page = await app.firstWindow();
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
    // The app's own menu: no reload or developer tools in it, whatever the build.
    const roles = await app.evaluate(({ Menu }) => JSON.stringify(Menu.getApplicationMenu()?.items.map((item) => item.submenu?.items.map((sub) => sub.role))));
    expect(roles).toContain('quit');

    // Navigation away from the app is stopped: once main has seen the attempt, the page is still
    // the app's, and nothing was handed to the browser instead (nor for a pop-up).
    await app.evaluate(({ BrowserWindow, shell }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      (globalThis as { seenNavigation?: Promise<string> }).seenNavigation = new Promise((resolve) => contents?.once('will-navigate', (_event, url) => resolve(url)));
      const opened: string[] = [];
      (globalThis as { opened?: string[] }).opened = opened;
      shell.openExternal = (async (url: string) => void opened.push(url)) as typeof shell.openExternal;
    });
    await page.evaluate(() => {
      window.open('https://example.com/popup');
      window.location.href = 'https://example.com/';
    });
    expect(await app.evaluate(() => (globalThis as { seenNavigation?: Promise<string> }).seenNavigation)).toBe('https://example.com/');
    expect(await page.evaluate(() => window.location.href)).toBe('app://media-uploader/index.html');
    expect(await app.evaluate(() => (globalThis as { opened?: string[] }).opened)).toEqual([]);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('uploads a file added through the real preload and gate, and copies its link to the clipboard', async () => {
    if (app === undefined || server === undefined) throw new Error('The app did not open in the first test.');
    const mediaDir = await makeTempDir('media-uploader-smoke-media-');
    dirs.push(mediaDir);
    const file = await writeMediaFile(mediaDir, 'mp3', { name: 'talk.mp3' });
    const key = server.keys.assemblyai;
    // A synthetic drop has no path on disk, so the file comes through "Add files…", whose native
    // dialog main is told to answer; the page itself can name no path (a first key: no question).
    await chooseInOpenDialog(app, [file]);
    // Main asks before storing a key from the window (key-question.ts): the person says Save.
    await app.evaluate(({ dialog }) => {
      dialog.showMessageBox = (async () => ({ response: 0, checkboxChecked: false })) as typeof dialog.showMessageBox;
    });
    await page.evaluate(async (apiKey) => {
      // Main copies a single upload's link by itself (a setting); off here, so the clipboard
      // holds the link only if the Copy button put it there.
      await window.uploader['settings:set']({ copyLinkWhenDone: false });
      await window.uploader['keys:set']({ provider: 'assemblyai', key: apiKey });
      await window.uploader['queue:add-dialog']({ provider: 'assemblyai' });
    }, key);
    await page.getByRole('button', { name: 'Upload all' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'talk.mp3' }).waitFor();
    await page.getByRole('button', { name: 'Copy link for talk.mp3' }).click();
    const link = await page.evaluate(async () => {
      const { items } = await window.uploader['queue:get']();
      const done = items.find((item) => item.name === 'talk.mp3');
      return done !== undefined && 'result' in done ? done.result?.url : undefined;
    });
    expect(link).toMatch(/^https:\/\//);
    await expect.poll(() => app?.evaluate(({ clipboard }) => clipboard.readText())).toBe(link);
  });

  it('asks before quitting mid-upload, and quits only after the window place and the stopped upload are written', async () => {
    if (app === undefined || server === undefined) throw new Error('The app did not open in the first test.');
    const running = app;
    const dataDir = dirs[0] as string;
    const mediaDir = dirs[1] as string;
    const big = await writeMediaFile(mediaDir, 'mp4', { name: 'long-take.mp4', size: 8 * 1024 * 1024 });
    server.script({ kind: 'upload', bytesPerSecond: 64 * 1024 });
    await chooseInOpenDialog(running, [big]);
    await page.evaluate(async () => {
      await window.uploader['queue:add-dialog']({ provider: 'assemblyai' });
      await window.uploader['queue:start']({});
    });
    await page.locator('[role="listitem"][data-status="uploading"]', { hasText: 'long-take.mp4' }).waitFor();

    await answerQuitQuestion(running, 'Keep uploading');
    await running.evaluate(({ app: electronApp }) => electronApp.quit());
    expect(await askedInMain(running)).toEqual(['1 file is still uploading.']);
    expect(await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await page.locator('[role="listitem"][data-status="uploading"]', { hasText: 'long-take.mp4' }).count()).toBe(1);

    await answerQuitQuestion(running, 'Quit anyway');
    const closed = running.waitForEvent('close');
    await running.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
    await closed;
    app = undefined;

    const place = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8')) as { width: number };
    expect(place.width).toBeGreaterThan(0);
    const history = (await readFile(join(dataDir, 'history.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { name: string; ok: boolean; errorCode?: string });
    expect(history.find((entry) => entry.name === 'long-take.mp4')).toMatchObject({ ok: false, errorCode: 'CANCELLED' });
  });

  it('starts again with the list as it was: the stopped upload interrupted, the finished one with its link', async () => {
    if (server === undefined) throw new Error('The app did not open in the first test.');
    const dataDir = dirs[0] as string;
    app = await electron.launch({
      ...(binary !== undefined && { executablePath: binary }),
      args: [APP_DIR],
      env: { ...process.env, MEDIA_UPLOADER_DATA_DIR: dataDir, MEDIA_UPLOADER_KEYCHAIN_SERVICE: `media-uploader-smoke-${process.pid}`, MEDIA_UPLOADER_BASE_URL: server.baseUrl },
    });
    page = await app.firstWindow();
    const uploadsBefore = server.uploads().length;
    await page.locator('[role="listitem"][data-status="interrupted"]', { hasText: 'long-take.mp4' }).waitFor();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'talk.mp3' }).waitFor();
    expect(server.uploads()).toHaveLength(uploadsBefore);
  });

  it('keeps running in the tray when the window closes; a second start with files opens one window with them; quits from there', async () => {
    if (app === undefined || server === undefined) throw new Error('The app did not start again in the test before.');
    const running = app;
    const dataDir = dirs[0] as string;
    const mediaDir = dirs[1] as string;
    await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(() => running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
    // Still running: main answers.
    expect(await running.evaluate(({ app: electronApp }) => electronApp.isReady())).toBe(true);

    // "Open with" two files while the app lives in the tray: a second process hands them over
    // and ends; the first opens one window (never two) whose calls the gate answers.
    const songs = [await writeMediaFile(mediaDir, 'mp3', { name: 'first.mp3' }), await writeMediaFile(mediaDir, 'mp3', { name: 'second.mp3' })];
    const opened = running.waitForEvent('window');
    const second = spawn(binary as string, [APP_DIR, ...songs], {
      env: { ...process.env, MEDIA_UPLOADER_DATA_DIR: dataDir, MEDIA_UPLOADER_KEYCHAIN_SERVICE: `media-uploader-smoke-${process.pid}`, MEDIA_UPLOADER_BASE_URL: server.baseUrl },
      stdio: 'ignore',
    });
    const secondExit = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(secondExit).toBe(0);
    page = await opened;
    await expect.poll(async () => {
      const { items } = await page.evaluate(() => window.uploader['queue:get']());
      return items.map((item) => item.name).filter((name) => name === 'first.mp3' || name === 'second.mp3').sort();
    }).toEqual(['first.mp3', 'second.mp3']);
    expect(await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    const closed = running.waitForEvent('close');
    await running.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
    await closed;
    app = undefined;
  });
});
