// @vitest-environment node
// The `npm start` launcher's sandbox check (electron/launch/linux-sandbox.ts), over made-up kernel
// settings and helper files: where Chromium would abort ("The SUID sandbox helper binary was found,
// but is not configured correctly", status 133) the check says so first; everywhere else Electron
// opens as it is. The ports on a real file system are tested at the end.

import { chmodSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { helperNotSetuid } from '../../electron/launch/start.ts';
import {
  NO_SANDBOX_ENV,
  helperIsSetuidRoot,
  sandboxHelperOf,
  sandboxPlan,
  shellQuoted,
  systemSandboxPorts,
  type SandboxPorts,
} from '../../electron/launch/linux-sandbox.ts';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';

const HELPER = '/home/ada/media-uploader/node_modules/electron/dist/chrome-sandbox';
// stat's mode includes the file type: a regular file is 0o100000.
const AS_NPM_LEAVES_IT = { uid: 1000, mode: 0o100755 };
const SETUID_ROOT = { uid: 0, mode: 0o104755 };

/** Ports answering from a table of settings and one helper; `asked` lists what was read. */
function ports(settings: Record<string, string>, helper: { uid: number; mode: number } | undefined): SandboxPorts & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    readSetting(name) {
      asked.push(name);
      return settings[name];
    },
    fileStatus(path) {
      asked.push(path);
      return path === HELPER ? helper : undefined;
    },
  };
}

const UBUNTU_24_04 = { 'kernel/apparmor_restrict_unprivileged_userns': '1', 'kernel/unprivileged_userns_clone': '1', 'user/max_user_namespaces': '63349' };

function plan(settings: Record<string, string>, helper: { uid: number; mode: number } | undefined, env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux') {
  return sandboxPlan({ platform, helper: HELPER, env }, ports(settings, helper));
}

describe('the sandbox check before npm start opens Electron', () => {
  it('opens Electron as it is where the kernel has no such setting (older kernels, other distributions)', () => {
    expect(plan({}, AS_NPM_LEAVES_IT)).toEqual({ kind: 'sandboxed' });
  });

  it('opens Electron as it is where AppArmor leaves user namespaces alone (the setting is 0)', () => {
    expect(plan({ ...UBUNTU_24_04, 'kernel/apparmor_restrict_unprivileged_userns': '0' }, AS_NPM_LEAVES_IT)).toEqual({ kind: 'sandboxed' });
  });

  it('opens Electron as it is where user namespaces are restricted but the helper is root\'s with mode 4755', () => {
    expect(plan(UBUNTU_24_04, SETUID_ROOT)).toEqual({ kind: 'sandboxed' });
  });

  it('stops where user namespaces are restricted and the helper is as npm left it', () => {
    expect(plan(UBUNTU_24_04, AS_NPM_LEAVES_IT)).toEqual({ kind: 'helper-not-setuid', helper: HELPER });
  });

  it('stops for each way the helper can fall short of Chromium\'s test: owner, setuid bit, execute for others', () => {
    for (const helper of [{ uid: 1000, mode: 0o104755 }, { uid: 0, mode: 0o100755 }, { uid: 0, mode: 0o104750 }]) {
      expect(helperIsSetuidRoot(helper)).toBe(false);
      expect(plan(UBUNTU_24_04, helper)).toEqual({ kind: 'helper-not-setuid', helper: HELPER });
    }
    expect(helperIsSetuidRoot(SETUID_ROOT)).toBe(true);
    // 4711 passes Chromium's test too: it asks for setuid and execute-by-others, not for read.
    expect(helperIsSetuidRoot({ uid: 0, mode: 0o104711 })).toBe(true);
  });

  it('stops as well where Debian\'s switch or a zero namespace limit refuses user namespaces', () => {
    expect(plan({ 'kernel/unprivileged_userns_clone': '0' }, AS_NPM_LEAVES_IT)).toEqual({ kind: 'helper-not-setuid', helper: HELPER });
    expect(plan({ 'user/max_user_namespaces': '0' }, AS_NPM_LEAVES_IT)).toEqual({ kind: 'helper-not-setuid', helper: HELPER });
  });

  it('leaves a missing helper to Chromium, whose own "No usable sandbox!" names the way out', () => {
    expect(plan(UBUNTU_24_04, undefined)).toEqual({ kind: 'sandboxed' });
  });

  it(`opens Electron with --no-sandbox when ${NO_SANDBOX_ENV}=1, without reading anything`, () => {
    const asked = ports(UBUNTU_24_04, AS_NPM_LEAVES_IT);
    expect(sandboxPlan({ platform: 'linux', helper: HELPER, env: { [NO_SANDBOX_ENV]: '1' } }, asked)).toEqual({ kind: 'no-sandbox' });
    expect(asked.asked).toEqual([]);
    // Only 1 asks for it: an unset, empty or other value keeps the sandbox.
    for (const value of ['', '0', 'true', 'yes']) expect(plan(UBUNTU_24_04, AS_NPM_LEAVES_IT, { [NO_SANDBOX_ENV]: value }).kind).toBe('helper-not-setuid');
  });

  it('does not look on macOS or Windows, which sandbox Electron without a setuid helper', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const asked = ports(UBUNTU_24_04, AS_NPM_LEAVES_IT);
      expect(sandboxPlan({ platform, helper: HELPER, env: {} }, asked)).toEqual({ kind: 'sandboxed' });
      expect(asked.asked).toEqual([]);
    }
  });

  it('says in one sentence what to run, and that the opt-in turns the sandbox off for that run', () => {
    const sentence = helperNotSetuid(HELPER);
    expect(sentence).toContain(`run \`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}\`, then \`npm start\` again`);
    expect(sentence).toContain(`\`${NO_SANDBOX_ENV}=1 npm start\`, which turns off Chromium's sandbox for that run`);
    expect(sentence).toContain('Ubuntu 23.10 and later');
    expect(sentence).not.toContain('\n');
    expect(sentence.match(/\. /g)).toBeNull();
    // A path a shell would split is quoted in the command, so that pasting it works.
    expect(helperNotSetuid("/home/ada/my app's/chrome-sandbox")).toContain("sudo chown root:root '/home/ada/my app'\\''s/chrome-sandbox' && sudo chmod 4755 '/home/ada/my app'\\''s/chrome-sandbox'");
    expect(shellQuoted('/a/b-c_d.e/chrome-sandbox')).toBe('/a/b-c_d.e/chrome-sandbox');
  });
});

describe('the sandbox check\'s ports on a real file system', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await removeDir(dir);
  });

  it('reads a setting from the settings folder, trimmed, and nothing where there is no file', async () => {
    const procSys = await makeTempDir('launch-proc-sys-');
    dirs.push(procSys);
    mkdirSync(join(procSys, 'kernel'));
    writeFileSync(join(procSys, 'kernel', 'apparmor_restrict_unprivileged_userns'), '1\n');
    const system = systemSandboxPorts(procSys);
    expect(system.readSetting('kernel/apparmor_restrict_unprivileged_userns')).toBe('1');
    expect(system.readSetting('kernel/unprivileged_userns_clone')).toBeUndefined();
    expect(system.fileStatus(join(procSys, 'nothing-here'))).toBeUndefined();
  });

  it('finds the helper beside the executable that a link points to, as Chromium\'s DIR_EXE does', async () => {
    const dir = await makeTempDir('launch-helper-');
    dirs.push(dir);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'dist', 'chrome-sandbox'), '');
    chmodSync(join(dir, 'dist', 'chrome-sandbox'), 0o755);
    symlinkSync(join(dir, 'dist', 'electron'), join(dir, 'electron-link'));
    const helper = sandboxHelperOf(join(dir, 'electron-link'));
    // realpath: the temporary folder may itself be reached through a link (/tmp on macOS).
    expect(helper).toBe(join(realpathSync(dir), 'dist', 'chrome-sandbox'));
    const status = systemSandboxPorts().fileStatus(helper);
    expect(status?.mode).toBe(0o100755);
    expect(status?.uid).toBe(process.getuid?.());
  });
});
