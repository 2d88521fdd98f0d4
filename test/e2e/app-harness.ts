// Runs the app for end-to-end tests with only the Electron binary substituted: the built window
// (out/renderer) in real Chromium under the app's CSP, `window.uploader` made by the app's built
// preload, and every call answered by the real gate and handlers over the real core (upload
// queue, history in a temp data folder, settings) uploading to loopback provider servers.
// Keys sit in the real keychain under a service name of this run's own (e2e-keychain.ts);
// dialogs (file, save, the key questions) and the browser are stubs the test controls.
//
//   const app = await launchApp();
//   await app.drop([await app.media('mp3')]);
//   await app.page.getByRole('button', { name: 'Upload all' }).click();
//   await app.close();

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { EventPayloads } from '../../shared/ipc-contract.ts';
import { PROVIDER_IDS, type ProviderId } from '../../shared/providers.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings-types.ts';
import { openAppCore, type AppCore, type AppCoreOptions } from '../../electron/main/app/app-core.ts';
import { OnlineState } from '../../electron/core/network/online-signal.ts';
import { createCallGate } from '../../electron/main/calls/call-gate.ts';
import { writeJsonFile } from '../../electron/main/settings/json-file.ts';
import { keyQuestion } from '../../electron/main/calls/key-question.ts';
import { PasteGesture } from '../../electron/main/desktop/paste-gesture.ts';
import { rendererFile } from '../../electron/main/window/renderer-files.ts';
import { makeTempDir, removeDir, writeMediaFile, type MediaKind } from '../fixtures/media-files.ts';
import { SECOND_TEST_KEYS, startProviderServer, type ProviderServer } from '../fixtures/provider-server.ts';
import { DEFAULT_KEY_NAME } from '../../shared/key-names.ts';
import { ensureAppBuilt, PROJECT_ROOT } from './app-build.ts';
import { e2eKeychain } from './e2e-keychain.ts';
import { answerInvoke, ipcWire } from './ipc-wire.ts';
import { pageElectronScript } from './page-electron.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots');

export interface LaunchOptions {
  /** Keys in the keychain at start. Default: the loopback servers' keys for every provider. */
  readonly keys?: Partial<Record<ProviderId, string>>;
  /** Settings on disk before the app opens. */
  readonly settings?: Partial<Settings>;
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: 'light' | 'dark';
  /** Reuse this data folder (a previous run's history and settings); it is left in place on close. */
  readonly dataDir?: string;
  /** Quicker retries and timeouts for tests that watch failures. Default: E2E_RETRY. */
  readonly tuning?: AppCoreOptions['tuning'];
  /**
   * What the window's update calls reach (electron/main/update/), given how to push
   * `update:changed` to the page. Default: none, as in a run from source.
   */
  readonly updates?: (changed: (view: EventPayloads['update:changed']) => void) => NonNullable<AppCoreOptions['updates']>;
  /** The computer's preferred languages (Electron's app.getPreferredSystemLanguages()). Default: ['en-US']. */
  readonly systemLanguages?: readonly string[];
}

export interface DropOptions {
  /** CSS selector of the element to drop on; default: whatever is at the middle of the window. */
  readonly target?: string;
}

export interface AppHarness {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The loopback provider servers (`server.baseUrl`, `server.requests`, `server.script(…)`). */
  readonly server: ProviderServer;
  /** MEDIA_UPLOADER_DATA_DIR of this run: history, settings. */
  readonly dataDir: string;
  /** A temp folder for the test's media files. */
  readonly mediaDir: string;
  /** Where "Export" saves (the save dialog's stand-in chooses a file here). */
  readonly exportDir: string;
  readonly core: AppCore;
  /** Links the app asked the system browser to open. */
  readonly openedUrls: readonly string[];
  /** Files the app asked the file manager to show in their folders. */
  readonly shownFiles: readonly string[];
  /** The native questions main asked: before a key from the window is stored ("Save this HeyGen key, ending in “ab12”?", "Replace the saved HeyGen key with this one, …?") or removed, or an upload deleted from its provider ("Delete a.mp4 from memories.ai?"). */
  readonly keyQuestions: readonly string[];
  /** Exports the app wrote, newest last. */
  readonly exports: readonly string[];
  /** What the call gate refused or logged. */
  readonly gateLog: readonly string[];
  /** Every call that reached main from the page, in order, as main received it (keys:set's argument left out). */
  readonly sentCalls: readonly { readonly channel: string; readonly args: readonly unknown[] }[];
  /** Errors the page threw or logged (CSP violations included). */
  readonly pageErrors: readonly string[];
  /** Writes a media file into mediaDir and returns its path. */
  media(kind: MediaKind, options?: { name?: string; size?: number; dir?: string }): Promise<string>;
  /** Drops these files and folders on the window, as a person dragging them from a file manager. */
  drop(paths: readonly string[], options?: DropOptions): Promise<void>;
  /** What the "Add files…" dialog will return next (empty: the person cancels). */
  setDialogFiles(paths: readonly string[]): void;
  /** How the person answers the next of those questions (default: go ahead). */
  answerKeyQuestions(answer: 'change' | 'keep'): void;
  /**
   * Queues files without a drop, the way the preload does it: registers the paths with main,
   * then adds the ids it answered (for tests whose subject is not the drop itself).
   */
  addFiles(paths: readonly string[]): Promise<void>;
  /** Makes the next save dialog cancel. */
  cancelNextSave(): void;
  /**
   * The connection as main sees it, standing in for Electron's `net.isOnline()` that index.ts
   * reads (electron/main/online-signal.ts): false holds started files with "Waiting for the
   * internet connection…"; true sends them on. Online at launch and after reset().
   */
  setOnline(online: boolean): void;
  /** Reloads the window and waits until it has drawn again. */
  reload(): Promise<void>;
  /** Saves a PNG of the window in test-results/screenshots and returns its path. */
  screenshot(name: string): Promise<string>;
  /**
   * The system clipboard's text: what the window's Copy buttons wrote (navigator.clipboard in the
   * page) and what main copied (the DesktopPort's copyText), one clipboard for both (SystemClipboard).
   */
  clipboardText(): Promise<string>;
  /** Makes main's clipboard writes fail (true) or work again, as Electron's clipboard.writeText rejecting. */
  failClipboardWrites(fail: boolean): void;
  /**
   * Puts the window in the background, as when the person switched to another app or closed it
   * into the tray: `document.hasFocus()` is false and navigator.clipboard refuses, by Chromium's
   * rule (page-electron.ts). A click in the window, or focus(), brings it back.
   */
  blur(): Promise<void>;
  /** The window in front again (as Playwright keeps every page unless blur() was called). */
  focus(): Promise<void>;
  /** The image on the system clipboard as main reads it (the image/png item of Electron's clipboard.read()); undefined: none. */
  setClipboardImage(png: Buffer | undefined): void;
  /**
   * Ctrl+V in the window as a person presses it: main notes each key first, as Electron's
   * `before-input-event` lets it (paste-gesture.ts), then the page gets it from Chromium. `v` is
   * the V key as the person's keyboard layout makes it: what it types (`key`) and where it is
   * (`code`); default a US layout's `{ key: 'v', code: 'KeyV' }`, Russian `{ key: 'м', code: 'KeyV' }`.
   */
  pressPasteKeys(v?: { readonly key: string; readonly code: string }): Promise<void>;
  /**
   * Back to how launchApp left it, for tests that share one app: no files in the list (uploads
   * still running are stopped) and uploads not paused, an empty media folder and history, the launch settings and
   * keys, nothing scripted or recorded by the servers, no opened links, exports or errors
   * noted, and the window reloaded on the Queue.
   */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The retry policy the app gets unless a test passes its own `tuning`: two attempts, quick enough
 * that a test sees a retry happen, slow enough not to spin. A test that counts attempts reads it here.
 */
export const E2E_RETRY = { attempts: 2, baseDelayMs: 50, maxDelayMs: 200 } as const;

export async function launchApp(options: LaunchOptions = {}): Promise<AppHarness> {
  const built = await ensureAppBuilt();
  const preloadSource = await readFile(built.preloadFile, 'utf8');
  // Every provider takes a second account's key too (SECOND_TEST_KEYS), for tests of several keys.
  const server = await startProviderServer({ moreKeys: Object.fromEntries(PROVIDER_IDS.map((p) => [p, [SECOND_TEST_KEYS[p]]])) });
  const dataDir = options.dataDir ?? (await makeTempDir('media-uploader-e2e-data-'));
  const mediaDir = await makeTempDir('media-uploader-e2e-media-');
  const exportDir = join(dataDir, 'exports');
  await mkdir(exportDir, { recursive: true });
  if (options.settings !== undefined) await writeJsonFile(join(dataDir, 'settings.json'), options.settings);

  const pages = await servePages(built.rendererRoot);
  const appPage = `${pages.origin}/index.html`;
  const openedUrls: string[] = [];
  const shownFiles: string[] = [];
  const keyQuestions: string[] = [];
  let keyAnswer: 'change' | 'keep' = 'change';
  const exports: string[] = [];
  const gateLog: string[] = [];
  const sentCalls: { channel: string; args: readonly unknown[] }[] = [];
  const pageErrors: string[] = [];
  let dialogFiles: readonly string[] = [];
  let clipboardImage: Buffer | undefined;
  let systemClipboard: SystemClipboard | undefined;
  let clipboardFails = false;
  const pasteKeys = new PasteGesture();
  let cancelSave = false;
  let page: Page | undefined;

  const keychain = await e2eKeychain(options.keys ?? server.keys);
  const emit: AppCoreOptions['emit'] = (event, payload) => {
    // Like Electron's webContents.send: the payload is structured-cloned here and now (a value
    // that cannot be cloned throws at the sender), and an event sent while the page reloads is
    // lost; the window asks for the whole queue when it starts. As text (ipc-wire.ts):
    // Playwright's own argument encoding is far slower for a 10,000-item patch.
    const text = ipcWire.send(payload);
    page?.evaluate(([name, body]) => (window as unknown as { __e2eEmit?: (n: string, b: string) => void }).__e2eEmit?.(name, body), [event, text] as const)
      .catch(() => undefined);
  };
  const online = new OnlineState(true);
  const systemLanguages = options.systemLanguages ?? ['en-US'];
  const core = await openAppCore({
    online,
    dataDir,
    systemLanguages: () => [...systemLanguages],
    keys: keychain.store,
    baseUrl: () => server.baseUrl,
    tuning: options.tuning ?? { retry: E2E_RETRY },
    desktop: {
      async pickMediaFiles() {
        const chosen = dialogFiles;
        dialogFiles = [];
        return chosen;
      },
      async pickExportPath(suggestedName) {
        if (cancelSave) {
          cancelSave = false;
          return undefined;
        }
        const path = join(exportDir, suggestedName);
        exports.push(path);
        return path;
      },
      async confirmKeyChange(change, providerName, keyEnding, keyName) {
        // The sentence the app's own dialog asks (key-question.ts).
        keyQuestions.push(keyQuestion(change, providerName, keyEnding, keyName).message);
        return keyAnswer === 'change';
      },
      async confirmDeleteUpload(providerName, fileName) {
        keyQuestions.push(`Delete ${fileName} from ${providerName}?`);
        return keyAnswer === 'change';
      },
      async openExternal(url) {
        openedUrls.push(url);
      },
      async showInFolder(path) {
        shownFiles.push(path);
      },
      // Electron's nativeImage gives an empty image for what it cannot decode; this stand-in
      // decodes nothing, so it answers only for the small PNGs tests make (complete 1×1 images,
      // already thumbnail-sized), as the image itself; the test JPEGs are headers only, which
      // nativeImage could not decode either, so they get nothing.
      async thumbnail(path) {
        const bytes = await readFile(path).catch(() => undefined);
        if (bytes === undefined || bytes.length > 256 * 1024) return undefined;
        const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        return png ? `data:image/png;base64,${bytes.toString('base64')}` : undefined;
      },
      readPastedImage: async () => (pasteKeys.take() ? clipboardImage : undefined),
      async copyText(text) {
        if (clipboardFails) throw new Error('The clipboard is in use by another program.');
        if (systemClipboard === undefined) throw new Error('The clipboard is not there yet: the harness is still starting.');
        await systemClipboard.writeText(text);
      },
    },
    ...(options.updates !== undefined && { updates: options.updates((view) => emit('update:changed', view)) }),
    emit,
  });
  const gate = createCallGate(core.handlers, { appPage, log: (line) => gateLog.push(line) });

  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1100, height: 760 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  // What the app's window is allowed (restrictPermissions in electron/main/window/main-window.ts): writing
  // plain text, as the Copy buttons do, and never reading. The tests read through systemClipboard.
  await context.grantPermissions(['clipboard-write'], { origin: pages.origin });
  systemClipboard = await openSystemClipboard(browser, pages.origin);
  // ipcRenderer.invoke's way to main: the page sends the structured clone of the arguments as
  // text and gets main's answer back the same way (page-electron.ts, ipc-wire.ts).
  await context.exposeBinding('__e2eInvoke', async (source, name: unknown, argsText: unknown) => {
    const channel = String(name);
    const args = ipcWire.receive(String(argsText));
    // A key is not kept, even in a test's memory.
    sentCalls.push({ channel, args: channel === 'keys:set' ? [] : Array.isArray(args) ? args : [args] });
    const caller = { url: source.frame.url(), isAppWindowMainFrame: source.page === page && source.frame === page.mainFrame() };
    return answerInvoke(channel, () => gate(channel, caller, Array.isArray(args) ? args : [args]));
  });
  await context.addInitScript({ content: pageElectronScript(preloadSource) });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} for ${response.url()}`);
  });
  await page.goto(appPage);
  await windowReady(page);

  const clipboard = (): SystemClipboard => {
    if (systemClipboard === undefined) throw new Error('The harness has no clipboard: launchApp has not finished.');
    return systemClipboard;
  };

  const harness: AppHarness = {
    page,
    context,
    server,
    dataDir,
    mediaDir,
    exportDir,
    core,
    openedUrls,
    shownFiles,
    keyQuestions,
    exports,
    gateLog,
    sentCalls,
    pageErrors,
    media: (kind, o = {}) => writeMediaFile(o.dir ?? mediaDir, kind, { ...(o.name !== undefined && { name: o.name }), ...(o.size !== undefined && { size: o.size }) }),
    drop: (paths, o = {}) => dropOnPage(page, paths, o),
    setDialogFiles(paths) {
      dialogFiles = [...paths];
    },
    answerKeyQuestions(answer) {
      keyAnswer = answer;
    },
    async addFiles(paths) {
      const files = await core.handlers['files:register-drop']({ paths: [...paths] });
      await core.handlers['queue:add']({ files });
    },
    cancelNextSave() {
      cancelSave = true;
    },
    setOnline(value) {
      online.set(value);
    },
    async reload() {
      await page.reload();
      await windowReady(page);
    },
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    clipboardText: () => clipboard().readText(),
    failClipboardWrites(fail) {
      clipboardFails = fail;
    },
    blur: () => setWindowFocus(page, false),
    focus: () => setWindowFocus(page, true),
    setClipboardImage(png) {
      clipboardImage = png;
    },
    async pressPasteKeys(v = { key: 'v', code: 'KeyV' }) {
      // Chromium's keyboard code for the key, which Blink's editing table matches to paste
      // (third_party/blink/renderer/core/editing/editing_behavior.cc): a Latin letter by itself,
      // any other character by the key's place on a US keyboard (ui/events/ozone/layout/xkb/
      // xkb_keyboard_layout_engine.cc, Lookup). Playwright's keyboard cannot set `code` apart from `key`.
      const letter = /^[a-z]$/i.test(v.key) ? v.key : /^Key([A-Z])$/.exec(v.code)?.[1];
      if (letter === undefined) throw new Error(`pressPasteKeys knows no keyboard code for ${v.key} on ${v.code}.`);
      const control = { key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 };
      const vKey = { key: v.key, code: v.code, windowsVirtualKeyCode: letter.toUpperCase().charCodeAt(0) };
      const presses = [
        { type: 'keyDown', ...control, ctrl: true },
        { type: 'keyDown', ...vKey, ctrl: true },
        { type: 'keyUp', ...vKey, ctrl: true },
        { type: 'keyUp', ...control, ctrl: false },
      ] as const;
      const cdp = await page.context().newCDPSession(page);
      try {
        for (const { type, ctrl, ...pressed } of presses) {
          // Electron's Input for it, key and code as Chromium made them (shell/common/gin_converters/blink_converter.cc).
          pasteKeys.saw({ type, key: pressed.key, code: pressed.code, control: ctrl, meta: false, shift: false, alt: false }, 'linux');
          await cdp.send('Input.dispatchKeyEvent', { type: type === 'keyDown' ? 'rawKeyDown' : 'keyUp', modifiers: ctrl ? 2 : 0, ...pressed });
        }
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    async reset() {
      for (const item of core.queue.snapshot().items) await core.handlers['queue:remove']({ id: item.id });
      // Removing an upload stops it; once all have stopped, nothing more reaches the history.
      await core.queue.whenSettled();
      await core.handlers['history:clear'](undefined);
      core.queue.resume();
      online.set(true);
      await core.handlers['settings:set']({ ...DEFAULT_SETTINGS, ...options.settings });
      const keys: Partial<Record<ProviderId, string>> = options.keys ?? server.keys;
      for (const provider of PROVIDER_IDS) {
        const key = keys[provider];
        // Keys a test added under names of their own go; the launch key is the "Default" one.
        for (const name of (await keychain.store.names(provider)).names) if (name !== DEFAULT_KEY_NAME) await keychain.store.delete(provider, name);
        if ((await keychain.store.get(provider)) === key) continue;
        if (key === undefined) await keychain.store.delete(provider);
        else await keychain.store.set(provider, key);
      }
      // The keys were put back behind main's back: what it remembered of their checks goes too.
      await core.keyChecks.clear();
      server.reset();
      // The last test's files go too: a folder dropped again holds only what this test puts in it.
      await removeDir(mediaDir);
      await mkdir(mediaDir, { recursive: true });
      for (const noted of [openedUrls, shownFiles, keyQuestions, exports, gateLog, sentCalls, pageErrors]) noted.length = 0;
      dialogFiles = [];
      keyAnswer = 'change';
      cancelSave = false;
      clipboardFails = false;
      await clipboard().writeText('');
      // In front again: the stand-in keeps a window in the background so across loads.
      await setWindowFocus(page, true);
      await page.goto(appPage);
      await windowReady(page);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await core.close();
      await keychain.dispose();
      await pages.close();
      await server.close();
      if (options.dataDir === undefined) await removeDir(dataDir);
      await removeDir(mediaDir);
    },
  };
  return harness;
}

/** The stand-in's focus of the window (page-electron.ts), set as app.blur() and app.focus() say. */
async function setWindowFocus(page: Page, focused: boolean): Promise<void> {
  await page.evaluate((next) => {
    const focus = (window as unknown as { __e2eWindowFocus?: { set(focused: boolean): void } }).__e2eWindowFocus;
    if (focus === undefined) throw new Error('The page has no stand-in focus: page-electron.ts did not run in it.');
    focus.set(next);
  }, focused);
}

/**
 * The system clipboard as the tests see it: Chromium's own, which every page of one browser
 * shares (a write in one context reads back in another), so the window's Copy buttons and main's
 * copies land in one place. Main's side stands in for Electron's `clipboard` module, which needs
 * no window: it writes through a blank page in a context of its own, never through the app's
 * window, so a copy from main does not depend on the window being focused, loaded, or there.
 * Playwright keeps that page focused, so Chromium's own focus rule lets it read and write.
 */
export interface SystemClipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
}

export async function openSystemClipboard(browser: Browser, origin: string): Promise<SystemClipboard> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  // Answered here, so nothing reaches the app's page server; same origin: a secure context.
  const url = `${origin}/system-clipboard`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>System clipboard</title>' }));
  const page = await context.newPage();
  await page.goto(url);
  return {
    readText: () => page.evaluate(() => navigator.clipboard.readText()),
    writeText: (text) => page.evaluate((value) => navigator.clipboard.writeText(value), text),
  };
}

/**
 * The window has drawn and its effects (the drop listeners among them) are in place: React runs
 * effects after the first paint, so wait for the header, then for a frame and a task after it.
 */
async function windowReady(page: Page): Promise<void> {
  await page.getByRole('banner').waitFor();
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** What page-electron.ts keeps of a drop: the paths it expects next, the Files the last one carried. */
interface DropState {
  readonly __e2eDrops: { expected: readonly string[] | undefined; readonly files: File[] };
}

/**
 * A drop as a person makes it from a file manager: Chromium's own drag and drop (the DevTools
 * protocol's Input.dispatchDragEvent with the paths), so the window gets trusted drag events
 * whose DataTransfer holds the File objects Chromium itself makes for files and folders on disk.
 * The stand-in's webUtils learns each File's path as the drop lands (page-electron.ts), and
 * Chromium is then asked (DOM.getFileInfo) which path is behind each File: the two must agree.
 */
async function dropOnPage(page: Page, paths: readonly string[], options: DropOptions): Promise<void> {
  const point = await dropPoint(page, options.target);
  await page.evaluate((list) => {
    const drops = (window as unknown as DropState).__e2eDrops;
    drops.expected = list;
    drops.files.length = 0;
  }, [...paths]);
  const cdp = await page.context().newCDPSession(page);
  try {
    // Copy, link and move (Chromium's drag operation bits 1, 2, 16), as a file manager offers.
    const data = { items: [], files: [...paths], dragOperationsMask: 1 | 2 | 16 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: point.x, y: point.y, data });
    const taken = await page.evaluate(() => {
      const drops = (window as unknown as DropState).__e2eDrops;
      const missed = drops.expected !== undefined;
      drops.expected = undefined;
      return { missed, files: drops.files.length };
    });
    // Chromium fires `drop` only where the last `dragover` was cancelled, as the window's must be.
    if (taken.missed) throw new Error('The window did not take the drop: Chromium fired no drop event on it.');
    for (let i = 0; i < taken.files; i++) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `window.__e2eDrops.files[${i}]` });
      if (result.objectId === undefined) throw new Error(`Dropped file ${i} is not an object in the page.`);
      const { path } = await cdp.send('DOM.getFileInfo', { objectId: result.objectId });
      if (path !== paths[i]) throw new Error(`Chromium's dropped file ${i} is ${path}, but the stand-in mapped it to ${paths[i]}.`);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function dropPoint(page: Page, target: string | undefined): Promise<{ x: number; y: number }> {
  if (target === undefined) {
    const size = page.viewportSize();
    if (size === null) throw new Error('The window has no size to drop on.');
    return { x: size.width / 2, y: size.height / 2 };
  }
  const box = await page.locator(target).boundingBox();
  if (box === null) throw new Error(`Nothing to drop on (${target}).`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

interface PageServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** The built window over loopback HTTP, with the app's CSP header on every answer. */
async function servePages(root: string): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/favicon.ico') {
      // Chromium asks every site for one; Electron's window never does.
      response.writeHead(204).end();
      return;
    }
    void rendererFile(root, path).then((file) => {
      response.writeHead(file.status, file.headers);
      response.end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
