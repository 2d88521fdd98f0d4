// The app's own menu: Quit goes through the quit role (so through before-quit and the guard),
// fields keep copy and paste, Edit → Paste counts as the person's paste (an image is taken from
// the clipboard after it), and an installed app has no reload or developer tools.

import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, menuPaste, type PasteTarget } from '../../../electron/main/window/app-menu.ts';
import { PasteGesture } from '../../../electron/main/desktop/paste-gesture.ts';

function items(list: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function roles(list: readonly MenuItemConstructorOptions[]): string[] {
  return items(list).flatMap((item) => (item.role !== undefined ? [item.role] : []));
}

const DEVELOPER_ROLES = ['viewMenu', 'reload', 'forceReload', 'toggleDevTools'];
const PLATFORMS = ['darwin', 'linux', 'win32'] as const;
const noPaste = (): void => undefined;

/** A window as the menu's click hands it over: the page's webContents, counting its pastes. */
function standInWindow(options: { destroyed?: boolean; devToolsFocused?: boolean } = {}) {
  const pasted = { page: 0, devTools: 0 };
  const window: PasteTarget = {
    isDestroyed: () => options.destroyed ?? false,
    webContents: {
      paste: () => void pasted.page++,
      isDevToolsFocused: () => options.devToolsFocused ?? false,
      devToolsWebContents: { paste: () => void pasted.devTools++ },
    },
  };
  return { window, pasted };
}

function pasteItem(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions {
  const found = items(template).filter((item) => item.label === 'Paste');
  expect(found).toHaveLength(1);
  return found[0] ?? {};
}

describe('the app menu', () => {
  for (const platform of PLATFORMS) {
    it(`on ${platform}, installed: Quit by its role, Edit for fields, no reload or developer tools`, () => {
      const template = appMenuTemplate({ platform, packaged: true, paste: noPaste });
      const all = roles(template);
      expect(all).toContain('quit');
      expect(all).toEqual(expect.arrayContaining(['copy', 'cut', 'selectAll', 'undo']));
      for (const role of DEVELOPER_ROLES) expect(all).not.toContain(role);
      // Nothing quits the app except the quit role: the one item with a click handler of its own is Paste.
      expect(items(template).filter((item) => item.click !== undefined).map((item) => item.label)).toEqual(['Paste']);
    });

    it(`on ${platform}, Edit → Paste is the app's own item, not the paste role, with the role's label and shortcut`, () => {
      const template = appMenuTemplate({ platform, packaged: false, paste: noPaste });
      expect(roles(template)).not.toContain('paste');
      const paste = pasteItem(template);
      expect(paste).toMatchObject({ label: 'Paste', accelerator: 'CommandOrControl+V', registerAccelerator: false });
      expect(paste.role).toBeUndefined();
      // Between Copy and Select All, where the role was.
      const edit = template.find((item) => item.role === 'editMenu');
      const order = (edit?.submenu as MenuItemConstructorOptions[]).map((item) => item.role ?? item.label ?? item.type);
      expect(order).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'Paste', 'selectAll']);
    });
  }

  it('Edit → Paste, clicked, pastes once into the window it was chosen in, counted as the person’s paste', () => {
    for (const platform of PLATFORMS) {
      let now = 1000;
      const gesture = new PasteGesture(() => now);
      const template = appMenuTemplate({ platform, packaged: true, paste: menuPaste(gesture) });
      const { window, pasted } = standInWindow();
      // Electron calls click(menuItem, focusedWindow, event) (lib/browser/api/menu-item.ts).
      pasteItem(template).click?.({} as never, window as never, {} as never);
      expect(pasted).toEqual({ page: 1, devTools: 0 });
      now += 50;
      // The page's paste event then asks main for the image, within the gesture's window.
      expect(gesture.take()).toBe(true);
      expect(gesture.take()).toBe(false);
    }
  });

  it('Edit → Paste with no window, a closed one, or the developer tools focused marks no paste for the page', () => {
    const gesture = new PasteGesture();
    const paste = menuPaste(gesture);
    paste(undefined);
    const closed = standInWindow({ destroyed: true });
    paste(closed.window);
    expect(closed.pasted).toEqual({ page: 0, devTools: 0 });
    // Docked developer tools (unpackaged runs) get the text, as the paste role gave it them.
    const devTools = standInWindow({ devToolsFocused: true });
    paste(devTools.window);
    expect(devTools.pasted).toEqual({ page: 0, devTools: 1 });
    expect(gesture.take()).toBe(false);
  });

  it('on macOS has the app menu with Quit first and a Window menu', () => {
    const template = appMenuTemplate({ platform: 'darwin', packaged: true, paste: noPaste });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles([template[0] ?? {}])).toContain('quit');
    expect(template.map((item) => item.role)).toContain('windowMenu');
  });

  it('keeps reload and developer tools in an unpackaged run', () => {
    expect(roles(appMenuTemplate({ platform: 'linux', packaged: false, paste: noPaste }))).toContain('viewMenu');
  });

  it('macOS: Check for Updates… after About, where Mac apps keep it; not in the hidden menu bar elsewhere', () => {
    let checks = 0;
    const checkForUpdates = (): void => void checks++;
    const mac = appMenuTemplate({ platform: 'darwin', packaged: true, paste: noPaste, checkForUpdates });
    const appMenu = (mac[0]?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(appMenu.slice(0, 3).map((item) => item.role ?? item.label ?? item.type)).toEqual(['about', 'Check for Updates…', 'separator']);
    (appMenu[1]?.click as (() => void) | undefined)?.();
    expect(checks).toBe(1);
    for (const platform of ['linux', 'win32'] as const) {
      expect(items(appMenuTemplate({ platform, packaged: true, paste: noPaste, checkForUpdates })).some((item) => /update/i.test(item.label ?? ''))).toBe(false);
    }
    for (const platform of PLATFORMS) {
      expect(items(appMenuTemplate({ platform, packaged: true, paste: noPaste })).some((item) => /update/i.test(item.label ?? ''))).toBe(false);
    }
  });
});
