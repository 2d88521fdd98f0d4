// Pins the strict model of Electron (test/fixtures/electron-model/) to Electron's own rules, each
// cited where it is modelled: a forgiving stand-in would hide the faults that live in index.ts.

import { describe, expect, it } from 'vitest';
import { createElectronModel } from '../fixtures/electron-model/electron-model.ts';
import type { ModelBrowserWindow } from '../fixtures/electron-model/model-window.ts';

function parts(model: ReturnType<typeof createElectronModel>) {
  const m = model.module as Record<string, unknown>;
  return {
    app: model.host.app,
    BrowserWindow: m['BrowserWindow'] as new (options?: object) => ModelBrowserWindow,
    Notification: m['Notification'] as { new (options: { title: string; body: string }): { show(): void } },
    Tray: m['Tray'] as { new (image: unknown): object },
    nativeImage: m['nativeImage'] as { createFromPath(path: string): unknown },
    protocol: m['protocol'] as { registerSchemesAsPrivileged(schemes: unknown[]): void },
    ipcMain: m['ipcMain'] as { handle(channel: string, handler: () => unknown): void },
  };
}

describe('the strict Electron model', () => {
  it('makes no window, notification or tray before ready, and takes no second-instance before it', () => {
    const model = createElectronModel();
    const { BrowserWindow, Notification, Tray, nativeImage } = parts(model);
    expect(() => new BrowserWindow()).toThrow('Cannot create BrowserWindow before app is ready');
    expect(() => new Notification({ title: 't', body: 'b' })).toThrow('Cannot create Notification before app is ready');
    expect(() => new Tray(nativeImage.createFromPath('/icon.png'))).toThrow('Cannot create Tray before app is ready');
    expect(() => model.secondInstance([], '/', {})).toThrow(/after ready/);
    // open-file may come before ready.
    const opened: string[] = [];
    model.host.app.on('open-file', (_event: unknown, path: string) => opened.push(path));
    model.openFile('/a.mp3');
    expect(opened).toEqual(['/a.mp3']);
  });

  it('registers privileged schemes only before ready, and one handler per IPC channel', () => {
    const model = createElectronModel();
    const { protocol, ipcMain } = parts(model);
    protocol.registerSchemesAsPrivileged([]);
    model.becomeReady();
    expect(() => protocol.registerSchemesAsPrivileged([])).toThrow('should be called before app is ready');
    ipcMain.handle('queue:get', () => undefined);
    expect(() => ipcMain.handle('queue:get', () => undefined)).toThrow("Attempted to register a second handler for 'queue:get'");
  });

  it('makes a window at once and loads its page later: loading until did-finish-load, then ready-to-show', async () => {
    const model = createElectronModel();
    model.becomeReady();
    const { BrowserWindow } = parts(model);
    const win = new BrowserWindow({ show: false });
    const order: string[] = [];
    win.webContents.on('did-finish-load', () => order.push('did-finish-load'));
    win.on('ready-to-show', () => order.push('ready-to-show'));
    const loaded = win.loadURL('app://media-uploader/index.html');
    expect(win.webContents.isLoading()).toBe(true);
    win.webContents.send('app:notice', { title: 'early', lines: [] });
    expect(order).toEqual([]);
    await loaded;
    expect(order).toEqual(['did-finish-load', 'ready-to-show']);
    win.webContents.send('app:notice', { title: 'late', lines: [] });
    expect(win.webContents.sent.map((message) => message.delivered)).toEqual([false, true]);
  });

  it("hears a page's message on its own webContents' ipc before ipcMain, and no other page's there", async () => {
    const model = createElectronModel();
    model.becomeReady();
    const { BrowserWindow, ipcMain } = parts(model);
    const [a, b] = [new BrowserWindow(), new BrowserWindow()];
    const heard: string[] = [];
    a.webContents.ipc.on('answer', (_event: unknown, value: unknown) => heard.push(`a.ipc ${String(value)}`));
    (ipcMain as unknown as { on(channel: string, listener: (event: unknown, value: unknown) => void): void }).on('answer', (_event, value) => heard.push(`ipcMain ${String(value)}`));
    expect(model.send(a.webContents, 'answer', 1)).toBe(true);
    expect(model.send(b.webContents, 'answer', 2)).toBe(true);
    expect(heard).toEqual(['a.ipc 1', 'ipcMain 1', 'ipcMain 2']);
    expect(() => model.send(a.webContents, 'answer', () => 3)).toThrow();
    // An invoke: the webContents' own handler answers before ipcMain's (docs/api/web-contents.md, contents.ipc).
    ipcMain.handle('which', () => 'ipcMain');
    a.webContents.ipc.handle('which', () => 'a.ipc');
    expect(await model.invoke(a.webContents, 'which')).toBe('a.ipc');
    expect(await model.invoke(b.webContents, 'which')).toBe('ipcMain');
  });

  it('refuses to send what structured clone refuses', () => {
    const model = createElectronModel();
    model.becomeReady();
    const win = new (parts(model).BrowserWindow)();
    expect(() => win.webContents.send('app:notice', { run: () => undefined })).toThrow();
  });

  it('destroys a closed window: closed comes after close, and every use throws', () => {
    const model = createElectronModel();
    model.becomeReady();
    const win = new (parts(model).BrowserWindow)();
    const order: string[] = [];
    win.on('close', () => order.push('close'));
    win.on('closed', () => order.push('closed'));
    win.close();
    expect(order).toEqual(['close', 'closed']);
    expect(win.isDestroyed()).toBe(true);
    expect(() => win.show()).toThrow('Object has been destroyed');
    expect(() => win.webContents.send('x', 1)).toThrow('Object has been destroyed');
  });

  it('keeps a window whose close is prevented', () => {
    const model = createElectronModel();
    model.becomeReady();
    const win = new (parts(model).BrowserWindow)();
    win.on('close', (event: { preventDefault(): void }) => event.preventDefault());
    win.close();
    expect(win.isDestroyed()).toBe(false);
  });

  it('quits when the last window closes and the app does not listen to window-all-closed', () => {
    const model = createElectronModel();
    model.becomeReady();
    new (parts(model).BrowserWindow)().close();
    expect(model.host.events).toEqual(['ready', 'window-all-closed', 'before-quit', 'will-quit', 'quit']);
    expect(model.host.exitCode).toBe(0);
  });

  it("keeps running when the app listens to window-all-closed; app.quit() then closes windows without emitting it", () => {
    const model = createElectronModel();
    model.becomeReady();
    model.host.app.on('window-all-closed', () => undefined);
    const { BrowserWindow } = parts(model);
    new BrowserWindow().close();
    expect(model.host.exitCode).toBeUndefined();
    const win = new BrowserWindow();
    model.host.app.quit();
    expect(win.isDestroyed()).toBe(true);
    expect(model.host.events).toEqual(['ready', 'window-all-closed', 'before-quit', 'will-quit', 'quit']);
  });

  it('relaunch only arranges a new start: it quits nothing by itself', () => {
    const model = createElectronModel();
    model.becomeReady();
    model.host.app.relaunch({ execPath: '/opt/Media-Uploader.AppImage', args: [] });
    expect(model.host.app.relaunches).toEqual([{ execPath: '/opt/Media-Uploader.AppImage', args: [] }]);
    expect(model.host.events).toEqual(['ready']);
    expect(model.host.exitCode).toBeUndefined();
  });

  it('ends a quit that before-quit prevents, or that a window keeping itself cancels', () => {
    const model = createElectronModel();
    model.becomeReady();
    const win = new (parts(model).BrowserWindow)();
    const hold = (event: { preventDefault(): void }): void => event.preventDefault();
    model.host.app.on('before-quit', hold);
    model.host.app.quit();
    expect(win.isDestroyed()).toBe(false);
    model.host.app.off('before-quit', hold);
    win.on('close', hold);
    model.host.app.quit();
    expect(model.host.quitting).toBe(false);
    expect(model.host.exitCode).toBeUndefined();
  });

  it('collects a notification or tray icon that nothing references, and keeps one that something does', async () => {
    const model = createElectronModel();
    model.becomeReady();
    const { Notification, Tray, nativeImage } = parts(model);
    const kept = new Notification({ title: 'kept', body: '' });
    (() => {
      new Notification({ title: 'dropped', body: '' }).show();
      new Tray(nativeImage.createFromPath('/icon.png'));
    })();
    await model.collect();
    expect(model.notifications().map((note) => note.options.title)).toEqual(['kept']);
    expect(model.trays()).toEqual([]);
    expect(kept).toBeDefined();
  });

  it('throws on an Electron API it does not model, instead of answering undefined', () => {
    const model = createElectronModel();
    const app = model.module['app'] as Record<string, unknown>;
    expect(() => app['setBadgeCount']).toThrow(/has no "setBadgeCount"/);
  });
});
