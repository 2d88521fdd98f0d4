// Main's words, as index.ts shows them: the translator of main's language (the core keeps it and
// follows the language setting, app/main-language.ts; before the core has read the settings, the
// system's language), the app menu said in it, and the login item kept as the setting says.

import { app, Menu } from 'electron';
import { pickLanguage } from '../../shared/i18n/languages.ts';
import { createTranslator, type Translate } from '../../shared/i18n/translator.ts';
import type { AppNotice } from '../../shared/ipc-contract.ts';
import type { AppCore } from './app/app-core.ts';
import { applyOpenAtLogin, autostartFile, launchCommand } from './desktop/login-item.ts';
import { appMenuTemplate, type MenuContext } from './window/app-menu.ts';

/** Main's translator now: the core's language once it is open, the system's before. */
export function mainTranslator(core: () => AppCore | undefined): () => Translate {
  let system: Translate | undefined;
  return () => {
    const opened = core();
    if (opened !== undefined) return opened.language.t;
    system ??= createTranslator(pickLanguage(app.getPreferredSystemLanguages())).t;
    return system;
  };
}

/** Shows the app menu (window/app-menu.ts) in `t`'s language; called again when it changes. */
export function showAppMenu(t: Translate, context: Omit<MenuContext, 't'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ ...context, t })));
}

/**
 * Keeps the system's login items as the setting says, acting only on a change; a failure only
 * means the app does not start by itself. macOS waiting for the person's approval, or refusing,
 * is said through `say` (in the window, or by a notification).
 */
export function loginSettingFollower(t: () => Translate, say: (notice: AppNotice) => void): (openAtLogin: boolean) => void {
  let applied: boolean | undefined;
  return (openAtLogin) => {
    if (openAtLogin === applied) return;
    applied = openAtLogin;
    const command = launchCommand({ packaged: app.isPackaged, execPath: process.execPath, appPath: app.getAppPath(), appImage: process.env['APPIMAGE'] });
    void applyOpenAtLogin(openAtLogin, {
      platform: process.platform,
      command,
      setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
      getLoginItemSettings: (options) => app.getLoginItemSettings(options),
      autostartFile: autostartFile(process.env),
      t: t(),
    }).then((notice) => {
      if (notice !== undefined) say({ title: notice.title, lines: [notice.body] });
    }).catch((error: unknown) => console.error('Media Uploader could not change whether it starts at login:', error instanceof Error ? error.message : error));
  };
}
