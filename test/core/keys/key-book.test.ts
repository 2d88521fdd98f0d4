// Key ids and the key book (electron/core/key-id.ts, key-book.ts): an id that says which key
// made an upload and nothing that would help guess it, one salt per install however many
// processes start at once, and the rule that an earlier upload is reached only with its own key.

import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyBook } from '../../../electron/core/keys/key-book.ts';
import { KEY_ID_SALT_FILE, keyIdOf, keyIdSalt } from '../../../electron/core/keys/key-id.ts';
import { isKeyId } from '../../../shared/key-names.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';

const SALT = 'a'.repeat(64);
const WORK = 'work-key-0123456789abcdef';
const PERSONAL = 'personal-key-0123456789abcdef';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'media-uploader-key-id-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('key ids', () => {
  it('are 8 hex digits that differ between keys and between installs, and hold no part of the key', () => {
    const id = keyIdOf(WORK, SALT);
    expect(isKeyId(id)).toBe(true);
    expect(keyIdOf(WORK, SALT)).toBe(id);
    expect(keyIdOf(PERSONAL, SALT)).not.toBe(id);
    expect(keyIdOf(WORK, 'b'.repeat(64))).not.toBe(id);
    for (let i = 0; i + 4 <= WORK.length; i++) expect(id).not.toContain(WORK.slice(i, i + 4));
  });

  it('come from one salt per install, made once, private, even when many processes start at once', async () => {
    const salts = await Promise.all(Array.from({ length: 8 }, () => keyIdSalt(dir)));
    expect(new Set(salts).size).toBe(1);
    expect(await keyIdSalt(dir)).toBe(salts[0]);
    const file = path.join(dir, KEY_ID_SALT_FILE);
    expect((await readFile(file, 'utf8')).trim()).toBe(salts[0]);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged salt rather than silently giving every key a new id', async () => {
    await writeFile(path.join(dir, KEY_ID_SALT_FILE), 'not a salt\n');
    await expect(keyIdSalt(dir)).rejects.toThrow(/is damaged/);
  });
});

describe('the key book', () => {
  it('sends a new upload with the key named for it, or the default, and says which', async () => {
    const store = memorySecretStore();
    await store.set('assemblyai', WORK, 'Work');
    await store.set('assemblyai', PERSONAL, 'Personal');
    const book = createKeyBook(store, { salt: SALT });
    expect(await book.forNewUpload('assemblyai', undefined)).toEqual({ key: WORK, used: { name: 'Work', id: keyIdOf(WORK, SALT) } });
    expect(await book.forNewUpload('assemblyai', 'personal')).toEqual({ key: PERSONAL, used: { name: 'Personal', id: keyIdOf(PERSONAL, SALT) } });
    expect(await book.forNewUpload('heygen', undefined)).toBeUndefined();
    await expect(book.forNewUpload('assemblyai', 'Client', 'talk.mp3')).rejects.toMatchObject({
      code: 'KEY_REMOVED', message: 'The AssemblyAI key “Client” chosen for talk.mp3 is no longer saved. Choose another key for it, or add the “Client” key again in Settings.',
    });
    expect(await book.list('assemblyai')).toEqual([
      { name: 'Work', id: keyIdOf(WORK, SALT), isDefault: true },
      { name: 'Personal', id: keyIdOf(PERSONAL, SALT), isDefault: false },
    ]);
  });

  it('reaches an earlier upload with the key that made it, under any name, and never with another', async () => {
    const store = memorySecretStore();
    await store.set('memories', WORK, 'Work');
    await store.set('memories', PERSONAL, 'Personal');
    const book = createKeyBook(store, { salt: SALT });
    const used = { name: 'Personal', id: keyIdOf(PERSONAL, SALT) };
    expect((await book.forEarlierUpload('memories', used))?.key).toBe(PERSONAL);
    await store.rename('memories', 'Personal', 'Home');
    expect((await book.forEarlierUpload('memories', used))?.used).toEqual({ name: 'Home', id: used.id });
    // Replaced under the same name by another key: that is not the key that made the upload.
    await store.set('memories', 'another-key-000000000000', 'Home');
    await expect(book.forEarlierUpload('memories', used, 'film.mp4')).rejects.toMatchObject({
      code: 'KEY_REMOVED', message: expect.stringMatching(/^film\.mp4 was made with the memories\.ai key “Personal”, which is no longer saved/),
    });
    // Recorded before keys had names: the key those versions kept (the first), even when another is the default.
    await store.setDefault('memories', 'Home');
    expect((await book.forEarlierUpload('memories', undefined))?.key).toBe(WORK);
  });

  it('lets a key from the environment stand in for the default, named so, and be found again by its id', async () => {
    const store = memorySecretStore();
    await store.set('heygen', WORK, 'Work');
    const book = createKeyBook(store, { salt: SALT, environment: (p) => (p === 'heygen' ? PERSONAL : undefined) });
    const chosen = await book.forNewUpload('heygen', undefined);
    expect(chosen?.used).toEqual({ name: 'from the environment', id: keyIdOf(PERSONAL, SALT) });
    expect((await book.forNewUpload('heygen', 'Work'))?.key).toBe(WORK);
    expect((await book.forEarlierUpload('heygen', chosen?.used))?.key).toBe(PERSONAL);
  });
});
