// A key's id: what the history, the upload list, exports and `keys list` say about which key
// made an upload, so the app can later act on that upload with that very key (AssemblyAI takes
// an uploaded file only from a key of the same project) and tell a key that is gone.
//
// The id is the first 8 hex digits of HMAC-SHA-256 of the key, keyed by a random salt made once
// per install (the data folder's `key-id-salt`). Why not a plain hash of the key: anyone who saw
// a history or an export could then test a leaked or guessed key against it, and link the same
// key across people's installs. Keyed by a salt that never leaves this computer's private data
// folder, the id says nothing outside it. Why only 8 digits (32 bits): enough to tell one
// person's few keys apart (a clash is about one in four billion), and no more than needed, so
// that even with the salt it is a weak witness about any key. The key itself is never derived
// from it: an HMAC cannot be run backwards, and keys are long random strings.

import { createHmac, randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder, writeAll } from '../files/atomic-file.ts';
import { PRIVATE_FOLDER } from '../files/data-dir.ts';

export const KEY_ID_SALT_FILE = 'key-id-salt';

/** 256 bits: the same strength as the HMAC's hash. */
const SALT_BYTES = 32;
const SALT_TEXT = /^[0-9a-f]{64}$/;

export function keyIdOf(key: string, salt: string): string {
  return createHmac('sha256', salt).update(key.trim()).digest('hex').slice(0, 8);
}

/**
 * The install's salt, made on first use. Two processes starting at once (the app and a CLI run)
 * agree on one: the salt is written whole to a file of its own, then linked into place, which
 * fails when the other process was first; that one's salt is then read.
 */
export async function keyIdSalt(dataDir: string): Promise<string> {
  const file = path.join(dataDir, KEY_ID_SALT_FILE);
  const existing = await readSalt(file);
  if (existing !== undefined) return existing;
  await mkdir(dataDir, { recursive: true, mode: PRIVATE_FOLDER });
  const salt = randomBytes(SALT_BYTES).toString('hex');
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await writeAll(handle, Buffer.from(`${salt}\n`));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, file);
    await syncFolder(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  const chosen = await readSalt(file);
  if (chosen === undefined) throw new Error(`${file} does not hold a salt.`);
  return chosen;
}

async function readSalt(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // A damaged salt is not replaced: that would change every id, and make every recorded key look removed.
  if (!SALT_TEXT.test(text)) throw new Error(`${file} is damaged. Move it away; the next start makes a new one (keys then get new ids).`);
  return text;
}
