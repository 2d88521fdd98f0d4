// The native prompt for a proxy's user name and password (its 407: electron/core/proxy-sign-in.ts).
//
// Why a small window of its own: Electron has no dialog with text fields (dialog.showMessageBox
// takes buttons and a checkbox only, docs/api/dialog.md), and Chromium's own sign-in box appears
// only for Chromium's requests (app/webContents `login`), while uploads go through the engine's
// undici. The main window is no place for it either: the password must never reach that page, and
// the app may be in the tray with no window at all. So: a small, modal where the main window is
// shown, sandboxed window (the same web preferences as the main one) whose page has no script
// (proxy-sign-in-page.ts) and whose preload sends one answer, heard from this window only.
// Closing it is a cancel; so is quitting the app, which closes every window.

import { BrowserWindow } from 'electron';
import { z } from 'zod';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { ProxyCredentials } from '../../core/network/proxy-types.ts';
import { PROXY_SIGN_IN_CHANNEL } from '../../../shared/proxy-sign-in-channel.ts';
import { PROMPT_SIZE, proxySignInPageUrl, proxySignInWords } from './proxy-sign-in-page.ts';
import { keepOnAppPage } from '../window/window-navigation.ts';
import { secureWebPreferences } from '../window/window-preferences.ts';

export interface ProxySignInWindowOptions {
  /** The main window, when it is shown: the prompt is modal to it (a sheet on macOS). */
  readonly parent: BrowserWindow | undefined;
  /** out/preload/proxy-sign-in.cjs. */
  readonly preload: string;
  readonly proxy: string;
  readonly again: boolean;
  /** Main's translator (electron/main/app/main-language.ts) and its language: the prompt's words. */
  readonly t?: Translate;
  readonly language?: string;
}

// What the preload may send: the sign-in, or null for Cancel. Anything else is taken as a cancel.
const ANSWER = z.object({ username: z.string().min(1).max(500), password: z.string().max(500) }).strict().nullable();

export function askProxySignIn(options: ProxySignInWindowOptions): Promise<ProxyCredentials | undefined> {
  const words = proxySignInWords(options.proxy, options.again, options.t, options.language);
  const page = proxySignInPageUrl(words);
  const win = new BrowserWindow({
    title: words.title,
    width: PROMPT_SIZE.width,
    height: PROMPT_SIZE.height,
    useContentSize: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    ...(options.parent !== undefined && { parent: options.parent, modal: true }),
    // Shown once painted, as the main window is.
    show: false,
    webPreferences: secureWebPreferences(options.preload),
  });
  win.setMenuBarVisibility(false);
  keepOnAppPage(win.webContents, page);
  return new Promise((resolve) => {
    let answered = false;
    const finish = (answer: ProxyCredentials | undefined): void => {
      if (answered) return;
      answered = true;
      resolve(answer);
      if (!win.isDestroyed()) win.close();
    };
    // contents.ipc hears only this window's messages (docs/api/web-contents.md, contents.ipc);
    // of those, its page's own frame (it has no other: its policy allows none).
    win.webContents.ipc.on(PROXY_SIGN_IN_CHANNEL, (event, answer: unknown) => {
      if (event.senderFrame === null || event.senderFrame.parent !== null) return;
      const parsed = ANSWER.safeParse(answer);
      finish(parsed.success && parsed.data !== null ? parsed.data : undefined);
    });
    win.on('closed', () => finish(undefined));
    win.once('ready-to-show', () => win.show());
    win.loadURL(page).catch(() => finish(undefined));
  });
}
