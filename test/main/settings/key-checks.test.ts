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
const WORK = '0a1b2c3d';
const HOME = '9f8e7d6c';
const offline = checkFromTest({ ok: false, code: 'NETWORK', message: 'Could not reach HeyGen.' }, AT);

describe('key checks', () => {
  it('reads a verdict from a check’s answer: a rejection is one, a network failure is not', () => {
    expect(works).toEqual({ state: 'working', at: AT.toISOString(), message: 'The HeyGen key works.' });
    expect(rejected.state).toBe('rejected');
    expect(checkFromTest({ ok: false, code: 'FORBIDDEN', message: 'x' }, AT).state).toBe('rejected');
    expect(offline.state).toBe('unchecked');
  });

  it('remembers verdicts per key across a restart', async () => {
    const store = await KeyCheckStore.open(dir);
    expect(store.get('heygen', WORK)).toEqual({ state: 'unchecked' });
    expect(await store.record('heygen', WORK, rejected)).toBe(true);
    expect(await store.record('heygen', WORK, rejected)).toBe(false);
    const again = await KeyCheckStore.open(dir);
    expect(again.get('heygen', WORK)).toEqual(rejected);
    expect(again.get('heygen', HOME)).toEqual({ state: 'unchecked' });
    expect(again.get('assemblyai', WORK)).toEqual({ state: 'unchecked' });
  });

  it('keeps a verdict when a later check could not reach the provider, with that check’s sentence', async () => {
    const store = await KeyCheckStore.open(dir);
    await store.record('heygen', WORK, works);
    await store.record('heygen', WORK, offline);
    expect(store.get('heygen', WORK)).toMatchObject({ state: 'working', message: 'Could not reach HeyGen.' });
  });

  it('forgets a removed key’s verdict, and a damaged file loses only its bad entry', async () => {
    const store = await KeyCheckStore.open(dir);
    await store.record('heygen', WORK, works);
    await store.record('assemblyai', HOME, rejected);
    await store.forget('heygen', WORK);
    expect(store.get('heygen', WORK)).toEqual({ state: 'unchecked' });
    const text = await readFile(join(dir, 'key-checks.json'), 'utf8');
    expect(JSON.parse(text)).toEqual({ [`assemblyai:${HOME}`]: rejected });

    await writeFile(join(dir, 'key-checks.json'), JSON.stringify({ [`assemblyai:${HOME}`]: rejected, [`heygen:${WORK}`]: { state: 'maybe' }, 'acme:0a0a0a0a': works }));
    const reread = await KeyCheckStore.open(dir);
    expect(reread.get('assemblyai', HOME)).toEqual(rejected);
    expect(reread.get('heygen', WORK)).toEqual({ state: 'unchecked' });
  });

  it('gives a verdict from before keys had names to the key that became "Default", once', async () => {
    await writeFile(join(dir, 'key-checks.json'), JSON.stringify({ heygen: works, memories: rejected, [`memories:${HOME}`]: offline }));
    const store = await KeyCheckStore.open(dir);
    await store.adoptLegacy('heygen', WORK);
    expect(store.get('heygen', WORK)).toEqual(works);
    // A key with a verdict of its own keeps it; the old one is dropped either way.
    await store.adoptLegacy('memories', HOME);
    expect(store.get('memories', HOME)).toEqual(offline);
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'key-checks.json'), 'utf8'))).sort()).toEqual([`heygen:${WORK}`, `memories:${HOME}`]);
  });
});
