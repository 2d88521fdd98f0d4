// What Settings says about a saved key is remembered in the data folder: a verdict survives a
// restart, a check that could not reach the provider does not erase an earlier verdict, and a
// new or removed key forgets it. The file never holds the key.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFromTest, KeyCheckStore } from '../../../electron/main/settings/key-checks.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('media-uploader-key-checks-');
});
afterEach(async () => {
  await removeDir(dir);
});

const AT = new Date('2026-03-14T10:00:00Z');
const works = checkFromTest({ ok: true, message: 'The HeyGen key works.' }, AT);
const rejected = checkFromTest({ ok: false, code: 'KEY_REJECTED', message: 'HeyGen did not accept this key.' }, AT);
const offline = checkFromTest({ ok: false, code: 'NETWORK', message: 'Could not reach HeyGen.' }, AT);

describe('key checks', () => {
  it('reads a verdict from a check’s answer: a rejection is one, a network failure is not', () => {
    expect(works).toEqual({ state: 'working', at: AT.toISOString(), message: 'The HeyGen key works.' });
    expect(rejected.state).toBe('rejected');
    expect(checkFromTest({ ok: false, code: 'FORBIDDEN', message: 'x' }, AT).state).toBe('rejected');
    expect(offline.state).toBe('unchecked');
  });

  it('remembers verdicts across a restart', async () => {
    const store = await KeyCheckStore.open(dir);
    expect(store.get('heygen')).toEqual({ state: 'unchecked' });
    expect(await store.record('heygen', rejected)).toBe(true);
    expect(await store.record('heygen', rejected)).toBe(false);
    const again = await KeyCheckStore.open(dir);
    expect(again.get('heygen')).toEqual(rejected);
    expect(again.get('assemblyai')).toEqual({ state: 'unchecked' });
  });

  it('keeps a verdict when a later check could not reach the provider, with that check’s sentence', async () => {
    const store = await KeyCheckStore.open(dir);
    await store.record('heygen', works);
    await store.record('heygen', offline);
    expect(store.get('heygen')).toMatchObject({ state: 'working', message: 'Could not reach HeyGen.' });
  });

  it('forgets a verdict when the key changes, and a damaged file loses only its bad entry', async () => {
    const store = await KeyCheckStore.open(dir);
    await store.record('heygen', works);
    await store.record('assemblyai', rejected);
    await store.forget('heygen');
    expect(store.get('heygen')).toEqual({ state: 'unchecked' });
    const text = await readFile(join(dir, 'key-checks.json'), 'utf8');
    expect(JSON.parse(text)).toEqual({ assemblyai: rejected });

    await writeFile(join(dir, 'key-checks.json'), JSON.stringify({ assemblyai: rejected, heygen: { state: 'maybe' } }));
    const reread = await KeyCheckStore.open(dir);
    expect(reread.get('assemblyai')).toEqual(rejected);
    expect(reread.get('heygen')).toEqual({ state: 'unchecked' });
  });
});
