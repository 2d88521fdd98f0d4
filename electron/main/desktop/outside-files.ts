// Files given to the app from outside its window: "Open with Media Uploader" and "Send to" in the
// file manager, files named on the command line, files dropped on the Dock or the menu-bar icon.
// The system hands them to main itself (the process's arguments, a second instance's, macOS's
// `open-file`, the Tray's `drop-files`), so they are files the person chose, like those of the
// "Add files…" dialog: main adds them through the same door (add-chosen.ts) and the window
// never names a path.
//
// Electron's rules this follows (docs/api/app.md): `open-file` can come before `ready`, when
// macOS starts the app to open a file, and must then be held (here until the core is open);
// `second-instance`'s argv "will not be exactly the same list of arguments as those passed to
// the second instance", so the second instance sends its files as `additionalData` of
// requestSingleInstanceLock, and argv is only the fallback.

import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** What a second instance hands the first (app.requestSingleInstanceLock's additionalData). */
export interface InstanceData {
  readonly files: readonly string[];
}

const INSTANCE_DATA = z.object({ files: z.array(z.string().min(1).max(4096)).max(100_000) });

/**
 * The files named on a command line: what follows the executable, without switches (Chromium's,
 * ours) and, unpackaged, without the app's folder (`appPath`: wherever it stands, since
 * launchers put their switches before it), relative paths taken from `cwd`, and file: URLs
 * (Linux desktops start the app with `%U`) turned into paths.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, appPath?: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg === '' || arg.startsWith('-')) continue;
    if (appPath !== undefined && resolve(cwd, arg) === resolve(appPath)) continue;
    if (arg.startsWith('file:')) {
      try {
        files.push(fileURLToPath(arg));
      } catch {
        // Not a local file's URL (a file: URL naming another host): nothing to add.
      }
      continue;
    }
    // Any other URL (a browser's link handed over by mistake) is not a file.
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) continue;
    files.push(isAbsolute(arg) ? arg : resolve(cwd, arg));
  }
  return files;
}

/** The files a second instance was started with: its own list, or its argv read here when it sent none. */
export function secondInstanceFiles(additionalData: unknown, argv: readonly string[], cwd: string, appPath?: string): string[] {
  const sent = INSTANCE_DATA.safeParse(additionalData);
  return sent.success ? [...sent.data.files] : filesFromArgv(argv, cwd, appPath);
}

/** Holds files that arrive before the app can add them (macOS's `open-file` before `ready`), then passes them on. */
export class OutsideFiles {
  #pending: string[] = [];
  #add: ((paths: readonly string[]) => void) | undefined;

  receive(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (this.#add === undefined) this.#pending.push(...paths);
    else this.#add(paths);
  }

  /** From now on files go to `add`; those held so far go first, together. */
  ready(add: (paths: readonly string[]) => void): void {
    this.#add = add;
    const held = this.#pending;
    this.#pending = [];
    if (held.length > 0) add(held);
  }
}
