// The app's life (electron/main/app-life.ts) with the strict model's windows and notifications:
// where a notice goes when there is no page to show it, and that one window is ever made.

import { describe, expect, it } from 'vitest';
import { AppLife, type AppLifePorts } from '../../electron/main/app-life.ts';
import { createElectronModel, type ElectronModel } from '../fixtures/electron-model/electron-model.ts';
import type { ModelBrowserWindow } from '../fixtures/electron-model/model-window.ts';

function lifeOn(model: ElectronModel, overrides: Partial<AppLifePorts> = {}): AppLife {
  const m = model.module as Record<string, unknown>;
  const BrowserWindow = m['BrowserWindow'] as new (options?: object) => ModelBrowserWindow;
  const Notification = m['Notification'] as new (options: { title: string; body: string }) => never;
  return new AppLife({
    mayOpenWindow: () => model.host.ready,
    loadPlace: async () => undefined,
    createWindow: () => {
      const win = new BrowserWindow({ show: false });
      void win.loadURL('app://media-uploader/index.html');
      return win;
    },
    notification: (notice) => new Notification(notice),
    addChosen: async () => ({ added: [], refused: [] }),
    ...overrides,
  });
}

const notice = (title: string) => ({ title, lines: ['line'] });

describe('the app’s life', () => {
  it('a quiet start in the tray turns notices raised while starting into system notifications', () => {
    const model = createElectronModel();
    model.becomeReady();
    const life = lifeOn(model);
    life.notice(notice('The upload list could not be saved.'));
    expect(model.notifications()).toEqual([]);
    life.start({ openWindow: false, files: [] });
    expect(model.notifications().map((note) => note.options.title)).toEqual(['The upload list could not be saved.']);
    expect(model.windowsMade).toBe(0);
  });

  it('holds notices where the system has no notifications, and shows them in the next window', async () => {
    const model = createElectronModel();
    model.becomeReady();
    const life = lifeOn(model, { notification: () => undefined });
    life.start({ openWindow: false, files: [] });
    life.notice(notice('first'));
    life.showWindow();
    await life.windowSettled();
    const win = model.windows[0]!;
    await new Promise<void>((resolve) => win.webContents.once('did-finish-load', () => setImmediate(resolve)));
    expect(win.webContents.sent.map((message) => [(message.payload as { title: string }).title, message.delivered])).toEqual([['first', true]]);
  });

  it('keeps at most the 20 newest notices for a window that never comes', async () => {
    const model = createElectronModel();
    model.becomeReady();
    const life = lifeOn(model, { notification: () => undefined });
    life.start({ openWindow: false, files: [] });
    for (let i = 1; i <= 25; i += 1) life.notice(notice(`notice ${i}`));
    life.showWindow();
    await life.windowSettled();
    const win = model.windows[0]!;
    await new Promise<void>((resolve) => win.webContents.once('did-finish-load', () => setImmediate(resolve)));
    const titles = win.webContents.sent.map((message) => (message.payload as { title: string }).title);
    expect(titles).toHaveLength(20);
    expect(titles[0]).toBe('notice 6');
  });

  it('asked to show the window from many places at once, makes one, and forgets it once closed', async () => {
    const model = createElectronModel();
    model.becomeReady();
    let placeReads = 0;
    const life = lifeOn(model, {
      loadPlace: async () => {
        placeReads += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return undefined;
      },
    });
    life.start({ openWindow: true, files: [] });
    life.showWindow();
    life.showWindow();
    await life.windowSettled();
    expect(model.windowsMade).toBe(1);
    expect(placeReads).toBe(1);
    const win = model.windows[0]!;
    win.close();
    expect(life.window).toBeUndefined();
    life.showWindow();
    await life.windowSettled();
    expect(model.windowsMade).toBe(2);
  });

  it('brings a minimized window back instead of making another', async () => {
    const model = createElectronModel();
    model.becomeReady();
    const life = lifeOn(model);
    life.start({ openWindow: true, files: [] });
    await life.windowSettled();
    const win = model.windows[0]!;
    win.minimize();
    life.showWindow();
    expect(win.isMinimized()).toBe(false);
    expect(win.focused).toBe(true);
    expect(model.windowsMade).toBe(1);
  });

  it('opens no window when a quit begins while the window’s place is read', async () => {
    const model = createElectronModel();
    model.becomeReady();
    let may = true;
    const life = lifeOn(model, {
      mayOpenWindow: () => may,
      loadPlace: async () => {
        may = false;
        return undefined;
      },
    });
    life.start({ openWindow: true, files: [] });
    await life.windowSettled();
    expect(model.windowsMade).toBe(0);
  });
});
