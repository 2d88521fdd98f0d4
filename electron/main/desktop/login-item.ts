// "Start Media Uploader when you log in" (the setting `openAtLogin`, off until the person turns
// it on). macOS and Windows keep login items themselves: app.setLoginItemSettings and
// app.getLoginItemSettings, which Electron documents for those two only (docs/api/app.md). The
// system's state is read first and changed only where it differs from the setting, then read
// again: macOS may wait for the person's approval, or not take the change (Electron's docs warn
// that an app not signed and notarized "may silently fail"), and the person is told. Linux
// desktops start what the XDG Autostart specification names: a desktop entry in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart), written here. Started that way, the app opens
// in the tray, without its window, when it is set to keep running there (index.ts).

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { englishT } from '../../../shared/i18n/english.ts';

/** The argument a login start carries (Windows and Linux; macOS says so itself: wasOpenedAtLogin). */
export const START_IN_TRAY = '--start-in-tray';

export interface LaunchCommand {
  readonly path: string;
  readonly args: readonly string[];
}

export interface LaunchFacts {
  /** app.isPackaged */
  readonly packaged: boolean;
  /** process.execPath */
  readonly execPath: string;
  /** app.getAppPath(): the app's folder, which an unpackaged Electron must be given. */
  readonly appPath: string;
  /** $APPIMAGE: an AppImage runs from a folder mounted anew at each start, so the image itself is what to start. */
  readonly appImage?: string | undefined;
}

/** What the system should run at login: the installed app, its AppImage, or Electron with the app's folder in development. */
export function launchCommand(facts: LaunchFacts): LaunchCommand {
  if (facts.appImage !== undefined && facts.appImage !== '') return { path: facts.appImage, args: [START_IN_TRAY] };
  return { path: facts.execPath, args: facts.packaged ? [START_IN_TRAY] : [facts.appPath, START_IN_TRAY] };
}

/** Where the Linux autostart entry goes (XDG Base Directory: $XDG_CONFIG_HOME, else ~/.config). */
export function autostartFile(env: NodeJS.ProcessEnv, home = homedir()): string {
  const config = env['XDG_CONFIG_HOME'];
  // The specification says a relative value is invalid and is to be ignored.
  const base = config !== undefined && config.startsWith('/') ? config : join(home, '.config');
  return join(base, 'autostart', 'media-uploader.desktop');
}

/**
 * The desktop entry that starts `command` at login. Exec follows the Desktop Entry
 * Specification: every argument in double quotes, with ", `, $ and \ escaped by a backslash,
 * % doubled (it starts field codes); then the value as a whole escapes its backslashes again.
 */
export function autostartEntry(command: LaunchCommand): string {
  const quote = (arg: string): string => `"${arg.replace(/["`$\\]/g, '\\$&').replaceAll('%', '%%')}"`;
  const exec = [command.path, ...command.args].map(quote).join(' ').replaceAll('\\', '\\\\');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Media Uploader',
    'Comment=Upload images, video and audio to AI services',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** What app.getLoginItemSettings answers that matters here (docs/api/app.md). */
export interface LoginItemState {
  /**
   * macOS: status is 'enabled' (shell/browser/browser_mac.mm). Windows: the Run entry under the
   * app's name is exactly the path and arguments asked about (shell/browser/browser_win.cc).
   */
  readonly openAtLogin: boolean;
  /** macOS only: SMAppService's status, as Electron names it. */
  readonly status?: 'not-registered' | 'enabled' | 'requires-approval' | 'not-found';
}

export interface LoginItemPorts {
  readonly platform: NodeJS.Platform;
  readonly command: LaunchCommand;
  /** app.setLoginItemSettings (macOS, Windows); its `path` and `args` are Windows' alone. */
  setLoginItemSettings(settings: { openAtLogin: boolean; path: string; args: string[] }): void;
  /** app.getLoginItemSettings; Windows compares its entry with these `path` and `args`. */
  getLoginItemSettings(options: { path: string; args: string[] }): LoginItemState;
  /** The autostart entry's place on Linux. */
  readonly autostartFile: string;
  /** Main's translator (app/main-language.ts): what the notice says; English without it. */
  readonly t?: Translate;
}

/** What to tell the person about their login item (a system notification, index.ts). */
export interface LoginItemNotice {
  readonly title: string;
  readonly body: string;
}

/** Whether the system already does what the setting says, as far as the app can change it. */
function alreadyApplied(openAtLogin: boolean, state: LoginItemState, platform: NodeJS.Platform): boolean {
  if (platform === 'darwin') {
    // Waiting for approval counts as on: only the person can approve, in System Settings
    // (switching the item off there may be why it waits); registering again would not approve
    // it, and a notice at every start would nag.
    const registered = state.status === 'enabled' || state.status === 'requires-approval';
    return registered === openAtLogin;
  }
  // Windows: turning off deletes the Run entry under the app's name whatever it starts (an older
  // install's path too, which openAtLogin cannot see), and deleting nothing changes nothing.
  // An entry that starts this app stays as it is, so one switched off in Task Manager stays off:
  // setting it again would approve it again (`enabled` defaults to true).
  return openAtLogin && state.openAtLogin;
}

/** What to say once the change was made, from what the system says now; undefined: nothing. */
function afterwards(openAtLogin: boolean, state: LoginItemState, platform: NodeJS.Platform, t: Translate): LoginItemNotice | undefined {
  const mac = platform === 'darwin';
  // Each sentence names the system's own settings, as that system names them in the language.
  if (openAtLogin) {
    if (mac && state.status === 'requires-approval') {
      return { title: t('desktop:login.needsPermission'), body: t('desktop:login.allowMac') };
    }
    if (mac ? state.status === 'enabled' : state.openAtLogin) return undefined;
    return { title: t('desktop:login.couldNotSet'), body: t(mac ? 'desktop:login.addMac' : 'desktop:login.retryWindows') };
  }
  // Still waiting for approval would not start it, so only a login item still on is worth a word.
  if (!(mac ? state.status === 'enabled' : state.openAtLogin)) return undefined;
  return { title: t('desktop:login.couldNotStop'), body: t(mac ? 'desktop:login.removeMac' : 'desktop:login.removeWindows') };
}

/**
 * Makes the system start the app at login, or stop doing so, where it does not already; answers
 * what the person needs to hear about it (macOS waits for their approval, or the change did not
 * take), undefined when nothing.
 */
export async function applyOpenAtLogin(openAtLogin: boolean, ports: LoginItemPorts): Promise<LoginItemNotice | undefined> {
  if (ports.platform === 'darwin' || ports.platform === 'win32') {
    const command = { path: ports.command.path, args: [...ports.command.args] };
    if (alreadyApplied(openAtLogin, ports.getLoginItemSettings(command), ports.platform)) return undefined;
    ports.setLoginItemSettings({ openAtLogin, ...command });
    return afterwards(openAtLogin, ports.getLoginItemSettings(command), ports.platform, ports.t ?? englishT());
  }
  if (openAtLogin) {
    await mkdir(dirname(ports.autostartFile), { recursive: true });
    await writeFile(ports.autostartFile, autostartEntry(ports.command), { mode: 0o644 });
  } else {
    await rm(ports.autostartFile, { force: true });
  }
  return undefined;
}

/** Whether this start is a login start (then the app opens in the tray, without its window). */
export function startedAtLogin(argv: readonly string[], platform: NodeJS.Platform, wasOpenedAtLogin: () => boolean): boolean {
  return argv.includes(START_IN_TRAY) || (platform === 'darwin' && wasOpenedAtLogin());
}
