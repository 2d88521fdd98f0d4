// The app's own menu. Without one, Electron installs its default menu, whose Reload, Force
// Reload and Toggle Developer Tools (Ctrl+R, Ctrl+Shift+I) work even in a packaged build, and
// whose Quit bypasses nothing but is easy to reach by accident. This one has only what a person
// needs: Quit (which goes through the same "uploads are still running" question as every other
// way of quitting, because the `quit` role calls app.quit() and so emits before-quit), Edit for
// copy and paste in text fields (macOS routes Cmd+C/V through the menu; without an Edit menu
// they do nothing there), and on macOS the app and Window menus its users expect.
// Reload and developer tools exist only in an unpackaged run.
//
// Pure data (Electron's MenuItemConstructorOptions), so the test reads it without Electron.

import type { MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  /** app.isPackaged: an installed app has no reload or developer tools. */
  readonly packaged: boolean;
}

export function appMenuTemplate({ platform, packaged }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const develop: MenuItemConstructorOptions[] = packaged ? [] : [{ role: 'viewMenu' }];
  const edit: MenuItemConstructorOptions = {
    role: 'editMenu',
    // The role's own submenu on macOS adds speech and substitutions; the plain list is enough.
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  if (mac) {
    return [
      {
        role: 'appMenu',
        submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
      },
      edit,
      ...develop,
      { role: 'windowMenu', submenu: [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] },
    ];
  }
  // Linux and Windows: the bar itself is hidden (the window has its own toolbar), but its
  // accelerators stay live: the quit role's own shortcut (Ctrl+Q on Linux; Windows has none, Alt+F4 closes the window) quits through the guard, Ctrl+C/V work in fields.
  return [{ label: '&File', submenu: [{ role: 'quit' }] }, edit, ...develop];
}
