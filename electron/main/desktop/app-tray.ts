// The tray icon (the menu bar on macOS): only Electron's Tray here, showing what tray-view.ts
// decides. On Linux the icon is a StatusNotifierItem (GtkStatusIcon where the desktop has
// none), and a change to the menu shows only after setContextMenu() again (docs/api/tray.md,
// "Platform Considerations").

import { readFileSync } from 'node:fs';
import { Menu, nativeImage, Tray, type NativeImage } from 'electron';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import { trayMenuKey, trayMenuTemplate, trayToolTip, type TrayActions, type TrayState } from './tray-view.ts';

/** Paths of the tray's pictures, as electron-vite's `?asset` imports give them at run time. */
export interface TrayIcons {
  /** The coloured app icon (build/icons/512x512.png), for Windows and Linux. */
  readonly app: string;
  /** The macOS menu-bar template, 18 px and 36 px (build/icons/trayTemplate.png, trayTemplate@2x.png). */
  readonly template: string;
  readonly template2x: string;
}

// What Windows' notification area draws, 16 px, and GNOME's and KDE's panels, 22 px (the app
// icon is 512 px; docs/api/tray.md recommends sizes per platform).
const ICON_SIZE: Partial<Record<NodeJS.Platform, number>> = { win32: 16 };
const LINUX_ICON_SIZE = 22;
// Progress reaches main about 10 times a second; a tooltip read at a glance needs once a second.
const UPDATE_MS = 1000;

/**
 * macOS: the black-and-alpha template, which the menu bar recolours for light and dark, with
 * its 2x for Retina (docs/api/native-image.md, "Template Image" and "High Resolution Image").
 * Both are said here, not left to the file names: electron-vite emits each `?asset` as
 * chunks/[name]-[hash].png, so the file no longer ends in "Template" and its @2x is not beside
 * it under the matching name, the case docs/api/tray.md warns of for bundled apps. The 2x goes
 * in before the image is marked template, which converts it to the NSImage the menu bar uses.
 * Other systems: the coloured app icon at their size.
 */
function trayImage(icons: TrayIcons, platform: NodeJS.Platform): NativeImage {
  if (platform === 'darwin') {
    const image = nativeImage.createFromPath(icons.template);
    image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(icons.template2x) });
    image.setTemplateImage(true);
    return image;
  }
  const size = ICON_SIZE[platform] ?? LINUX_ICON_SIZE;
  return nativeImage.createFromPath(icons.app).resize({ width: size, height: size, quality: 'best' });
}

export class AppTray {
  readonly #tray: Tray;
  readonly #actions: TrayActions;
  readonly #platform: NodeJS.Platform;
  readonly #t: () => Translate;
  #menuKey = '';
  #latest: TrayState | undefined;
  /** What the tray shows now, said again in another language (languageChanged). */
  #shown: TrayState | undefined;
  #timer: NodeJS.Timeout | undefined;

  /** `t`: main's translator now (it changes with the language setting); English without it. */
  constructor(icons: TrayIcons, platform: NodeJS.Platform, actions: TrayActions, t: () => Translate = englishT) {
    this.#tray = new Tray(trayImage(icons, platform));
    this.#actions = actions;
    this.#platform = platform;
    this.#t = t;
    // Windows and Linux: a click opens the window, as people expect there; the menu stays on the
    // right click. Linux does deliver it: the panel's Activate call on the StatusNotifierItem
    // (Chromium's status_icon_linux_dbus.cc, OnActivate) or GtkStatusIcon's "activate"
    // (shell/browser/ui/status_icon_gtk.cc) reaches TrayIconLinux::OnClick, which emits 'click'
    // (shell/browser/ui/tray_icon_linux.cc). docs/api/tray.md: on some desktops the activation
    // is a double click; where a panel opens the menu on every click, the menu offers Open.
    // macOS opens the menu on a click, as menu-bar extras do there.
    if (platform !== 'darwin') this.#tray.on('click', () => actions.open());
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

  /** Main's language changed: the tooltip and menu are said again in it, at once. */
  languageChanged(): void {
    this.#menuKey = '';
    if (this.#latest === undefined) this.#latest = this.#shown;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const latest = this.#latest;
    if (latest !== undefined) this.show(latest);
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
    this.#shown = state;
    const t = this.#t();
    this.#tray.setToolTip(trayToolTip(state, t));
    const key = trayMenuKey(state, t);
    if (key === this.#menuKey) return;
    this.#menuKey = key;
    this.#tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, this.#actions, this.#platform, t)));
  }
}
