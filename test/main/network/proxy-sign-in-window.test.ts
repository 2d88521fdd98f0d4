// The proxy's password prompt (electron/main/proxy-sign-in-window.ts) under the strict Electron
// model: a sandboxed window of its own, modal to a shown main window, whose page (a data: URL,
// no script) says the proxy's words; the answer comes from that window's page only, and closing
// it, or an answer that is not a sign-in, is a cancel.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElectronModel, type ElectronModel } from '../../fixtures/electron-model/electron-model.ts';
import type { ModelBrowserWindow } from '../../fixtures/electron-model/model-window.ts';
import { proxySignInPage, proxySignInWords, SIGN_IN_PAGE_POLICY } from '../../../electron/main/network/proxy-sign-in-page.ts';
import { PROXY_SIGN_IN_CHANNEL } from '../../../shared/proxy-sign-in-channel.ts';

afterEach(() => {
  vi.doUnmock('electron');
  vi.resetModules();
});

async function underModel(): Promise<{ model: ElectronModel; ask: typeof import('../../../electron/main/network/proxy-sign-in-window.ts').askProxySignIn }> {
  const model = createElectronModel({ platform: 'linux' });
  vi.resetModules();
  vi.doMock('electron', () => model.module);
  const { askProxySignIn } = await import('../../../electron/main/network/proxy-sign-in-window.ts');
  return { model, ask: askProxySignIn };
}

const pageOf = (win: ModelBrowserWindow): string => {
  const url = win.webContents.getURL();
  expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
};

const loaded = async (model: ElectronModel, count: number): Promise<ModelBrowserWindow> => {
  await vi.waitFor(() => {
    const win = model.windows[count - 1];
    if (win === undefined || win.webContents.isLoading() || !win.visible) throw new Error('the prompt is not shown yet');
  });
  return model.windows[count - 1]!;
};

describe('the proxy password prompt', () => {
  it('opens only once the app is ready, modal to the shown window, sandboxed, and answers the sign-in its page sends', async () => {
    const { model, ask } = await underModel();
    expect(() => ask({ parent: undefined, preload: '/app/out/preload/proxy-sign-in.cjs', proxy: 'proxy.corp:3128', again: false })).toThrow('Cannot create BrowserWindow before app is ready');
    model.becomeReady();
    const BrowserWindow = model.module['BrowserWindow'] as new (options?: object) => ModelBrowserWindow;
    const main = new BrowserWindow({ title: 'Media Uploader' });
    const answer = ask({ parent: main as unknown as Electron.BrowserWindow, preload: '/app/out/preload/proxy-sign-in.cjs', proxy: 'proxy.corp:3128', again: false });
    const prompt = await loaded(model, 2);
    expect(prompt.options).toMatchObject({ parent: main, modal: true, title: 'Proxy sign-in', webPreferences: { preload: '/app/out/preload/proxy-sign-in.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false } });
    const html = pageOf(prompt);
    expect(html).toContain('The proxy proxy.corp:3128 asks for a user name and password.');
    expect(html).toContain(`content="${SIGN_IN_PAGE_POLICY}"`);
    expect(html).not.toMatch(/<script/i);

    // Another window's page saying the same is not heard: contents.ipc is this window's alone.
    expect(model.send(main.webContents, PROXY_SIGN_IN_CHANNEL, { username: 'mallory', password: 'x' })).toBe(false);
    expect(model.send(prompt.webContents, PROXY_SIGN_IN_CHANNEL, { username: 'ada', password: 'lovelace' })).toBe(true);
    expect(await answer).toEqual({ username: 'ada', password: 'lovelace' });
    expect(prompt.isDestroyed()).toBe(true);
    expect(main.isDestroyed()).toBe(false);
  });

  it('is a cancel when closed, when its page says Cancel, or when what it sends is not a sign-in', async () => {
    const { model, ask } = await underModel();
    model.becomeReady();
    const options = { parent: undefined, preload: '/p.cjs', proxy: '[fd00::1]:8080', again: true };

    const closed = ask(options);
    const first = await loaded(model, 1);
    expect(first.options.parent).toBeUndefined();
    expect(pageOf(first)).toContain('The proxy [fd00::1]:8080 did not accept that user name and password.');
    first.close();
    expect(await closed).toBeUndefined();

    const cancelled = ask(options);
    model.send((await loaded(model, 1)).webContents, PROXY_SIGN_IN_CHANNEL, null);
    expect(await cancelled).toBeUndefined();

    const odd = ask(options);
    model.send((await loaded(model, 1)).webContents, PROXY_SIGN_IN_CHANNEL, { username: 'ada', password: 'x', admin: true });
    expect(await odd).toBeUndefined();
    expect(model.windows).toHaveLength(0);
  });

  it('escapes what it shows: a proxy name from a PAC script is text, never markup', () => {
    const html = proxySignInPage(proxySignInWords('<img src=x onerror=alert(1)>:80', false));
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;:80');
  });
});
