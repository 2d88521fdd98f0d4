// electron/main/index.ts itself, the glue, run under the strict model of Electron: the races
// between a second start, macOS's open-file, the tray, notifications, closing and quitting that
// only show when the parts are put together.

import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, writeMediaFile } from '../fixtures/media-files.ts';
import { startProviderServer } from '../fixtures/provider-server.ts';
import { createKeychainStore } from '../../electron/core/keys/secret-store.ts';
import { loadedWindow, startAppUnderModel, until, type AppUnderModel } from './app-under-model.ts';
import type { QueuePatch } from '../../shared/queue-types.ts';
import type { ModelWebContents } from '../fixtures/electron-model/model-window.ts';
import type { ElectronModel } from '../fixtures/electron-model/electron-model.ts';

// The app keeps keys in the real keychain; where no Secret Service answers (outside .ci/run's
// D-Bus session) a key cannot be saved, and the test that uploads says it skipped.
const keychainReady = (await createKeychainStore({ service: `media-uploader-model-probe-${process.pid}` }).describe()).persistent;
if (!keychainReady) console.warn('The upload under the Electron model is skipped: no Secret Service answers here (run under dbus-run-session with gnome-keyring, as .ci/run does).');

let running: AppUnderModel | undefined;
const folders: string[] = [];

afterEach(async () => {
  await running?.close();
  running = undefined;
  await Promise.all(folders.splice(0).map((dir) => removeDir(dir)));
});

async function mediaFiles(count: number): Promise<string[]> {
  const dir = await makeTempDir('media-uploader-model-media-');
  folders.push(dir);
  return Promise.all(Array.from({ length: count }, (_, i) => writeMediaFile(dir, 'mp3', { name: `song ${i + 1}.mp3` })));
}

type Answer = { ok: true; value: unknown } | { ok: false; code: string; error: string };

async function call(model: ElectronModel, contents: ModelWebContents, channel: string, arg?: unknown): Promise<Answer> {
  return (await model.invoke(contents, channel, ...(arg === undefined ? [] : [arg]))) as Answer;
}

/**
 * The names in the queue once it holds `count` files (adding them takes a moment), as the
 * window's own call to main answers them: the gate must accept the window that is shown.
 */
async function queuedNames(model: ElectronModel, count: number): Promise<string[]> {
  const win = await loadedWindow(model);
  for (let tries = 0; ; tries += 1) {
    const answer = await call(model, win.webContents, 'queue:get');
    if (!answer.ok) throw new Error(`The window's call was refused: ${answer.error}`);
    const names = (answer.value as QueuePatch).items.map((item) => item.name).sort();
    if (names.length >= count || tries > 300) return names;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Closes the window as the person does; with the default setting the app goes on in the tray. */
async function closeIntoTray(model: ElectronModel): Promise<void> {
  const win = await loadedWindow(model);
  win.close();
  expect(win.isDestroyed()).toBe(true);
  expect(model.host.exitCode).toBeUndefined();
}

describe('the app under the strict Electron model', () => {
  it('starts with one window on the app page, a tray icon, and quits through the quit flow', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    const win = await loadedWindow(model);
    expect(await queuedNames(model, 0)).toEqual([]);
    expect(model.trays()).toHaveLength(1);
    await running.close();
    running = undefined;
    expect(model.host.events.filter((name) => ['before-quit', 'will-quit', 'quit'].includes(name))).toEqual(['before-quit', 'before-quit', 'will-quit', 'quit']);
    expect(win.isDestroyed()).toBe(true);
    expect(model.trays().every((tray) => tray.isDestroyed())).toBe(true);
  });

  it('two quick second starts with files while the app lives in the tray open one window, which gets every file', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    await closeIntoTray(model);
    const [first, second] = await mediaFiles(2);
    model.secondInstance(['electron', first!], '/', { files: [first] });
    model.secondInstance(['electron', second!], '/', { files: [second] });
    expect(await queuedNames(model, 2)).toEqual(['song 1.mp3', 'song 2.mp3']);
    expect(model.windows).toHaveLength(1);
    // The first window, and the one after the tray: nothing more.
    expect(model.windowsMade).toBe(2);
  });

  it('five open-file events with no window (macOS, once per file) open one window with all five files', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    await closeIntoTray(model);
    const files = await mediaFiles(5);
    for (const file of files) model.openFile(file);
    expect(await queuedNames(model, 5)).toEqual(['song 1.mp3', 'song 2.mp3', 'song 3.mp3', 'song 4.mp3', 'song 5.mp3']);
    expect(model.windows).toHaveLength(1);
    expect(model.windowsMade).toBe(2);
  });

  it('files handed over before ready wait and are added once the app has started', async () => {
    const files = await mediaFiles(2);
    running = await startAppUnderModel({ beforeReady: (model) => files.forEach((file) => model.openFile(file)) });
    expect(await queuedNames(running.model, 2)).toEqual(['song 1.mp3', 'song 2.mp3']);
    expect(running.model.windowsMade).toBe(1);
  });

  it('a notice raised while the window loads reaches the page once it has loaded', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    await closeIntoTray(model);
    model.holdLoads();
    model.secondInstance(['electron', '/nowhere/gone.mp3'], '/', { files: ['/nowhere/gone.mp3'] });
    await until(() => model.windows.length === 1, 'the window opens');
    const win = model.windows[0]!;
    // Give the refusal time to be decided while the page still loads.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.webContents.isLoading()).toBe(true);
    model.releaseLoads();
    await until(() => win.webContents.sent.some((message) => message.channel === 'app:notice'), 'the notice is sent');
    const notices = win.webContents.sent.filter((message) => message.channel === 'app:notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.delivered).toBe(true);
    expect(JSON.stringify(notices[0]!.payload)).toContain('gone.mp3');
  });

  it('a second start before the first window has loaded opens no second window', async () => {
    running = await startAppUnderModel({ beforeReady: (model) => model.holdLoads() });
    const { model } = running;
    await until(() => model.windows.length === 1, 'the first window exists');
    const [file] = await mediaFiles(1);
    model.secondInstance(['electron', file!], '/', { files: [file] });
    model.secondInstance(['electron'], '/', { files: [] });
    model.releaseLoads();
    expect(await queuedNames(model, 1)).toEqual(['song 1.mp3']);
    expect(model.windowsMade).toBe(1);
  });

  it('the notification of the first close into the tray opens the window when clicked, even after garbage collection', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    await closeIntoTray(model);
    await model.collect();
    const [notification] = model.notifications();
    expect(notification?.options.title).toMatch(/still running/);
    notification!.emit('click', {});
    await loadedWindow(model);
    expect(model.windowsMade).toBe(2);
  });

  it('a click on the tray icon opens the window again, on Linux as on Windows (Electron delivers it there)', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    await closeIntoTray(model);
    model.trays()[0]!.emit('click', {}, {});
    await loadedWindow(model);
    expect(model.windowsMade).toBe(2);
  });

  it("the menu's Edit → Paste pastes into the window, as one press of the paste keys", async () => {
    running = await startAppUnderModel();
    const { model } = running;
    const win = await loadedWindow(model);
    const menu = (model.module['Menu'] as { getApplicationMenu(): { template: { submenu?: { label?: string; click?: (item: unknown, window: unknown) => void }[] }[] } }).getApplicationMenu();
    const paste = menu.template.flatMap((top) => top.submenu ?? []).find((item) => item.label === 'Paste');
    paste?.click?.({}, win);
    expect(win.webContents.pasted).toBe(1);
  });

  it.skipIf(!keychainReady)('copies a single upload’s link from main when it ends with the window closed into the tray, and says so in a notification', async () => {
    const server = await startProviderServer();
    try {
      running = await startAppUnderModel({ settings: { uploadWhenAdded: true, defaultProvider: 'assemblyai' }, env: { MEDIA_UPLOADER_BASE_URL: server.baseUrl } });
      const { model } = running;
      const win = await loadedWindow(model);
      const saved = await call(model, win.webContents, 'keys:set', { provider: 'assemblyai', key: server.keys.assemblyai });
      expect(saved).toMatchObject({ ok: true });
      // Slow enough that the window is closed while the file is still on its way.
      server.script({ kind: 'upload', bytesPerSecond: 256 * 1024 });
      const dir = await makeTempDir('media-uploader-model-media-');
      folders.push(dir);
      const file = await writeMediaFile(dir, 'mp3', { name: 'interview.mp3', size: 512 * 1024 });
      model.secondInstance(['electron', file], '/', { files: [file] });
      await until(() => server.requests.length > 0, 'the upload begins');
      win.close();
      expect(model.windows).toHaveLength(0);
      await until(() => model.clipboard.text.startsWith('https://'), 'the link is on the clipboard');
      await until(() => model.notifications().some((note) => note.options.title === 'The link for interview.mp3 was copied.'), 'the notification');
      expect(model.windowsMade).toBe(1);
    } finally {
      await running?.close();
      running = undefined;
      await server.close();
    }
  });

  it('follows the connection and sleep through net and powerMonitor, after ready only', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    await loadedWindow(model);
    model.online = false;
    model.sleepAndWake();
    model.online = true;
    model.sleepAndWake();
    // Still answering, one window, and it quits through the quit flow afterwards (close()).
    expect(model.windows).toHaveLength(1);
    expect(model.host.exitCode).toBeUndefined();
  });

  it('the tray icon outlives garbage collection', async () => {
    running = await startAppUnderModel();
    await loadedWindow(running.model);
    await running.model.collect();
    expect(running.model.trays()).toHaveLength(1);
  });

  it('once the quit has begun, a second start opens no window', async () => {
    running = await startAppUnderModel();
    const { model } = running;
    await closeIntoTray(model);
    model.host.app.quit();
    model.secondInstance(['electron'], '/', { files: [] });
    await until(() => model.host.exitCode !== undefined, 'the app quits');
    expect(model.windowsMade).toBe(1);
  });
});
