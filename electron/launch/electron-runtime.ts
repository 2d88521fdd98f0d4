// The Electron runtime that `npm start` opens the app with: where it is, and fetching it when it
// is missing. Since electron 45.4 the package has no install script; its binary is fetched on
// first use by the package's own install.js (also `npx install-electron`), which honours
// ELECTRON_MIRROR, electron_config_cache, electron_use_remote_checksums and the rest of
// @electron/get's settings. Here that install.js is run as it is, in a child process, with
// download-watch.ts loaded into it to bound stalls and report progress.
//
// The binary is looked up from the package's path.txt, as the package's index.js does, without
// requiring the package: its index.js would start a download on the spot.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STALL_ENV, type DownloadNote } from './download-notes.ts';

export interface ElectronPackage {
  readonly dir: string;
  readonly version: string;
}

/** The electron package that `root`'s node_modules gives, as Node resolves it from there. */
export function electronPackage(root: string): ElectronPackage | undefined {
  try {
    const manifest = createRequire(join(root, 'package.json')).resolve('electron/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return { dir: dirname(manifest), version };
  } catch {
    return undefined;
  }
}

/** Where the Electron executable is, or would be once downloaded: the package's index.js's rule. */
export function expectedBinary(pkg: ElectronPackage): string | undefined {
  const pathFile = join(pkg.dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? '';
  if (override !== '') return join(override, relative === '' ? 'electron' : relative);
  return relative === '' ? undefined : join(pkg.dir, 'dist', relative);
}

/** The Electron executable for the project at `root`, or undefined when it is not there. */
export function electronBinary(root: string): string | undefined {
  const pkg = electronPackage(root);
  const binary = pkg === undefined ? undefined : expectedBinary(pkg);
  return binary !== undefined && existsSync(binary) ? binary : undefined;
}

export type DownloadOutcome =
  | { readonly ok: true; readonly bytes: number }
  | { readonly ok: false; readonly reason: string };

export interface DownloadWatcher {
  progress(received: number, total: number | undefined): void;
}

const WATCH_MODULE = fileURLToPath(new URL('./download-watch.ts', import.meta.url));

export interface RuntimeDownload {
  /** The child running install.js, for the launcher to pass signals on to. */
  readonly child: ChildProcess;
  readonly outcome: Promise<DownloadOutcome>;
}

/**
 * Runs the package's install.js. Its own output on failure is a stack trace, so stderr is kept
 * and turned into a short reason instead.
 */
export function downloadElectronRuntime(pkg: ElectronPackage, stallMs: number, watcher: DownloadWatcher): RuntimeDownload {
  // See download-watch.ts: its dispatcher already honours proxies, with the stall limit.
  const { ELECTRON_GET_USE_PROXY: _proxyFlag, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', WATCH_MODULE, join(pkg.dir, 'install.js')], {
    cwd: pkg.dir,
    env: { ...env, [STALL_ENV]: String(stallMs) },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const notes: DownloadNote[] = [];
  // The runtime is the largest file fetched (the checksum list is a few KB): its progress is
  // the one shown, whichever redirect it came through.
  const sizes = new Map<number, { received: number; total: number | undefined }>();
  let main: number | undefined;
  child.on('message', (note: DownloadNote) => {
    if (note.kind !== 'progress') {
      notes.push(note);
      return;
    }
    sizes.set(note.request, note);
    const current = main === undefined ? undefined : sizes.get(main);
    if (current === undefined || (note.total ?? note.received) >= (current.total ?? current.received)) main = note.request;
    if (main === note.request) watcher.progress(note.received, note.total);
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const outcome = new Promise<DownloadOutcome>((resolve) => {
    child.on('error', (error) => resolve({ ok: false, reason: `Node could not run the electron package's install.js (${error.message})` }));
    child.on('close', (code) => {
      const bytes = [...sizes.values()].reduce((sum, size) => sum + size.received, 0);
      resolve(code === 0 ? { ok: true, bytes } : { ok: false, reason: failureReason(notes, stderr) });
    });
  });
  return { child, outcome };
}

const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Why install.js failed, in a few plain words, from what the child told and printed. */
export function failureReason(notes: readonly DownloadNote[], stderr: string): string {
  // sumchecker's messages: "Generated checksum for … did not match expected checksum." and
  // "No checksum found in checksum file for …".
  if (/did not match expected checksum/.test(stderr)) return 'the downloaded file did not match its published checksum';
  if (/No checksum found/.test(stderr)) return 'the checksum list has no entry for this runtime';
  const last = notes.at(-1);
  if (last?.kind === 'http-status') return `the download server answered ${last.status}${last.statusText === '' ? '' : ` ${last.statusText}`} for ${last.file}`;
  if (last?.kind === 'network-error') {
    if (TIMEOUTS.has(last.code)) return 'the download server stopped answering';
    return last.answered ? 'the connection to the download server broke off' : 'the download server could not be reached';
  }
  // Anything else (a full disk, an unpacking error): the first line of the stack, without the
  // error's class; Node's own warnings ("(node:123) …") are not the reason.
  const first = stderr.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('(node:'))?.replace(/^\w*Error: /, '');
  return first === undefined || first === '' ? 'the download stopped' : first.replace(/[.\s]+$/, '');
}
