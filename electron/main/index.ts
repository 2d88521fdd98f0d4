// The app's life: one instance, one window, the core opened once and closed on quit. Everything
// with logic lives in the files beside this one; here they are only put together.

import { app, BrowserWindow, Notification } from 'electron';
import { fileURLToPath } from 'node:url';
import { dataDir } from '../core/data-dir.ts';
import { createKeychainStore, keychainService } from '../core/secret-store.ts';
import { openAppCore, type AppCore } from './app-core.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { batchNotice, BatchProgress } from './batch-progress.ts';
import { createCallGate } from './call-gate.ts';
import { APP_PAGE } from './content-policy.ts';
import { electronDesktop } from './desktop-port.ts';
import { bindCalls, sendToWindow } from './ipc-binding.ts';
import { createMainWindow, restrictPermissions } from './main-window.ts';
import { mayQuit } from './quit-guard.ts';
import { loadWindowPlace } from './window-place.ts';

const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
// `electron-vite dev` serves the window with hot reload; a packaged app never does.
const DEV_PAGE = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const APP_PAGE_URL = DEV_PAGE ?? APP_PAGE;

// The CLI and the app share one data folder (MEDIA_UPLOADER_DATA_DIR moves both).
const DATA_DIR = dataDir(process.env);
app.setPath('userData', DATA_DIR);
registerAppScheme();
// Windows shows notifications only for an app with an id; it must match the installer's appId.
if (process.platform === 'win32') app.setAppUserModelId('com.media-uploader.desktop');

let win: BrowserWindow | undefined;
let core: AppCore | undefined;
let quitting = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showWindow());
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Media Uploader could not start:', error instanceof Error ? error.message : error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  restrictPermissions();
  serveRenderer(RENDERER_ROOT);
  const keys = createKeychainStore({ service: keychainService(process.env) });
  core = await openAppCore({
    dataDir: DATA_DIR,
    keys,
    desktop: electronDesktop(() => win),
    emit: (event, payload) => sendToWindow(win, event, payload),
  });
  bindCalls(createCallGate(core.handlers, { appPage: APP_PAGE_URL }), () => win);
  followBatches(core);
  await openWindow();

  app.on('activate', () => showWindow());
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; uploads go on, and the dock icon reopens it.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    // On macOS quitting is its own command (the window may be closed already); elsewhere closing
    // the window quits, and the window asked before closing.
    if (process.platform === 'darwin' && !quitting && core !== undefined && !mayQuit(win, core.queue.snapshot().items)) {
      event.preventDefault();
      return;
    }
    quitting = true;
    void core?.close();
  });
}

async function openWindow(): Promise<void> {
  win = createMainWindow({ appPage: APP_PAGE_URL, preload: PRELOAD, dataDir: DATA_DIR, savedPlace: await loadWindowPlace(DATA_DIR) });
  win.on('close', (event) => {
    if (process.platform === 'darwin' || quitting || core === undefined) return;
    if (mayQuit(win, core.queue.snapshot().items)) quitting = true;
    else event.preventDefault();
  });
  win.on('closed', () => {
    win = undefined;
  });
}

function showWindow(): void {
  if (win === undefined) {
    if (app.isReady() && core !== undefined) void openWindow();
    return;
  }
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/** Taskbar or dock progress while a batch runs; a notification when it ends. */
function followBatches(running: AppCore): void {
  const progress = new BatchProgress();
  running.queue.subscribe((patch) => {
    const fraction = progress.update(patch.items, patch.removed);
    if (win !== undefined && !win.isDestroyed()) win.setProgressBar(fraction ?? -1);
  });
  running.queue.on('settled', (summary) => {
    if (win !== undefined && !win.isDestroyed()) win.setProgressBar(-1);
    const notice = batchNotice(summary);
    if (notice === undefined || !Notification.isSupported()) return;
    const note = new Notification(notice);
    note.on('click', () => showWindow());
    note.show();
  });
}
