// `npm start`: finds the Electron runtime (downloading it on the first start, see
// electron-runtime.ts), builds the app with electron-vite, then opens it. Every way this can
// fail before the app opens ends with one plain sentence and exit status 1, never a stack.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadView, type DownloadView } from './download-view.ts';
import { downloadElectronRuntime, electronBinary as binaryIn, electronPackage, expectedBinary } from './electron-runtime.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const MEANWHILE = 'meanwhile the command-line uploader works, see `npx media-uploader --help`';

export const NOT_INSTALLED = 'Media Uploader cannot open because the project\'s packages are not installed: run `npm install` in this folder, then `npm start` again.';

export function downloadFailed(reason: string): string {
  return `Media Uploader cannot open because the Electron runtime could not be downloaded (${reason}): check the internet connection and any proxy (HTTPS_PROXY) or ELECTRON_MIRROR setting, then run \`npm start\` again; ${MEANWHILE}.`;
}

export function overrideMissing(binary: string): string {
  return `Media Uploader cannot open because ELECTRON_OVERRIDE_DIST_PATH is set and there is no Electron program at ${binary}: correct or unset ELECTRON_OVERRIDE_DIST_PATH, then run \`npm start\` again; ${MEANWHILE}.`;
}

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
}

function fail(sentence: string): never {
  console.error(sentence);
  process.exit(1);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The shell's convention for a process ended by a signal: 128 + its number. */
function signalStatus(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

export async function launch({ root, build, stallMs = 30_000 }: LaunchOptions): Promise<void> {
  const pkg = electronPackage(root) ?? fail(NOT_INSTALLED);
  // A signal goes on to the child running now: it ends a download at once (with the launcher),
  // and the app decides itself how to quit (its quit guard may ask first).
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

  if (build) {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }

  // Electron ignores the app and acts as plain Node when this is set (some shells export it).
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  const app = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
  running = { child: app, isApp: true };
  app.on('error', (error) => fail(`Media Uploader cannot open because Electron could not be started (${error.message}): run \`npm start\` again, or delete node_modules/electron/dist so that it is downloaded anew; ${MEANWHILE}.`));
  app.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : signalStatus(signal))));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await launch({ root: ROOT, build: true });
