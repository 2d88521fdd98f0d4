// What the app decides about its window, the files the system hands it and what it tells the
// person, apart from Electron: index.ts only plugs Electron's events and objects into this.
// It runs under test against a strict model of Electron (test/fixtures/electron-model/), whose
// rules it depends on:
//
// - One window, ever. `new BrowserWindow()` exists at once but its page loads later
//   (lib/browser/api/web-contents.ts: loadURL resolves on `did-finish-load`), and the window's
//   place is read from disk before it is made. Every way of showing the window (a second start,
//   macOS's `open-file` once per file, the tray, a notification, the Dock) goes through
//   showWindow(), and while a window is being made the callers share it: two quick
//   `second-instance` events must not make two windows, since the call gate answers only the
//   window it knows (ipc-binding.ts) and the other would be dead.
// - A closed window is destroyed (docs/api/browser-window.md, Event: 'closed'; using it then
//   throws "Object has been destroyed", shell/common/gin_helper/function_template.h): it is
//   forgotten on `closed` and never touched again.
// - Files handed over before the app can add them wait (`open-file` may come before `ready`,
//   docs/api/app.md), then go in together.
// - A notice sent to a page that is still loading is lost, and there is no page at all while
//   the app lives in the tray: notices wait for the page's `did-finish-load` (the window's
//   scripts subscribe before it, renderer/src/main.tsx), or become a system notification when
//   no window is coming.
// - A Notification kept only in a local can be garbage-collected, and its click with it
//   (docs/api/notification.md): shown ones are held here until they close.

import { basename } from 'node:path';
import type { EventPayloads } from '../../shared/ipc-contract.ts';
import { notAddedNotice } from '../../shared/refusal-notice.ts';
import { UserFacingError } from '../../shared/user-facing-error.ts';
import type { Translate } from '../../shared/i18n/translator.ts';
import type { AddChosen } from './desktop/add-chosen.ts';
import { englishT } from '../../shared/i18n/english.ts';
import { OutsideFiles } from './desktop/outside-files.ts';
import type { Notice } from './quit/window-close.ts';
import type { WindowPlace } from './window/window-place.ts';
import { mainT } from './settings/main-language.ts';
import { userFacingWords } from '../../shared/i18n/error-words.ts';

type AppNotice = EventPayloads['app:notice'];

/** The parts of a BrowserWindow the app's life uses. */
export interface LifeWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  on(event: 'closed', listener: () => void): unknown;
  readonly webContents: {
    isLoading(): boolean;
    send(channel: 'app:notice', notice: AppNotice): void;
    on(event: 'did-finish-load', listener: () => void): unknown;
  };
}

/** The parts of a Notification. */
export interface LifeNotification {
  show(): void;
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
}

export interface AppLifePorts {
  /** Whether a window may open now: the app is ready, its core open, and no quit under way. */
  mayOpenWindow(): boolean;
  /** Where the window opened last (window-place.ts). */
  loadPlace(): Promise<WindowPlace | undefined>;
  /** Makes the window (main-window.ts): it exists at once, shows itself once painted. */
  createWindow(place: WindowPlace | undefined): LifeWindow;
  /** A system notification, or undefined where the system has none. */
  notification(notice: Notice): LifeNotification | undefined;
  /** Queues files the person chose outside the window (app-core.ts addChosen). */
  readonly addChosen: AddChosen;
  /** Main's translator now (app/main-language.ts); English without it. */
  readonly t?: () => Translate;
}

// Notices held for a window that never comes stay bounded: the newest are the ones that matter.
const MAX_HELD_NOTICES = 20;

export class AppLife {
  readonly #ports: AppLifePorts;
  readonly #outside = new OutsideFiles();
  readonly #notifications = new Set<LifeNotification>();
  #held: AppNotice[] = [];
  #window: LifeWindow | undefined;
  #opening: Promise<void> | undefined;
  #started = false;

  constructor(ports: AppLifePorts) {
    this.#ports = ports;
  }

  /** The window, while it lives. */
  get window(): LifeWindow | undefined {
    const win = this.#window;
    return win === undefined || win.isDestroyed() ? undefined : win;
  }

  /**
   * The app is ready and its core open: files handed over so far are added, and the window opens
   * unless the app starts quietly in the tray (then held notices become system notifications).
   */
  start(options: { readonly openWindow: boolean; readonly files: readonly string[] }): void {
    this.#started = true;
    if (options.openWindow) this.showWindow();
    this.#outside.ready((paths) => void this.#addFromOutside(paths));
    this.#outside.receive(options.files);
    if (this.#opening === undefined && this.window === undefined) this.#notifyHeld();
  }

  /** Files handed over by the system (Open with, Send to, a second start, the Dock, the tray icon). */
  receiveFiles(paths: readonly string[]): void {
    this.#outside.receive(paths);
  }

  /** Brings the window forward, or opens it: one window whoever asks and however often. */
  showWindow(): void {
    const win = this.window;
    if (win !== undefined) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
      return;
    }
    // The window being made shows itself once painted (main-window.ts).
    if (this.#opening !== undefined || !this.#ports.mayOpenWindow()) return;
    this.#opening = this.#open().finally(() => {
      this.#opening = undefined;
    });
  }

  /** Resolves once no window is being made (tests, and a quit that wants the place saved). */
  async windowSettled(): Promise<void> {
    await this.#opening;
  }

  /** Tells the person something in the window, now or once it has loaded, or by a system notification. */
  notice(notice: AppNotice): void {
    const win = this.window;
    if (win !== undefined && !win.webContents.isLoading()) {
      win.webContents.send('app:notice', notice);
      return;
    }
    this.#hold(notice);
    if (win === undefined && this.#opening === undefined && this.#started) this.#notifyHeld();
  }

  /** A system notification whose click opens the window; false where the system has none. */
  notify(notice: Notice): boolean {
    const note = this.#ports.notification(notice);
    if (note === undefined) return false;
    this.#notifications.add(note);
    const forget = (): void => void this.#notifications.delete(note);
    note.on('click', () => {
      forget();
      this.showWindow();
    });
    note.on('close', forget);
    note.on('failed', forget);
    note.show();
    return true;
  }

  async #open(): Promise<void> {
    const place = await this.#ports.loadPlace().catch(() => undefined);
    // A quit may have begun while the place was read.
    if (!this.#ports.mayOpenWindow()) return;
    const win = this.#ports.createWindow(place);
    this.#window = win;
    win.on('closed', () => {
      if (this.#window === win) this.#window = undefined;
    });
    win.webContents.on('did-finish-load', () => this.#sendHeld(win));
  }

  #hold(notice: AppNotice): void {
    this.#held.push(notice);
    if (this.#held.length > MAX_HELD_NOTICES) this.#held.splice(0, this.#held.length - MAX_HELD_NOTICES);
  }

  #sendHeld(win: LifeWindow): void {
    const held = this.#held;
    this.#held = [];
    for (const notice of held) win.webContents.send('app:notice', notice);
  }

  /**
   * No window is coming: what waited goes out as system notifications. Where there are none,
   * warnings and errors wait for the next window; news of the moment ("the link was copied")
   * would be stale by then and goes.
   */
  #notifyHeld(): void {
    this.#held = this.#held.filter((notice) => !this.notify({ title: notice.title, body: notice.lines.join('\n') }) && notice.tone !== 'info');
  }

  /** Queues files the system handed over, shows the window, and says what could not be added. */
  async #addFromOutside(paths: readonly string[]): Promise<void> {
    this.showWindow();
    const result = await this.#ports.addChosen(paths).catch((error: unknown) => ({
      added: [],
      refused: paths.map((path) => ({
        path,
        name: basename(path),
        message: error instanceof UserFacingError ? userFacingWords(this.#ports.t?.() ?? mainT(), error) : (this.#ports.t?.() ?? englishT())('desktop:notice.notAdded'),
      })),
    }));
    const notice = notAddedNotice(mainT(), result.refused);
    if (notice !== undefined) this.notice(notice);
  }
}
