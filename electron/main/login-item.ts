// "Start Media Uploader when you log in" (the setting `openAtLogin`, off until the person turns
// it on). macOS and Windows keep login items themselves: app.setLoginItemSettings, which
// Electron documents for those two only (docs/api/app.md). Linux desktops start what the XDG
// Autostart specification names: a desktop entry in $XDG_CONFIG_HOME/autostart
// (~/.config/autostart), written here. Started that way, the app opens in the tray, without its
// window, when it is set to keep running there (index.ts).

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

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

export interface LoginItemPorts {
  readonly platform: NodeJS.Platform;
  readonly command: LaunchCommand;
  /** app.setLoginItemSettings (macOS, Windows); its `path` and `args` are Windows' alone. */
  setLoginItemSettings(settings: { openAtLogin: boolean; path: string; args: string[] }): void;
  /** The autostart entry's place on Linux. */
  readonly autostartFile: string;
}

/** Makes the system start the app at login, or stop doing so. */
export async function applyOpenAtLogin(openAtLogin: boolean, ports: LoginItemPorts): Promise<void> {
  if (ports.platform === 'darwin' || ports.platform === 'win32') {
    ports.setLoginItemSettings({ openAtLogin, path: ports.command.path, args: [...ports.command.args] });
    return;
  }
  if (openAtLogin) {
    await mkdir(dirname(ports.autostartFile), { recursive: true });
    await writeFile(ports.autostartFile, autostartEntry(ports.command), { mode: 0o644 });
  } else {
    await rm(ports.autostartFile, { force: true });
  }
}

/** Whether this start is a login start (then the app opens in the tray, without its window). */
export function startedAtLogin(argv: readonly string[], platform: NodeJS.Platform, wasOpenedAtLogin: () => boolean): boolean {
  return argv.includes(START_IN_TRAY) || (platform === 'darwin' && wasOpenedAtLogin());
}
