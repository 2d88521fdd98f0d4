// The tray icon (the menu bar on macOS): only Electron's Tray here, showing what tray-view.ts
// decides. On Linux the icon is an app indicator, which shows only with a context menu and
// ignores clicks and tooltips (docs/api/tray.md, "Platform limitations"), so everything it
// offers is in the menu; and a change to the menu shows only after setContextMenu() again.

import { Menu, nativeImage, Tray } from 'electron';
import { trayMenuKey, trayMenuTemplate, trayToolTip, type TrayActions, type TrayState } from './tray-view.ts';

// What each system's tray draws, in points: Windows' notification area 16, GNOME and KDE 22,
// the macOS menu bar 18 (docs/api/tray.md recommends sizes per platform; the app ships one 512 px icon).
const ICON_SIZE: Partial<Record<NodeJS.Platform, number>> = { win32: 16, darwin: 18 };
const LINUX_ICON_SIZE = 22;
// Progress reaches main about 10 times a second; a tooltip read at a glance needs once a second.
const UPDATE_MS = 1000;

export class AppTray {
  readonly #tray: Tray;
  readonly #actions: TrayActions;
  readonly #platform: NodeJS.Platform;
  #menuKey = '';
  #latest: TrayState | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(iconPath: string, platform: NodeJS.Platform, actions: TrayActions) {
    const size = ICON_SIZE[platform] ?? LINUX_ICON_SIZE;
    this.#tray = new Tray(nativeImage.createFromPath(iconPath).resize({ width: size, height: size, quality: 'best' }));
    this.#actions = actions;
    this.#platform = platform;
    // Windows: a click opens the window, as people expect there; the menu is on the right click.
    // macOS opens the menu on a click, and Linux's app indicators send no clicks.
    if (platform === 'win32') this.#tray.on('click', () => actions.open());
  }

  /** Shows `state` now if nothing was shown for a second, else at the end of that second. */
  show(state: TrayState): void {
    this.#latest = state;
    if (this.#timer !== undefined) return;
    this.#apply();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#latest !== undefined) this.#apply();
    }, UPDATE_MS);
  }

  /** macOS: files dropped on the menu-bar icon (docs/api/tray.md, Event: 'drop-files'). */
  onDropFiles(listener: (paths: readonly string[]) => void): void {
    this.#tray.on('drop-files', (_event, files) => listener(files));
  }

  destroy(): void {
    clearTimeout(this.#timer);
    this.#tray.destroy();
  }

  #apply(): void {
    const state = this.#latest;
    this.#latest = undefined;
    if (state === undefined) return;
    this.#tray.setToolTip(trayToolTip(state));
    const key = trayMenuKey(state);
    if (key === this.#menuKey) return;
    this.#menuKey = key;
    this.#tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, this.#actions, this.#platform)));
  }
}
