// Which chosen paths main will hand to the file system at all. On Windows, merely opening
// `\\host\share\x.jpg` makes the system connect to that host over SMB and offer the person's
// NTLM credentials, and `\\?\` and `\\.\` paths reach devices and raw volumes past the usual
// checks; so those are refused by looking at the text alone, before any stat or open.
// Pure (no fs, the platform passed in), so it is tested on Linux with Windows-style strings.

import { posix, win32 } from 'node:path';

/** `\\` or `//` (or a mix) at the start: UNC shares, `\\?\` long paths, `\\.\` devices. */
const DOUBLE_SEPARATOR = /^[\\/]{2}/;
/** `C:\…` or `C:/…`: the only form a dropped or chosen local file has on Windows. */
const DRIVE_PATH = /^[A-Za-z]:[\\/]/;

/** `\\?\` and `\\.\` (either slash): long-path and device namespaces. */
const DEVICE_NAMESPACE = /^[\\/]{2}[?.][\\/]/;

const NOT_LOCAL = 'It is not a full path to a file on this computer. Add it again from a folder window.';

export interface PathRefusal {
  /** The last part of the path, as the person knows the file. */
  readonly name: string;
  /** Why it is not opened, for a person. */
  readonly message: string;
}

/**
 * Why `path` is not opened, or undefined for a plain local path. `platform` is the main
 * process's `process.platform`.
 */
export function networkPathRefusal(path: string, platform: NodeJS.Platform): PathRefusal | undefined {
  const windows = platform === 'win32';
  const name = (windows ? win32 : posix).basename(path) || path;
  const refuse = (message: string): PathRefusal => ({ name, message });
  // The file system refuses a NUL too, but only after the path has travelled that far.
  if (path.includes('\0')) return refuse(NOT_LOCAL);
  if (windows) {
    if (DEVICE_NAMESPACE.test(path)) return refuse('It is given as a device or system path, which the app does not open. Add it again from a folder window.');
    if (DOUBLE_SEPARATOR.test(path)) return refuse('It is on a network share. Copy it to a folder on this computer first, then add it from there.');
    return DRIVE_PATH.test(path) ? undefined : refuse(NOT_LOCAL);
  }
  return posix.isAbsolute(path) ? undefined : refuse(NOT_LOCAL);
}
