// Closing the window, on every system: the setting "When the window is closed" (shared/
// settings-schema.ts `whenWindowCloses`) chooses between keeping the app running in the tray
// (the menu bar on macOS), where uploads go on, and quitting, which takes the quit's own road
// (quit-flow.ts: asked once if files upload, held until what must be written is). The first time
// the window closes into the tray, a notification says where the app went: once ever, since a
// notice repeated at every close would only be dismissed unread.
//
// Electron's order (docs/api/browser-window.md "Event: 'close'", docs/api/app.md "Event:
// 'window-all-closed'"): `close` comes first and preventDefault() there keeps the window;
// then the window closes; then, when it was the last, `window-all-closed`, whose mere listener
// keeps the app running (index.ts listens, so closing never quits by itself). Pure, with
// Electron behind ports, so test/main/quit/window-close.test.ts drives it in that order.

import { join } from 'node:path';
import { z } from 'zod';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { Settings } from '../../../shared/settings-types.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import { readJsonFile, writeJsonFile } from '../settings/json-file.ts';
import type { QuitFlow } from './quit-flow.ts';

export interface WindowClosePorts {
  setting(): Settings['whenWindowCloses'];
  readonly quit: Pick<QuitFlow, 'windowClose' | 'state'>;
  /** Files uploading or waiting for their turn now. */
  running(): number;
  /** Saves the window's place (window-place.ts): it will open there again. */
  savePlace(): void;
  /** The system notification; false when the system has none (the notice then waits for a later close). */
  notify(notice: Notice): boolean;
  readonly notices: NoticeFlags;
  readonly platform: NodeJS.Platform;
  /** Main's translator now (main-language.ts); English without it. */
  readonly t?: () => Translate;
}

export interface Notice {
  readonly title: string;
  readonly body: string;
}

export class WindowClose {
  readonly #ports: WindowClosePorts;

  constructor(ports: WindowClosePorts) {
    this.#ports = ports;
  }

  /** For the window's `close`: false means preventDefault() (the quit flow takes over). */
  onClose(): boolean {
    const { quit } = this.#ports;
    if (this.#ports.setting() === 'quit') return quit.windowClose();
    // Closed by a quit under way: the quit flow saved the place already.
    if (quit.state !== 'open') return true;
    this.#ports.savePlace();
    if (!this.#ports.notices.seen('tray')) {
      if (this.#ports.notify(trayNotice(this.#ports.running(), this.#ports.platform, this.#ports.t?.()))) this.#ports.notices.mark('tray');
    }
    return true;
  }
}

/** What the first close into the tray says. */
export function trayNotice(running: number, platform: NodeJS.Platform, t: Translate = englishT()): Notice {
  if (platform === 'darwin') {
    return { title: t('desktop:closed.titleMenuBar'), body: running === 0 ? t('desktop:closed.bodyMenuBar') : t('desktop:closed.bodyMenuBarUploading', { count: running }) };
  }
  return { title: t('desktop:closed.titleTray'), body: running === 0 ? t('desktop:closed.bodyTray') : t('desktop:closed.bodyTrayUploading', { count: running }) };
}

/** Notices shown once ever, remembered in notices.json in the data folder. */
export interface NoticeFlags {
  seen(name: string): boolean;
  mark(name: string): void;
}

const FLAGS = z.record(z.string(), z.literal(true));

export class NoticeFile implements NoticeFlags {
  readonly #path: string;
  readonly #seen: Set<string>;
  #writing: Promise<void> = Promise.resolve();

  private constructor(path: string, seen: Iterable<string>) {
    this.#path = path;
    this.#seen = new Set(seen);
  }

  static async open(dataDir: string): Promise<NoticeFile> {
    const path = join(dataDir, 'notices.json');
    return new NoticeFile(path, Object.keys((await readJsonFile(path, FLAGS)) ?? {}));
  }

  seen(name: string): boolean {
    return this.#seen.has(name);
  }

  mark(name: string): void {
    if (this.#seen.has(name)) return;
    this.#seen.add(name);
    const flags = Object.fromEntries([...this.#seen].map((seen) => [seen, true]));
    // A lost write only means the notice may show once more: nothing to tell the person.
    this.#writing = this.#writing.then(() => writeJsonFile(this.#path, flags)).catch(() => undefined);
  }

  /** Resolves once the flags are written (tests, and a quit that wants them on disk). */
  settled(): Promise<void> {
    return this.#writing;
  }
}
