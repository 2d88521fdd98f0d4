// Whether Electron can start Chromium's sandbox on this machine, asked before `npm start` opens
// it: where it cannot, Electron aborts with a FATAL line and status 133 (LOG(FATAL) ends in a
// trap, SIGTRAP, 128 + 5), and a person is better served by one sentence with the fix.
//
// Chromium's rule, content/browser/zygote_host/zygote_host_impl_linux.cc (ZygoteHostImpl::Init):
// without --no-sandbox it uses the namespace sandbox when the process can create a user namespace
// and use it (sandbox/linux/services/credentials.cc, CanCreateProcessInNewUserNS: a child in a new
// user namespace writes its uid and gid maps, drops capabilities, unshares once more), and
// otherwise the setuid sandbox, through the helper `chrome-sandbox` beside the executable
// (sandbox/linux/suid/client/setuid_sandbox_host.cc, GetSandboxBinaryPath). PrependWrapper then
// aborts "The SUID sandbox helper binary was found, but is not configured correctly … owned by
// root and has mode 4755" unless the helper is owned by uid 0, setuid and executable by others.
// An Electron that npm unpacked belongs to the person who ran npm, so that check fails.
//
// When a user namespace cannot be had: Ubuntu 23.10 and later (24.04 LTS by default) set
// kernel.apparmor_restrict_unprivileged_userns = 1, under which a program without an AppArmor
// profile that allows `userns` gets a namespace without capabilities, so the map cannot be written
// (Chromium's docs/security/apparmor-userns-restrictions.md; Ubuntu's announcement,
// https://ubuntu.com/blog/ubuntu-23-10-restricted-unprivileged-user-namespaces). Debian's
// kernel.unprivileged_userns_clone = 0 and user.max_user_namespaces = 0 refuse the namespace
// outright. Installed builds are not judged here: the deb's post-install script sets the helper up
// and an AppImage is a matter for its own start; this is for `npm start` only.

import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Set to 1, `npm start` opens Electron with --no-sandbox: Chromium's sandbox is off for that run. */
export const NO_SANDBOX_ENV = 'MEDIA_UPLOADER_NO_SANDBOX';

export interface SandboxPorts {
  /** A kernel setting, by its path under /proc/sys, trimmed; undefined where the kernel has none. */
  readSetting(name: string): string | undefined;
  /** A file's owner and mode (with the file type bits, as stat gives it); undefined where there is no file. */
  fileStatus(path: string): { readonly uid: number; readonly mode: number } | undefined;
}

export type SandboxPlan =
  /** Open Electron as it is: its sandbox starts, or this check cannot tell that it will not. */
  | { readonly kind: 'sandboxed' }
  /** The person asked for --no-sandbox. */
  | { readonly kind: 'no-sandbox' }
  /** Electron would abort: the helper needs root's ownership and mode 4755. */
  | { readonly kind: 'helper-not-setuid'; readonly helper: string };

export interface SandboxQuestion {
  readonly platform: NodeJS.Platform;
  /** Where Chromium looks for its setuid helper (see sandboxHelperOf). */
  readonly helper: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Whether a kernel setting keeps user namespaces from a program that has no AppArmor profile. */
export function userNamespacesBlocked(ports: SandboxPorts): boolean {
  return ports.readSetting('kernel/apparmor_restrict_unprivileged_userns') === '1'
    || ports.readSetting('kernel/unprivileged_userns_clone') === '0'
    || ports.readSetting('user/max_user_namespaces') === '0';
}

/** SetuidSandboxHost::PrependWrapper's test: owned by root, setuid, executable by others. */
export function helperIsSetuidRoot(status: { readonly uid: number; readonly mode: number }): boolean {
  return status.uid === 0 && (status.mode & 0o4000) !== 0 && (status.mode & 0o001) !== 0;
}

export function sandboxPlan({ platform, helper, env }: SandboxQuestion, ports: SandboxPorts): SandboxPlan {
  if (env[NO_SANDBOX_ENV] === '1') return { kind: 'no-sandbox' };
  // The setuid helper is Linux's alone; macOS and Windows sandbox Electron without one.
  if (platform !== 'linux') return { kind: 'sandboxed' };
  if (!userNamespacesBlocked(ports)) return { kind: 'sandboxed' };
  const status = ports.fileStatus(helper);
  // Without a helper Chromium stops with its own "No usable sandbox!", which names --no-sandbox
  // and Ubuntu's restriction itself; electron's Linux zip always has one, so this is a damaged
  // runtime, not the case this check is for.
  if (status === undefined || helperIsSetuidRoot(status)) return { kind: 'sandboxed' };
  return { kind: 'helper-not-setuid', helper };
}

/** `chrome-sandbox` in the folder of the executable with its links resolved, as Chromium's DIR_EXE is. */
export function sandboxHelperOf(binary: string): string {
  let real = binary;
  try {
    real = realpathSync(binary);
  } catch {
    // Not there: spawning it will say so.
  }
  return join(dirname(real), 'chrome-sandbox');
}

/** The ports on a real machine; `procSys` is /proc/sys except in the launcher's tests. */
export function systemSandboxPorts(procSys = '/proc/sys'): SandboxPorts {
  return {
    readSetting(name) {
      try {
        return readFileSync(join(procSys, name), 'utf8').trim();
      } catch {
        return undefined;
      }
    },
    fileStatus(path) {
      try {
        const { uid, mode } = statSync(path);
        return { uid, mode };
      } catch {
        return undefined;
      }
    },
  };
}

/** A path as a POSIX shell reads it back unchanged, for a command to paste. */
export function shellQuoted(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
