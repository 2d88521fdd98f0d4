// `npm start`: finds the Electron runtime (downloading it on the first start, see
// electron-runtime.ts), builds the app with electron-vite, then opens it. Every way this can
// fail before the app opens ends with one plain sentence and exit status 1, never a stack.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadView, type DownloadView } from './download-view.ts';
import { downloadElectronRuntime, electronBinary as binaryIn, electronPackage, expectedBinary } from './electron-runtime.ts';
import { NO_SANDBOX_ENV, sandboxHelperOf, sandboxPlan, shellQuoted, systemSandboxPorts } from './linux-sandbox.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const MEANWHILE = 'meanwhile the command-line uploader works, see `npx media-uploader --help`';

export const NOT_INSTALLED = 'Media Uploader cannot open because the project\'s packages are not installed: run `npm install` in this folder, then `npm start` again.';

export function downloadFailed(reason: string): string {
  return `Media Uploader cannot open because the Electron runtime could not be downloaded (${reason}): check the internet connection and any proxy (HTTPS_PROXY) or ELECTRON_MIRROR setting, then run \`npm start\` again; ${MEANWHILE}.`;
}

export function overrideMissing(binary: string): string {
  return `Media Uploader cannot open because ELECTRON_OVERRIDE_DIST_PATH is set and there is no Electron program at ${binary}: correct or unset ELECTRON_OVERRIDE_DIST_PATH, then run \`npm start\` again; ${MEANWHILE}.`;
}

export function helperNotSetuid(helper: string): string {
  const path = shellQuoted(helper);
  return `Media Uploader cannot open because this system does not let Electron create user namespaces (Ubuntu 23.10 and later restrict them with AppArmor), so Chromium's sandbox needs its helper ${helper} to be owned by root with mode 4755, and it is not: run \`sudo chown root:root ${path} && sudo chmod 4755 ${path}\`, then \`npm start\` again, or start with \`${NO_SANDBOX_ENV}=1 npm start\`, which turns off Chromium's sandbox for that run; ${MEANWHILE}.`;
}

export const WITHOUT_SANDBOX = `Opening Media Uploader with --no-sandbox because ${NO_SANDBOX_ENV}=1: Chromium's sandbox is off for this run.`;

/** The Electron executable this project's `npm start` uses, or undefined before its first download. */
export function electronBinary(): string | undefined {
  return binaryIn(ROOT);
}

export interface LaunchOptions {
  /** The project folder: where node_modules/electron is looked up and the app folder Electron opens. */
  readonly root: string;
  /** Build with electron-vite first; only a test of the launcher itself, with no app to build, turns it off. */
  readonly build: boolean;
  /** How long the download may go without a byte before it counts as failed. */
  readonly stallMs?: number;
  /**
   * Where the kernel's settings are read for the sandbox check (linux-sandbox.ts): /proc/sys.
   * Only the launcher's tests point it elsewhere, at a folder of made-up settings.
   */
  readonly procSys?: string;
}

function fail(sentence: string): never {
  console.error(sentence);
  process.exit(1);
}

// SIGQUIT too where Electron runs outside the terminal's process group (see the spawn below):
// Ctrl+\ then reaches the launcher alone, which would otherwise end and leave Electron open.
const SIGNALS: readonly NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

/** The shell's convention for a process ended by a signal: 128 + its number. */
function signalStatus(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

export async function launch({ root, build, stallMs = 30_000, procSys }: LaunchOptions): Promise<void> {
  const pkg = electronPackage(root) ?? fail(NOT_INSTALLED);
  // Each signal goes on, once, to the child running now: it ends a download at once (with the
  // launcher), and the app decides itself how to quit (its quit guard may ask first); the launcher
  // then ends when the app does, never before.
  let running: { child: ChildProcess; isApp: boolean } | undefined;
  let view: DownloadView | undefined;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      running?.child.kill(signal);
      if (running?.isApp === true) return;
      view?.abandon();
      process.exit(signalStatus(signal));
    });
  }

  let binary = binaryIn(root);
  if (binary === undefined) {
    // A runtime kept elsewhere on purpose is the person's to provide, not ours to download.
    const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? '';
    if (override !== '') fail(overrideMissing(expectedBinary(pkg) ?? override));
    view = downloadView(process.stdout, pkg.version);
    const download = downloadElectronRuntime(pkg, stallMs, view);
    running = { child: download.child, isApp: false };
    const outcome = await download.outcome;
    running = undefined;
    if (!outcome.ok) {
      view.abandon();
      view = undefined;
      fail(downloadFailed(outcome.reason));
    }
    binary = binaryIn(root) ?? fail(downloadFailed(`install.js ended without leaving a program in ${join(pkg.dir, 'dist')}`));
    view.finish(outcome.bytes);
    view = undefined;
  }

  // Before the build, so that a machine where Electron would abort learns it at once.
  const sandbox = sandboxPlan({ platform: process.platform, helper: sandboxHelperOf(binary), env: process.env }, systemSandboxPorts(procSys));
  if (sandbox.kind === 'helper-not-setuid') fail(helperNotSetuid(sandbox.helper));

  if (build) {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }

  // Electron ignores the app and acts as plain Node when this is set (some shells export it).
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  if (sandbox.kind === 'no-sandbox') console.warn(WITHOUT_SANDBOX);
  // Launchers put Chromium's switches before the app's folder (outside-files.ts skips both).
  const args = sandbox.kind === 'no-sandbox' ? ['--no-sandbox', root] : [root];
  // On Linux and macOS Electron gets a process group (and session) of its own. A terminal sends
  // Ctrl+C to its whole foreground group: in ours, Electron would get that SIGINT and the copy
  // passed on above. Electron takes the first as "quit" (Browser::Quit, so before-quit and the
  // app's quit flow) and puts the default action back, so the second would end it in the middle
  // of that flow (GracefulShutdownHandler, shell/browser/electron_browser_main_parts_posix.cc).
  // Were the launcher killed outright (SIGKILL), Electron would stay open, as an app opened from
  // a desktop menu does, and quit from its own menu; every signal that a terminal or a plain
  // `kill` sends is passed on, so otherwise the launcher never ends before Electron. On Windows a
  // detached child would get a console of its own, so Electron stays in ours, as before.
  const app = spawn(binary, args, { cwd: root, stdio: 'inherit', env, detached: process.platform !== 'win32' });
  running = { child: app, isApp: true };
  app.on('error', (error) => fail(`Media Uploader cannot open because Electron could not be started (${error.message}): run \`npm start\` again, or delete node_modules/electron/dist so that it is downloaded anew; ${MEANWHILE}.`));
  app.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : signalStatus(signal))));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await launch({ root: ROOT, build: true });
