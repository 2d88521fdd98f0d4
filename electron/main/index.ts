// The app's life: one instance, one window, a tray icon, the core opened once and closed on
// quit. Everything with logic lives in the files beside this one; here they are only put together.

import { app, BrowserWindow, dialog, net, Notification, powerMonitor, session } from 'electron';
import { fileURLToPath } from 'node:url';
import appIcon from '../../build/icons/512x512.png?asset';
import trayTemplate from '../../build/icons/trayTemplate.png?asset';
import trayTemplate2x from '../../build/icons/trayTemplate@2x.png?asset';
import { dataDir } from '../core/files/data-dir.ts';
import { proxyPasswordStore } from '../core/keys/proxy-passwords.ts';
import { createKeychainStore, keychainService, openKeychain } from '../core/keys/secret-store.ts';
import { goingToSleep, resumedFromSleep } from '../core/network/sleep-resume.ts';
import { isActive } from '../../shared/queue-types.ts';
import type { EventPayloads } from '../../shared/ipc-contract.ts';
import { openAppCore, type AppCore } from './app/app-core.ts';
import { menuPaste } from './window/app-menu.ts';
import { registerAppScheme, serveRenderer } from './window/app-protocol.ts';
import { AppLife } from './app-life.ts';
import { AppTray } from './desktop/app-tray.ts';
import { batchNotice, BatchProgress } from './desktop/batch-progress.ts';
import { createCallGate } from './calls/call-gate.ts';
import { APP_PAGE } from './window/content-policy.ts';
import { electronDesktop } from './calls/desktop-port.ts';
import { bindCalls, sendToWindow } from './calls/ipc-binding.ts';
import { localProviderBase } from './network/local-provider.ts';
import { startedAtLogin } from './desktop/login-item.ts';
import { loginSettingFollower, mainTranslator, showAppMenu } from './main-words.ts';
import { createMainWindow, currentPlace, restrictPermissions } from './window/main-window.ts';
import { watchConnection, type ConnectionWatch } from './network/online-signal.ts';
import { askProxySignIn } from './network/proxy-sign-in-window.ts';
import { systemProxyChooser } from './network/system-proxy.ts';
import { filesFromArgv, secondInstanceFiles, type InstanceData } from './desktop/outside-files.ts';
import { PasteGesture } from './desktop/paste-gesture.ts';
import { askBeforeQuit } from './quit/quit-guard.ts';
import { createAppQuit } from './quit/quit-flow.ts';
import { startupFailure } from './app/startup-failure.ts';
import { feedTray, type TrayFeed } from './desktop/tray-feed.ts';
import { NoticeFile, WindowClose } from './quit/window-close.ts';
import { loadWindowPlace, PlaceWrites, type WindowPlace } from './window/window-place.ts';
import type { UpdateCalls } from './calls/call-ports.ts';
import { openAppUpdates, type AppUpdates } from './update/app-updates.ts';
import { RestartToUpdate } from './update/restart-to-update.ts';
import { checkFromMenu, updateCallsOver } from './update/update-calls.ts';

const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const PROXY_PROMPT_PRELOAD = fileURLToPath(new URL('../preload/proxy-sign-in.cjs', import.meta.url));
// `electron-vite dev` serves the window with hot reload and says where in ELECTRON_RENDERER_URL.
// Only a bundle built by the dev server listens to it (DEV is fixed at build time), so neither
// `npm start` nor an installed app can be pointed at another page by an environment variable.
const DEV_PAGE = import.meta.env.DEV && !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const APP_PAGE_URL = DEV_PAGE ?? APP_PAGE;
// Windows and macOS take the icon from the installed app; Linux windows need it given.
const WINDOW_ICON = process.platform === 'linux' ? appIcon : undefined;

// The CLI and the app share one data folder (MEDIA_UPLOADER_DATA_DIR moves both).
const DATA_DIR = dataDir(process.env);
app.setPath('userData', DATA_DIR);
registerAppScheme();
// Windows shows notifications only for an app with an id; it must match the installer's appId.
if (process.platform === 'win32') app.setAppUserModelId('com.media-uploader.desktop');

let core: AppCore | undefined;
let tray: AppTray | undefined;
let trayFeed: TrayFeed | undefined;
let windowClose: WindowClose | undefined;
let connection: ConnectionWatch | undefined;
let updates: AppUpdates | undefined;
// The window's place is saved when it closes into the tray or the dock; quitting waits for it.
const places = new PlaceWrites(DATA_DIR);
// The paste keys, as main sees them before the page (a pasted image is read only right after).
const pasteKeys = new PasteGesture();

// Main's words (menus, the tray, dialogs, notices), in main's language (main-words.ts).
const mainT = mainTranslator(() => core);

// The window, files handed over by the system, notices and notifications (app-life.ts).
const life = new AppLife({
  mayOpenWindow: () => app.isReady() && core !== undefined && quit.state === 'open',
  loadPlace: () => loadWindowPlace(DATA_DIR),
  createWindow: (place) => createWindow(place),
  notification: (notice) => (Notification.isSupported() ? new Notification(notice) : undefined),
  addChosen: async (paths, provider) => {
    if (core === undefined) throw new Error('The app is not ready to add files yet.');
    return core.addChosen(paths, provider);
  },
  t: mainT,
});
const currentWindow = (): BrowserWindow | undefined => life.window as BrowserWindow | undefined;
const followLoginSetting = loginSettingFollower(mainT, (notice) => life.notice(notice));
const setAppMenu = (): void => showAppMenu(mainT(), {
  platform: process.platform,
  packaged: app.isPackaged,
  paste: menuPaste(pasteKeys),
  checkForUpdates: () => void checkFromMenu(() => updates, (line) => life.notice({ tone: 'info', title: line, lines: [] })),
});

const quit = createAppQuit({
  core: () => core,
  windowPlace: () => {
    const win = currentWindow();
    return win === undefined ? undefined : currentPlace(win);
  },
  places,
  confirm: (question) => askBeforeQuit(currentWindow(), question, mainT()),
  // At the end of a quit that "Restart to update" began, the install instead (restart-to-update.ts).
  quit: () => restart.quit(),
  report: (error) => console.error('Media Uploader could not save everything while quitting:', error instanceof Error ? error.message : error),
});

const restart = new RestartToUpdate({
  quitState: () => quit.state,
  quit: () => app.quit(),
  installAndRestart: () => updates?.installAndRestart(),
});
// The window's update calls, over the updates opened once the app is ready.
const updateCalls: UpdateCalls = updateCallsOver(() => updates, restart);

// macOS hands over files opened with the app (Finder's Open with, the Dock) as `open-file`, and
// may do so before `ready` when it starts the app for them: held until the app can add them.
app.on('open-file', (event, path) => {
  event.preventDefault();
  life.receiveFiles([path]);
});

// A second start (Open with, Send to, the command line while the app runs) sends its files to the
// first as additionalData: its argv reaches the first instance reordered and with switches added.
// Unpackaged (npm start, the smoke test), Electron is given the app's folder among its arguments.
const UNPACKAGED_APP = app.isPackaged ? undefined : app.getAppPath();
const instanceData: InstanceData = { files: filesFromArgv(process.argv, process.cwd(), UNPACKAGED_APP) };
if (!app.requestSingleInstanceLock(instanceData)) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    life.receiveFiles(secondInstanceFiles(additionalData, argv, workingDirectory, UNPACKAGED_APP));
    life.showWindow();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    // A packaged app has no console: the person sees a native box with the sentence.
    const { title, message } = startupFailure(error, DATA_DIR, mainT());
    console.error(`${title} ${message}`);
    dialog.showErrorBox(title, message);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  setAppMenu();
  restrictPermissions();
  serveRenderer(RENDERER_ROOT);
  const keys = createKeychainStore({ service: keychainService(process.env) });
  const localBase = localProviderBase(process.env, app.isPackaged);
  const desktop = electronDesktop(currentWindow, pasteKeys, mainT);
  // Offline, waiting files wait; after sleep, sockets that slept are dropped (online-signal.ts).
  // `net` and `powerMonitor` may be used only once the app is ready (docs/api/net.md).
  connection = watchConnection({
    isOnline: () => net.isOnline(),
    onSuspend: (listener) => (powerMonitor.on('suspend', listener), () => powerMonitor.off('suspend', listener)),
    onResume: (listener) => (powerMonitor.on('resume', listener), () => powerMonitor.off('resume', listener)),
  }, { sleep: { goingToSleep, resumedFromSleep } });
  // Updating the app itself (update/): which kind of copy this is, and the machine that checks.
  updates = await openAppUpdates({
    packaged: app.isPackaged,
    platform: process.platform,
    resourcesPath: process.resourcesPath as string | undefined,
    execPath: process.execPath,
    env: process.env,
    automatic: () => core?.settings.get().checkForUpdates ?? false,
    uploadsRunning: () => core?.queue.snapshot().items.some(isActive) ?? false,
    changed: (view) => {
      sendToWindow(currentWindow(), 'update:changed', view);
      trayFeed?.updateOffered(view.ready?.version);
    },
    quit: () => app.quit(),
    relaunch: (execPath) => app.relaunch({ execPath, args: [] }),
    t: mainT,
  });
  core = await openAppCore({
    online: connection.signal,
    // The system's proxy settings, PAC included, as Chromium resolves them, per origin and request.
    proxy: systemProxyChooser((url) => session.defaultSession.resolveProxy(url)),
    // A proxy that asks for a password: the person's answer in a native prompt, kept in the keychain.
    proxySignIn: {
      passwords: proxyPasswordStore(openKeychain(keychainService(process.env))),
      ask: async (proxy, again) => {
        if (quit.state !== 'open') return undefined;
        const win = currentWindow();
        return askProxySignIn({ parent: win?.isVisible() === true ? win : undefined, preload: PROXY_PROMPT_PRELOAD, proxy, again, t: mainT(), ...(core !== undefined && { language: core.language.language }) });
      },
    },
    dataDir: DATA_DIR,
    systemLanguages: () => app.getPreferredSystemLanguages(),
    keys,
    ...(localBase !== undefined && { baseUrl: () => localBase }),
    desktop,
    updates: updateCalls,
    emit: (event, payload) => {
      if (event === 'app:notice') life.notice(payload as EventPayloads['app:notice']);
      else sendToWindow(currentWindow(), event, payload);
      if (event === 'history:changed') trayFeed?.historyChanged();
      if (event === 'settings:changed' && core !== undefined) followLoginSetting(core.settings.get().openAtLogin);
    },
  });
  const opened = core;
  // The menu again in the settings' language, and again whenever it changes, with the tray.
  setAppMenu();
  opened.language.onChange(() => {
    setAppMenu();
    tray?.languageChanged();
  });
  bindCalls(createCallGate(opened.handlers, { appPage: APP_PAGE_URL }), currentWindow);
  followBatches(opened);
  const notices = await NoticeFile.open(DATA_DIR);
  windowClose = new WindowClose({
    setting: () => opened.settings.get().whenWindowCloses,
    quit,
    running: () => opened.queue.snapshot().items.filter(isActive).length,
    savePlace: () => {
      const win = currentWindow();
      if (win !== undefined) places.save(currentPlace(win));
    },
    notify: (notice) => life.notify(notice),
    notices,
    platform: process.platform,
    t: mainT,
  });
  tray = new AppTray({ app: appIcon, template: trayTemplate, template2x: trayTemplate2x }, process.platform, {
    open: () => life.showWindow(),
    copy: (text) => {
      desktop.copyText(text).catch((error: unknown) => life.notice({
        tone: 'error',
        title: mainT()('desktop:notice.trayCopyFailed'),
        lines: [error instanceof Error ? error.message : String(error), mainT()('desktop:notice.trayCopyInstead')],
      }));
    },
    pause: () => opened.queue.pause(),
    resume: () => opened.queue.resume(),
    // The same quit as the menu's: before-quit, the question, the held writes (quit-flow.ts).
    quit: () => app.quit(),
    restartToUpdate: () => updateCalls.restart(),
  }, mainT);
  trayFeed = feedTray(opened.queue, opened.history, (state) => tray?.show(state));
  tray.onDropFiles((paths) => life.receiveFiles(paths));
  followLoginSetting(opened.settings.get().openAtLogin);
  updates.machine.start();

  // A login start opens in the tray, out of the way, where the app is set to live there.
  const quietStart = startedAtLogin(process.argv, process.platform, () => app.getLoginItemSettings().wasOpenedAtLogin)
    && opened.settings.get().whenWindowCloses === 'tray';
  life.start({ openWindow: !quietStart, files: instanceData.files });

  app.on('activate', () => life.showWindow());
  // Listening is what keeps the app running with no window (docs/api/app.md): in the tray, or
  // in the dock on macOS. Quitting, when the window's closing should, goes through window-close.ts.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', (event) => {
    if (!quit.beforeQuit()) event.preventDefault();
  });
  app.on('will-quit', () => {
    updates?.machine.stop();
    connection?.stop();
    trayFeed?.stop();
    tray?.destroy();
  });
}

/** The window, made the moment it is asked for (app-life.ts decides when, and that only one lives). */
function createWindow(place: WindowPlace | undefined): BrowserWindow {
  const win = createMainWindow({
    appPage: APP_PAGE_URL,
    preload: PRELOAD,
    savedPlace: place,
    ...(WINDOW_ICON !== undefined && { icon: WINDOW_ICON }),
  });
  win.webContents.on('before-input-event', (_event, input) => pasteKeys.saw(input, process.platform));
  win.on('close', (event) => {
    // Into the tray, or the quit's own road: the setting decides (window-close.ts).
    if (windowClose !== undefined && !windowClose.onClose()) event.preventDefault();
  });
  return win;
}

/** Taskbar or dock progress while a batch runs; a notification when it ends. */
function followBatches(running: AppCore): void {
  const progress = new BatchProgress();
  running.queue.subscribe((patch) => {
    const fraction = progress.update(patch.items, patch.removed);
    currentWindow()?.setProgressBar(fraction ?? -1);
  });
  running.queue.on('settled', (summary) => {
    currentWindow()?.setProgressBar(-1);
    // A version downloaded while files uploaded is offered now (update/update-machine.ts).
    updates?.machine.uploadsSettled();
    const notice = batchNotice(summary, mainT());
    if (notice !== undefined && quit.state === 'open') life.notify(notice);
  });
}
