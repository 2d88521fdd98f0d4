// The app's own menu: Quit goes through the quit role (so through before-quit and the guard),
// fields keep copy and paste, and an installed app has no reload or developer tools.

import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../electron/main/app-menu.ts';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role !== undefined ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const DEVELOPER_ROLES = ['viewMenu', 'reload', 'forceReload', 'toggleDevTools'];

describe('the app menu', () => {
  for (const platform of ['darwin', 'linux', 'win32'] as const) {
    it(`on ${platform}, installed: Quit by its role, Edit for fields, no reload or developer tools`, () => {
      const all = roles(appMenuTemplate({ platform, packaged: true }));
      expect(all).toContain('quit');
      expect(all).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo']));
      for (const role of DEVELOPER_ROLES) expect(all).not.toContain(role);
      // Nothing quits the app except the quit role: no item with its own click handler.
      const anyClick = JSON.stringify(appMenuTemplate({ platform, packaged: true }), (_key, value: unknown) => (typeof value === 'function' ? 'FUNCTION' : value));
      expect(anyClick).not.toContain('FUNCTION');
    });
  }

  it('on macOS has the app menu with Quit first and a Window menu', () => {
    const template = appMenuTemplate({ platform: 'darwin', packaged: true });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles([template[0] ?? {}])).toContain('quit');
    expect(template.map((item) => item.role)).toContain('windowMenu');
  });

  it('keeps reload and developer tools in an unpackaged run', () => {
    expect(roles(appMenuTemplate({ platform: 'linux', packaged: false }))).toContain('viewMenu');
  });
});
