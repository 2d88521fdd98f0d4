// The app's own menu. Without one, Electron installs its default menu, whose Reload, Force
// Reload and Toggle Developer Tools (Ctrl+R, Ctrl+Shift+I) work even in a packaged build, and
// whose Quit bypasses nothing but is easy to reach by accident. This one has only what a person
// needs: Quit (which goes through the same "uploads are still running" question as every other
// way of quitting, because the `quit` role calls app.quit() and so emits before-quit), Edit for
// copy and paste in text fields (macOS routes Cmd+C/V through the menu; without an Edit menu
// they do nothing there), and on macOS the app and Window menus its users expect.
// Reload and developer tools exist only in an unpackaged run. On macOS the app menu also has
// Check for Updates… (electron/main/update/), where Mac apps keep it; elsewhere the menu bar is
// hidden (main-window.ts), so Settings → Updates is the one place for it.
//
// Pure data (Electron's MenuItemConstructorOptions), so the test reads it without Electron; what
// the items do to a window comes in through the context.

import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import type { PasteGesture } from '../desktop/paste-gesture.ts';

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  /** app.isPackaged: an installed app has no reload or developer tools. */
  readonly packaged: boolean;
  /** Edit → Paste, given the window it was chosen in (menuPaste). */
  readonly paste: (window: PasteTarget | undefined) => void;
  /** macOS's "Check for Updates…" (electron/main/update/); the item is left out without it. */
  readonly checkForUpdates?: () => void;
  /** Main's translator (main-language.ts); English without it. */
  readonly t?: Translate;
}

/** What Edit → Paste uses of the focused window: a BrowserWindow's page (a BaseWindow has none). */
export interface PasteTarget {
  isDestroyed(): boolean;
  readonly webContents?: {
    paste(): void;
    isDevToolsFocused(): boolean;
    readonly devToolsWebContents: { paste(): void } | null;
  };
}

/**
 * Edit → Paste: the person's own paste, as Ctrl+V is. Electron's paste role would only call
 * webContents.paste() (lib/browser/api/menu-item-roles.ts), or on macOS send paste: to the first
 * responder (shell/browser/ui/cocoa/electron_menu_controller.mm): the page then gets a paste event
 * that main's PasteGesture never saw coming, and an image on the clipboard is refused. A menu item
 * no page can click, so it marks the gesture, then pastes.
 */
export function menuPaste(gesture: Pick<PasteGesture, 'mark'>): (window: PasteTarget | undefined) => void {
  return (window) => {
    const page = window !== undefined && !window.isDestroyed() ? window.webContents : undefined;
    if (page === undefined) return;
    // Docked developer tools (unpackaged runs) are a page of their own: text goes there, as the
    // role sent it to the focused web contents, and the app's page is not told of a paste.
    if (page.isDevToolsFocused()) {
      page.devToolsWebContents?.paste();
      return;
    }
    gesture.mark();
    page.paste();
  };
}

export function appMenuTemplate({ platform, packaged, paste, checkForUpdates, t = englishT() }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Each item keeps its role (what it does, its shortcut, its place in macOS's own menus) and is
  // given its label in main's language: Electron's roles label themselves in English only
  // (lib/browser/api/menu-item-roles.ts), and the English here is theirs. On macOS the first
  // menu is titled by the system with the app's name, whatever its label.
  // i18next's context: `paste_mac` where a language names the item otherwise on macOS.
  const label = (key: string): string => t(`desktop:menu.${key}`, mac ? { context: 'mac' } : {});
  const updates: MenuItemConstructorOptions[] = checkForUpdates === undefined ? [] : [{ label: label('checkForUpdates'), click: () => checkForUpdates() }];
  // Its items (reload, developer tools) are for whoever runs the app from source: the role's own.
  const develop: MenuItemConstructorOptions[] = packaged ? [] : [{ role: 'viewMenu', label: label('view') }];
  const pasteItem: MenuItemConstructorOptions = {
    // The paste role's label and shortcut, and like the role (menu-item-roles.ts) its shortcut is
    // not registered: on Linux and Windows, Ctrl+V reaches the page, whose own editing pastes it
    // (Blink's Ctrl+V → "Paste", editing_behavior.cc), and the menu's accelerators take only keys
    // the page left unhandled (WebContents::HandleKeyboardEvent; accelerator_util.cc registers only
    // registerAccelerator items): registered, a Ctrl+V the page had refused would paste from here.
    // On macOS registerAccelerator is ignored (electron_menu_controller.mm sets the key
    // equivalent from the accelerator alone) and Cmd+V is this item's to handle: Blink leaves
    // Cmd+V to the menu there, and an unhandled key goes to [NSApp mainMenu] performKeyEquivalent
    // (electron_api_web_contents_mac.mm), so the press pastes once, through this click.
    label: label('paste'),
    accelerator: 'CommandOrControl+V',
    registerAccelerator: false,
    // Electron calls click(menuItem, focusedWindow, event) (lib/browser/api/menu-item.ts).
    click: (_item, window) => paste(window),
  };
  const edit: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: label('edit'),
    // The role's own submenu on macOS adds speech and substitutions; the plain list is enough.
    submenu: [
      { role: 'undo', label: label('undo') }, { role: 'redo', label: label('redo') }, { type: 'separator' },
      { role: 'cut', label: label('cut') }, { role: 'copy', label: label('copy') }, pasteItem, { role: 'selectAll', label: label('selectAll') },
    ],
  };
  if (mac) {
    return [
      {
        role: 'appMenu',
        submenu: [
          { role: 'about', label: label('about') }, ...updates, { type: 'separator' },
          { role: 'hide', label: label('hide') }, { role: 'hideOthers', label: label('hideOthers') }, { role: 'unhide', label: label('showAll') },
          { type: 'separator' }, { role: 'quit', label: label('quitMac') },
        ],
      },
      edit,
      ...develop,
      {
        role: 'windowMenu',
        label: label('window'),
        submenu: [{ role: 'minimize', label: label('minimize') }, { role: 'zoom', label: label('zoom') }, { type: 'separator' }, { role: 'front', label: label('front') }],
      },
    ];
  }
  // Linux and Windows: the bar itself is hidden (the window has its own toolbar), but its
  // accelerators stay live: the quit role's own shortcut (Ctrl+Q on Linux; Windows has none, Alt+F4 closes the window) quits through the guard, Ctrl+C/V work in fields.
  // The quit role's label is Exit on Windows, Quit elsewhere (menu-item-roles.ts), as each system names it.
  const quitItem: MenuItemConstructorOptions = { role: 'quit', label: label(platform === 'win32' ? 'quitWindows' : 'quitLinux') };
  return [{ label: label('file'), submenu: [quitItem] }, edit, ...develop];
}
