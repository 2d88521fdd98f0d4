// "Start at login" (electron/main/login-item.ts): what the system is told to run, the Linux
// autostart entry (XDG Autostart; Exec quoted by the Desktop Entry Specification's rules), and
// app.setLoginItemSettings on macOS and Windows with Electron's documented options.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOpenAtLogin, autostartEntry, autostartFile, launchCommand, START_IN_TRAY, startedAtLogin } from '../../electron/main/login-item.ts';
import { makeTempDir } from '../fixtures/media-files.ts';

/** Splits an Exec value back into arguments as a desktop reads it: string escapes first, then quoting. */
function readExec(value: string): string[] {
  const unescaped = value.replace(/\\(.)/g, (_m, c: string) => (c === '\\' ? '\\' : `\\${c}`));
  const args: string[] = [];
  for (const match of unescaped.matchAll(/"((?:[^"\\]|\\.)*)"/g)) args.push((match[1] ?? '').replace(/\\(["`$\\])/g, '$1').replaceAll('%%', '%'));
  return args;
}

describe('what starts at login', () => {
  it('is the installed app, its AppImage, or in development Electron with the app’s folder', () => {
    expect(launchCommand({ packaged: true, execPath: '/opt/Media Uploader/media-uploader', appPath: '/x' })).toEqual({ path: '/opt/Media Uploader/media-uploader', args: [START_IN_TRAY] });
    expect(launchCommand({ packaged: true, execPath: '/tmp/.mount_x/media-uploader', appPath: '/x', appImage: '/home/ana/Apps/Media-Uploader.AppImage' }))
      .toEqual({ path: '/home/ana/Apps/Media-Uploader.AppImage', args: [START_IN_TRAY] });
    expect(launchCommand({ packaged: false, execPath: '/repo/node_modules/electron/dist/electron', appPath: '/repo' }))
      .toEqual({ path: '/repo/node_modules/electron/dist/electron', args: ['/repo', START_IN_TRAY] });
  });

  it('knows a login start by its argument, or on macOS by what the system says', () => {
    expect(startedAtLogin(['/opt/app', START_IN_TRAY], 'linux', () => false)).toBe(true);
    expect(startedAtLogin(['/opt/app'], 'win32', () => true)).toBe(false);
    expect(startedAtLogin(['/Applications/Media Uploader.app'], 'darwin', () => true)).toBe(true);
  });
});

describe('the Linux autostart entry', () => {
  it('lives in $XDG_CONFIG_HOME/autostart, else ~/.config/autostart', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/home/ana/.cfg' }, '/home/ana')).toBe('/home/ana/.cfg/autostart/media-uploader.desktop');
    expect(autostartFile({}, '/home/ana')).toBe('/home/ana/.config/autostart/media-uploader.desktop');
    // A relative value is invalid by the XDG Base Directory specification, and ignored.
    expect(autostartFile({ XDG_CONFIG_HOME: 'cfg' }, '/home/ana')).toBe('/home/ana/.config/autostart/media-uploader.desktop');
  });

  it('quotes every argument so that a desktop reads back exactly the path and arguments', () => {
    const path = String.raw`/home/ana/My "Apps"/100% $HOME \ back`;
    const entry = autostartEntry({ path, args: [START_IN_TRAY] });
    const exec = /^Exec=(.*)$/m.exec(entry)?.[1] ?? '';
    expect(exec).toBe(String.raw`"/home/ana/My \\"Apps\\"/100%% \\$HOME \\\\ back" "--start-in-tray"`);
    expect(readExec(exec)).toEqual([path, START_IN_TRAY]);
    expect(entry).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Media Uploader\n/);
  });

  it('is written when turned on and removed when turned off', async () => {
    const config = await makeTempDir('autostart-');
    const file = autostartFile({ XDG_CONFIG_HOME: config });
    const ports = { platform: 'linux' as const, command: { path: '/opt/app', args: [START_IN_TRAY] }, autostartFile: file, setLoginItemSettings: () => { throw new Error('not on Linux'); } };
    await applyOpenAtLogin(true, ports);
    expect(await readFile(file, 'utf8')).toContain('Exec="/opt/app" "--start-in-tray"');
    expect((await stat(file)).mode & 0o777).toBe(0o644);
    await applyOpenAtLogin(false, ports);
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    // Off when it was off already: nothing to remove, nothing to fail.
    await expect(applyOpenAtLogin(false, ports)).resolves.toBeUndefined();
    expect(file.startsWith(join(config, 'autostart'))).toBe(true);
  });
});

describe('macOS and Windows', () => {
  it('hand the choice to app.setLoginItemSettings, with the path and arguments Windows uses', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const calls: unknown[] = [];
      const ports = { platform, command: { path: 'C:\\Program Files\\Media Uploader\\Media Uploader.exe', args: [START_IN_TRAY] }, autostartFile: '/nowhere', setLoginItemSettings: (s: unknown) => calls.push(s) };
      await applyOpenAtLogin(true, ports);
      await applyOpenAtLogin(false, ports);
      expect(calls).toEqual([
        { openAtLogin: true, path: 'C:\\Program Files\\Media Uploader\\Media Uploader.exe', args: [START_IN_TRAY] },
        { openAtLogin: false, path: 'C:\\Program Files\\Media Uploader\\Media Uploader.exe', args: [START_IN_TRAY] },
      ]);
    }
  });
});
