// A file's path as the operating system knows it. Node makes file names into strings as UTF-8,
// and a name that is not valid UTF-8 (possible on Linux: an old Latin-1 archive, a camera's
// card, a file from another system) comes out with U+FFFD where the bytes could not be read.
// The terminal's arguments, Electron's file dialog and a drop all hand over such a string, and
// the string names no file. Its bytes are found again by listing the folder as bytes and
// keeping the one entry whose name Node would have written as that string.
//
// The string stays the path everywhere else (the queue, the history, the window): only the
// calls that touch the disk use what this returns, so nothing needs to carry bytes around.

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** What Node writes for bytes that are not UTF-8. */
const UNREADABLE = '\uFFFD';
const SEPARATOR = Buffer.from(path.sep);

/**
 * The path to give the file system for `text`: `text` itself, or its bytes when a name in it
 * was not UTF-8. Throws when a folder on the way cannot be listed, and (code ENAMEAMBIGUOUS)
 * when two names in one folder read the same, since either could be the file meant.
 */
export async function osPath(text: string): Promise<string | Buffer> {
  // Windows names are UTF-16 and its paths are given to it as such: there is nothing to find.
  if (!text.includes(UNREADABLE) || process.platform === 'win32') return text;
  const { root } = path.parse(text);
  let found = Buffer.from(root);
  for (const name of text.slice(root.length).split(path.sep)) {
    if (name === '') continue;
    const folder = found.length === 0 ? '.' : found;
    const part = name.includes(UNREADABLE) ? await entryReadAs(folder, name) : Buffer.from(name);
    found = found.length === 0 || found.subarray(-1).equals(SEPARATOR) ? Buffer.concat([found, part]) : Buffer.concat([found, SEPARATOR, part]);
  }
  return found;
}

async function entryReadAs(folder: string | Buffer, name: string): Promise<Buffer> {
  const matches = (await readdir(folder, { encoding: 'buffer' })).filter((entry) => entry.toString('utf8') === name);
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length === 0) throw Object.assign(new Error(`No entry reads as ${name}`), { code: 'ENOENT' });
  throw Object.assign(new Error(`${matches.length} entries read as ${name}`), { code: 'ENAMEAMBIGUOUS' });
}
