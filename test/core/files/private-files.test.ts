// The data folder and what the app writes are private to the person: the folder 0700, its
// files 0600, also when an older version left them looser; exports 0600 unless they replace a
// file whose mode the person chose. Checked with stat, on systems with mode bits.

import { chmod, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDataDirPrivate } from '../../../electron/core/files/data-dir.ts';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { writeJsonFile, writeTextFile } from '../../../electron/main/settings/json-file.ts';
import { uploaded } from '../history/history-test-entries.ts';

const modeOf = async (target: string): Promise<number> => (await stat(target)).mode & 0o777;
const posix = process.platform !== 'win32';
if (!posix) console.warn('private-files.test.ts: skipped, Windows has no mode bits to check');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'private-files-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.runIf(posix)('private files', () => {
  it('a new data folder is 0700 and the history in it 0600', async () => {
    const dir = path.join(root, 'new', 'Media Uploader');
    const store = await HistoryStore.open(dir);
    await store.append(uploaded('a.mp3'));
    await store.close();
    expect(await modeOf(dir)).toBe(0o700);
    expect(await modeOf(store.file)).toBe(0o600);
  });

  it('tightens a data folder and files that an older version left readable by others', async () => {
    const dir = path.join(root, 'data');
    await mkdir(dir, { mode: 0o755 });
    await chmod(dir, 0o755);
    const loose = ['history.jsonl', 'settings.json', 'window-state.json'];
    for (const name of loose) {
      await writeFile(path.join(dir, name), '');
      await chmod(path.join(dir, name), 0o666);
    }
    // A file elsewhere that a link in the folder points at is not touched.
    const outside = path.join(root, 'outside.txt');
    await writeFile(outside, 'not ours');
    await chmod(outside, 0o644);
    await symlink(outside, path.join(dir, 'link.txt'));

    const store = await HistoryStore.openForAppend(dir);
    await store.close();
    expect(await modeOf(dir)).toBe(0o700);
    for (const name of loose) expect([name, await modeOf(path.join(dir, name))]).toEqual([name, 0o600]);
    expect(await modeOf(outside)).toBe(0o644);
  });

  it('never takes a bit from the owner of a file in the folder', async () => {
    const dir = path.join(root, 'data');
    await mkdir(dir);
    const script = path.join(dir, 'own-script.sh');
    await writeFile(script, '#!/bin/sh\n');
    await chmod(script, 0o755);
    await makeDataDirPrivate(dir);
    expect(await modeOf(script)).toBe(0o700);
  });

  it('settings and the window place are written 0600, replacing a looser file', async () => {
    const dir = path.join(root, 'fresh');
    const settings = path.join(dir, 'settings.json');
    await writeJsonFile(settings, { concurrency: 3 });
    expect(await modeOf(dir)).toBe(0o700);
    expect(await modeOf(settings)).toBe(0o600);
    await chmod(settings, 0o644);
    await writeJsonFile(settings, { concurrency: 4 });
    expect(await modeOf(settings)).toBe(0o600);
  });

  it('an export is 0600, or keeps the mode of the file it replaces', async () => {
    const fresh = path.join(root, 'history.csv');
    await writeTextFile(fresh, 'a,b\r\n');
    expect(await modeOf(fresh)).toBe(0o600);
    const shared = path.join(root, 'shared.csv');
    await writeFile(shared, 'old');
    await chmod(shared, 0o664);
    await writeTextFile(shared, 'a,b\r\n');
    expect(await modeOf(shared)).toBe(0o664);
  });
});
