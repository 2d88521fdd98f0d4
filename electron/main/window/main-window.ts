// The one window, set up per Electron's security checklist: an isolated, sandboxed renderer
// without Node, web security on, nothing but the app's page ever loaded in it and no pop-ups
// (window-navigation.ts), and no permission granted except writing plain text to the clipboard
// (the Copy buttons).

import { BrowserWindow, screen, session } from 'electron';
import { keepOnAppPage } from './window-navigation.ts';
import { secureWebPreferences } from './window-preferences.ts';
import { DEFAULT_SIZE, MIN_SIZE, placeOnScreens, type WindowPlace } from './window-place.ts';

export interface MainWindowOptions {
  readonly appPage: string;
  readonly preload: string;
  readonly icon?: string;
  readonly savedPlace: WindowPlace | undefined;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const place = placeOnScreens(options.savedPlace, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    title: 'Media Uploader',
    width: place?.width ?? DEFAULT_SIZE.width,
    height: place?.height ?? DEFAULT_SIZE.height,
    ...(place !== undefined && { x: place.x, y: place.y }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    ...(options.icon !== undefined && { icon: options.icon }),
    // Shown once painted, so the person never sees a blank white frame in dark mode.
    show: false,
    webPreferences: secureWebPreferences(options.preload),
  });
  // maximize() on a hidden window shows it at once, blank; so it waits for the first paint too.
  win.once('ready-to-show', () => (place?.maximized === true ? win.maximize() : win.show()));
  win.setMenuBarVisibility(false);

  keepOnAppPage(win.webContents, options.appPage);
  void win.loadURL(options.appPage);
  return win;
}

/** Where the window is now, to be saved (and awaited) while quitting. */
export function currentPlace(win: BrowserWindow): WindowPlace {
  return { ...win.getNormalBounds(), maximized: win.isMaximized() };
}

/** Denies every permission but the sanitized clipboard write the Copy buttons use. */
export function restrictPermissions(): void {
  const allowed = (permission: string): boolean => permission === 'clipboard-sanitized-write';
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed(permission));
}
