// "Start at login" (electron/main/desktop/login-item.ts): what the system is told to run, the Linux
// autostart entry (XDG Autostart; Exec quoted by the Desktop Entry Specification's rules), and
// app.setLoginItemSettings on macOS and Windows with Electron's documented options: applied only
// when the system's own state differs, and what to tell the person when macOS waits for their
// approval or the system did not take the change.

import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOpenAtLogin, autostartEntry, autostartFile, launchCommand, START_IN_TRAY, startedAtLogin, type LoginItemPorts, type LoginItemState } from '../../../electron/main/desktop/login-item.ts';
import { makeTempDir } from '../../fixtures/media-files.ts';

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
    const notOnLinux = (): never => {
      throw new Error('not on Linux');
    };
    const ports = { platform: 'linux' as const, command: { path: '/opt/app', args: [START_IN_TRAY] }, autostartFile: file, setLoginItemSettings: notOnLinux, getLoginItemSettings: notOnLinux };
    await expect(applyOpenAtLogin(true, ports)).resolves.toBeUndefined();
    expect(await readFile(file, 'utf8')).toContain('Exec="/opt/app" "--start-in-tray"');
    expect((await stat(file)).mode & 0o777).toBe(0o644);
    // On again (each start): written again, so a moved AppImage's new place is what starts.
    await writeFile(file, 'stale');
    await applyOpenAtLogin(true, ports);
    expect(await readFile(file, 'utf8')).toContain('Exec="/opt/app" "--start-in-tray"');
    await expect(applyOpenAtLogin(false, ports)).resolves.toBeUndefined();
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    // Off when it was off already: nothing to remove, nothing to fail.
    await expect(applyOpenAtLogin(false, ports)).resolves.toBeUndefined();
    expect(file.startsWith(join(config, 'autostart'))).toBe(true);
  });
});

type MacStatus = NonNullable<LoginItemState['status']>;
const COMMAND = { path: 'C:\\Program Files\\Media Uploader\\Media Uploader.exe', args: [START_IN_TRAY] };

/**
 * macOS's login items as Electron reports them (shell/browser/browser_mac.mm): SMAppService's
 * status, and openAtLogin only when it is 'enabled'. `registered` is what registering leads to.
 */
function macOS(status: MacStatus, registered: MacStatus = 'enabled') {
  const state = { status, sets: [] as boolean[] };
  const ports: LoginItemPorts = {
    platform: 'darwin',
    command: COMMAND,
    autostartFile: '/nowhere',
    setLoginItemSettings(settings) {
      state.sets.push(settings.openAtLogin);
      state.status = settings.openAtLogin ? registered : 'not-registered';
    },
    getLoginItemSettings: () => ({ openAtLogin: state.status === 'enabled', status: state.status }),
  };
  return { state, ports };
}

/**
 * Windows' Run key as Electron reads it (shell/browser/browser_win.cc): one value under the app's
 * name, and openAtLogin only when it is exactly the path and arguments asked about.
 */
function windows(runValue: string | undefined, options: { keeps?: boolean } = {}) {
  const line = (path: string, args: readonly string[]): string => [path, ...args].map((arg) => `"${arg}"`).join(' ');
  const state = { runValue, sets: [] as unknown[] };
  const ports: LoginItemPorts = {
    platform: 'win32',
    command: COMMAND,
    autostartFile: '/nowhere',
    setLoginItemSettings(settings) {
      state.sets.push(settings);
      if (options.keeps === false) return;
      state.runValue = settings.openAtLogin ? line(settings.path, settings.args) : undefined;
    },
    getLoginItemSettings: ({ path, args }) => ({ openAtLogin: state.runValue === line(path, args) }),
  };
  return { state, ports, line };
}

describe('macOS (13 and later: SMAppService)', () => {
  it('says nothing when the app is a login item once turned on, and nothing when turned off', async () => {
    const { state, ports } = macOS('not-registered');
    await expect(applyOpenAtLogin(true, ports)).resolves.toBeUndefined();
    await expect(applyOpenAtLogin(false, ports)).resolves.toBeUndefined();
    expect(state.sets).toEqual([true, false]);
  });

  it('tells the person to allow it in System Settings when macOS waits for their approval', async () => {
    const { state, ports } = macOS('not-registered', 'requires-approval');
    const notice = await applyOpenAtLogin(true, ports);
    expect(notice?.body).toBe('Allow Media Uploader in System Settings → General → Login Items.');
    expect(notice?.title).toMatch(/^Media Uploader/);
    expect(state.sets).toEqual([true]);
  });

  it('says so when macOS did not add it (an app not signed, or not in Applications)', async () => {
    for (const after of ['not-found', 'not-registered'] as const) {
      const notice = await applyOpenAtLogin(true, macOS('not-registered', after).ports);
      expect(notice?.title).toBe('Media Uploader could not set itself to open at login.');
      expect(notice?.body).toMatch(/System Settings → General → Login Items/);
    }
  });

  it('changes nothing at start when the system already does what the setting says', async () => {
    const cases: [boolean, MacStatus][] = [[true, 'enabled'], [true, 'requires-approval'], [false, 'not-registered'], [false, 'not-found']];
    for (const [openAtLogin, status] of cases) {
      const { state, ports } = macOS(status);
      // Waiting for approval is the person's to give in System Settings: registering again
      // cannot give it, and telling them at every start would nag.
      await expect(applyOpenAtLogin(openAtLogin, ports)).resolves.toBeUndefined();
      expect(state.sets).toEqual([]);
    }
  });

  it('removes a login item the person turned off, waiting for approval or not', async () => {
    for (const status of ['enabled', 'requires-approval'] as const) {
      const { state, ports } = macOS(status);
      await expect(applyOpenAtLogin(false, ports)).resolves.toBeUndefined();
      expect(state.sets).toEqual([false]);
    }
  });
});

describe('macOS, when the change does not take', () => {
  it('says so when it is still a login item after being turned off', async () => {
    const { ports } = macOS('enabled');
    const stuck: LoginItemPorts = { ...ports, setLoginItemSettings: () => undefined };
    const notice = await applyOpenAtLogin(false, stuck);
    expect(notice).toEqual({ title: 'Media Uploader could not stop opening at login.', body: 'Remove Media Uploader in System Settings → General → Login Items.' });
  });
});

describe('Windows', () => {
  it('hands the choice to app.setLoginItemSettings with the path and arguments to start', async () => {
    const { state, ports, line } = windows(undefined);
    await expect(applyOpenAtLogin(true, ports)).resolves.toBeUndefined();
    expect(state.runValue).toBe(line(COMMAND.path, COMMAND.args));
    await expect(applyOpenAtLogin(false, ports)).resolves.toBeUndefined();
    expect(state.sets).toEqual([{ openAtLogin: true, ...COMMAND }, { openAtLogin: false, ...COMMAND }]);
    expect(state.runValue).toBeUndefined();
  });

  it('changes nothing at start when the entry already starts this app (one the person switched off in Task Manager stays off)', async () => {
    const { state, ports, line } = windows(`"${COMMAND.path}" "${START_IN_TRAY}"`);
    expect(state.runValue).toBe(line(COMMAND.path, COMMAND.args));
    await applyOpenAtLogin(true, ports);
    expect(state.sets).toEqual([]);
  });

  it('rewrites an entry that starts the app from where it used to be', async () => {
    const { state, ports, line } = windows(`"C:\\Old\\Media Uploader.exe" "${START_IN_TRAY}"`);
    await applyOpenAtLogin(true, ports);
    expect(state.sets).toHaveLength(1);
    expect(state.runValue).toBe(line(COMMAND.path, COMMAND.args));
  });

  it('removes the entry under the app’s name whenever the setting is off: one naming an older install is invisible to openAtLogin', async () => {
    const { state, ports } = windows(`"C:\\Old\\Media Uploader.exe" "${START_IN_TRAY}"`);
    await expect(applyOpenAtLogin(false, ports)).resolves.toBeUndefined();
    expect(state.sets).toEqual([{ openAtLogin: false, ...COMMAND }]);
    expect(state.runValue).toBeUndefined();
  });

  it('says so when Windows did not keep the change', async () => {
    const on = await applyOpenAtLogin(true, windows(undefined, { keeps: false }).ports);
    expect(on?.title).toBe('Media Uploader could not set itself to open at login.');
    const off = await applyOpenAtLogin(false, windows(`"${COMMAND.path}" "${START_IN_TRAY}"`, { keeps: false }).ports);
    expect(off?.title).toBe('Media Uploader could not stop opening at login.');
  });
});
