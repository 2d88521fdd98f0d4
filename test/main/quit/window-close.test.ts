// Closing the window (electron/main/quit/window-close.ts): into the tray, where uploads go on, with
// a notice the first time ever; or, when the setting says so, the quit's own road with its one
// question. Electron is a small model of its documented order (docs/api/browser-window.md
// "Event: 'close'": preventDefault() keeps the window; docs/api/app.md "Event:
// 'window-all-closed'": a listener keeps the app running, and app.quit() emits `before-quit`,
// then closes the windows, where a prevented `close` cancels the quit). The quit flow is the
// app's own (quit-flow.ts), as in quit-flow.test.ts.

import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/settings-types.ts';
import { QuitFlow } from '../../../electron/main/quit/quit-flow.ts';
import { NoticeFile, trayNotice, WindowClose, type Notice } from '../../../electron/main/quit/window-close.ts';
import { makeTempDir } from '../../fixtures/media-files.ts';

class ModelApp {
  quitted = false;
  windowOpen = true;
  /** `window-all-closed` was emitted with a listener, which keeps the app (index.ts listens). */
  allClosed = 0;
  onClose: () => boolean = () => true;
  onBeforeQuit: () => boolean = () => true;

  /** app.quit() */
  quit(): void {
    if (this.quitted || !this.onBeforeQuit()) return;
    if (this.windowOpen && !this.closeWindow(true)) return;
    this.quitted = true;
  }

  /** The title bar's ×, Alt+F4, Cmd+W, or app.quit() closing it; true when it closed. */
  closeWindow(byQuit = false): boolean {
    if (!this.onClose()) return false;
    this.windowOpen = false;
    // app.quit() closing the windows does not emit window-all-closed (docs/api/app.md).
    if (!byQuit) this.allClosed += 1;
    return true;
  }
}

interface Options {
  readonly setting: Settings['whenWindowCloses'];
  readonly running?: number;
  readonly answer?: boolean;
  readonly notifications?: boolean;
  readonly dataDir?: string;
  readonly platform?: NodeJS.Platform;
}

async function setup(options: Options) {
  const app = new ModelApp();
  const asked: string[] = [];
  const shown: Notice[] = [];
  let placesSaved = 0;
  const quit = new QuitFlow({
    question: () => ((options.running ?? 0) > 0 ? `${options.running} files are still uploading.` : undefined),
    confirm: (question) => {
      asked.push(question);
      return options.answer ?? true;
    },
    finish: async () => undefined,
    quit: () => app.quit(),
    report: (error) => {
      throw error;
    },
  });
  const notices = await NoticeFile.open(options.dataDir ?? (await makeTempDir('window-close-')));
  const close = new WindowClose({
    setting: () => options.setting,
    quit,
    running: () => options.running ?? 0,
    savePlace: () => void (placesSaved += 1),
    notify: (notice) => {
      if (options.notifications === false) return false;
      shown.push(notice);
      return true;
    },
    notices,
    platform: options.platform ?? 'linux',
  });
  app.onClose = () => close.onClose();
  app.onBeforeQuit = () => quit.beforeQuit();
  return { app, asked, shown, notices, placesSaved: () => placesSaved };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('closing the window', () => {
  it('set to the tray: the app keeps running and uploading, asks nothing, and says where it went', async () => {
    const { app, asked, shown, placesSaved } = await setup({ setting: 'tray', running: 2 });
    expect(app.closeWindow()).toBe(true);
    await settle();
    expect(app.quitted).toBe(false);
    expect(app.allClosed).toBe(1);
    expect(asked).toEqual([]);
    expect(placesSaved()).toBe(1);
    expect(shown).toEqual([trayNotice(2, 'linux')]);
    expect(shown[0]).toEqual({
      title: 'Media Uploader is still running in the tray',
      body: 'Its 2 uploads go on. Open it or quit it from its icon in the tray. To quit when the window closes, change this in Settings.',
    });
  });

  it('says so once ever: not at the next close, nor after a restart', async () => {
    const dataDir = await makeTempDir('window-close-');
    const first = await setup({ setting: 'tray', dataDir });
    first.app.closeWindow();
    first.app.windowOpen = true;
    first.app.closeWindow();
    expect(first.shown).toHaveLength(1);
    await first.notices.settled();
    const next = await setup({ setting: 'tray', dataDir });
    next.app.closeWindow();
    expect(next.shown).toEqual([]);
  });

  it('keeps the notice for a later close where the system shows no notifications', async () => {
    const dataDir = await makeTempDir('window-close-');
    const silent = await setup({ setting: 'tray', dataDir, notifications: false });
    silent.app.closeWindow();
    expect(silent.notices.seen('tray')).toBe(false);
    const later = await setup({ setting: 'tray', dataDir });
    later.app.closeWindow();
    expect(later.shown).toHaveLength(1);
  });

  it('names the menu bar on macOS', () => {
    expect(trayNotice(1, 'darwin')).toEqual({
      title: 'Media Uploader is still running in the menu bar',
      body: 'Its upload goes on. Open it or quit it from its icon in the menu bar. To quit when the window closes, change this in Settings.',
    });
    expect(trayNotice(0, 'win32').body).toBe('Open it or quit it from its icon in the tray. To quit when the window closes, change this in Settings.');
  });

  it('set to quit: takes the quit’s road, with its one question, and "Keep uploading" keeps the window', async () => {
    const keep = await setup({ setting: 'quit', running: 3, answer: false });
    expect(keep.app.closeWindow()).toBe(false);
    await settle();
    expect(keep.asked).toEqual(['3 files are still uploading.']);
    expect(keep.app.windowOpen).toBe(true);
    expect(keep.app.quitted).toBe(false);

    const go = await setup({ setting: 'quit', running: 3, answer: true });
    expect(go.app.closeWindow()).toBe(false);
    await settle();
    await settle();
    expect(go.asked).toHaveLength(1);
    expect(go.app.quitted).toBe(true);
    expect(go.shown).toEqual([]);
  });

  it('set to the tray, Quit (from the tray or the menu) still asks once and quits, without a notice', async () => {
    const { app, asked, shown } = await setup({ setting: 'tray', running: 1 });
    app.quit();
    await settle();
    await settle();
    expect(asked).toEqual(['1 files are still uploading.']);
    expect(app.quitted).toBe(true);
    expect(app.windowOpen).toBe(false);
    expect(shown).toEqual([]);
  });
});
