// A history file damaged by a crash or a failing disk still opens, keeps every whole entry,
// and does not let the damage swallow the next entry written.

import { appendFile, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../../electron/core/files/line-file.ts';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { completeEntry, entryLine } from '../../../electron/core/history/history-line.ts';
import { uploaded } from './history-test-entries.ts';

let dir: string;
let file: string;
const stores: HistoryStore[] = [];
const openStore = async (): Promise<HistoryStore> => {
  const store = await HistoryStore.open(dir);
  stores.push(store);
  return store;
};
const line = (name: string, at: string): string => entryLine(completeEntry(uploaded(name), `id-${name}`, at));

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'history-recovery-'));
  file = path.join(dir, 'history.jsonl');
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('history recovery', () => {
  it('skips a torn last line and keeps the next entry apart from it', async () => {
    const whole = line('a.mp3', '2026-01-01T00:00:00.000Z') + line('b.mp3', '2026-01-02T00:00:00.000Z');
    const torn = line('c.mp3', '2026-01-03T00:00:00.000Z').slice(0, 40);
    await writeFile(file, whole + torn);

    const store = await openStore();
    expect(store.all().map((e) => e.name)).toEqual(['b.mp3', 'a.mp3']);
    expect(store.damagedLines).toBe(1);
    // The fragment was ended with a newline, so it stays a line of its own.
    expect(await readFile(file, 'utf8')).toBe(`${whole}${torn}\n`);

    const next = await store.append(uploaded('d.mp3', { at: '2026-01-04T00:00:00.000Z' }));
    await store.close();
    const again = await openStore();
    expect(again.all().map((e) => e.name)).toEqual(['d.mp3', 'b.mp3', 'a.mp3']);
    expect(again.all()[0]).toEqual(next);
    expect(again.damagedLines).toBe(1);

    // The next rewrite leaves the damage behind.
    await again.remove('id-a.mp3');
    expect(again.damagedLines).toBe(0);
    expect((await readFile(file, 'utf8')).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l).name)).toEqual(['b.mp3', 'd.mp3']);
  });

  it('skips zeroed blocks and garbage in the middle (a power cut, a failing disk)', async () => {
    await writeFile(file, [
      line('a.mp3', '2026-01-01T00:00:00.000Z'),
      '\0\0\0\0\0\0\0\0\n',
      '{"id":"no-provider","at":"2026-01-01T00:00:00.000Z"}\n',
      'not json at all\n',
      '\n',
      line('b.mp3', '2026-01-02T00:00:00.000Z'),
    ].join(''));
    const store = await openStore();
    expect(store.all().map((e) => e.name)).toEqual(['b.mp3', 'a.mp3']);
    expect(store.damagedLines).toBe(3);
  });

  it('skips a line too long to be an entry, however long, and reads on', async () => {
    // Lines across the 1 MiB pieces the file is read in, and one just under the cap.
    const padded = (name: string, bytes: number): string => line(name, '2026-01-01T00:00:00.000Z').replace('"size":', `"pad":"${'p'.repeat(bytes)}","size":`);
    const near = padded('near-cap.mp3', MAX_LINE_BYTES - 400);
    expect(Buffer.byteLength(near)).toBeLessThanOrEqual(MAX_LINE_BYTES);
    await writeFile(file, [line('a.mp3', '2026-01-01T00:00:00.000Z'), `${'x'.repeat(3 * 1024 * 1024)}\n`, near, padded('over.mp3', MAX_LINE_BYTES), line('b.mp3', '2026-01-02T00:00:00.000Z')].join(''));
    const store = await openStore();
    expect(store.all().map((e) => e.name).sort()).toEqual(['a.mp3', 'b.mp3', 'near-cap.mp3']);
    expect(store.damagedLines).toBe(2);
  });

  // A file larger than the longest string V8 can make (about 512 MB) used to stop the app from
  // starting. The file is sparse: its zeros cost no disk.
  it('opens a history file of 600 MB with one endless line of zeros in it', async () => {
    await writeFile(file, line('a.mp3', '2026-01-01T00:00:00.000Z'));
    await truncate(file, 600 * 1024 * 1024);
    await appendFile(file, `\n${line('b.mp3', '2026-01-02T00:00:00.000Z')}`);
    const store = await openStore();
    expect(store.all().map((e) => e.name)).toEqual(['b.mp3', 'a.mp3']);
    expect(store.damagedLines).toBe(1);
  });

  it('counts a line written twice once', async () => {
    const a = line('a.mp3', '2026-01-01T00:00:00.000Z');
    await writeFile(file, a + line('b.mp3', '2026-01-02T00:00:00.000Z') + a);
    const store = await openStore();
    expect(store.all().map((e) => e.name)).toEqual(['b.mp3', 'a.mp3']);
  });

  it('counts a copy once among many entries of the same time, keeping file order', async () => {
    const t = '2026-01-01T00:00:00.000Z';
    await writeFile(file, line('x', t) + line('y', t) + line('x', t) + line('z', t) + line('y', t));
    const store = await openStore();
    expect(store.all().map((e) => e.name)).toEqual(['z', 'y', 'x']);
    await store.append(uploaded('w', { at: t }));
    expect(store.all().map((e) => e.name)).toEqual(['w', 'z', 'y', 'x']);
  });

  it('opens an empty file and a file of only a fragment', async () => {
    await writeFile(file, '');
    expect((await openStore()).size).toBe(0);
    await writeFile(file, '{"id":"x","at":"20');
    const store = await openStore();
    expect(store.size).toBe(0);
    expect(store.damagedLines).toBe(1);
    await store.append(uploaded('after.mp3'));
    expect((await openStore()).all().map((e) => e.name)).toEqual(['after.mp3']);
  });

  it('keeps an entry whose error code is unknown to this version, without the code', async () => {
    const entry = { ...completeEntry(uploaded('old.mp3'), 'id-old', '2026-01-01T00:00:00.000Z'), ok: false, errorCode: 'FUTURE_CODE' };
    await writeFile(file, `${JSON.stringify(entry)}\n`);
    const [read] = (await openStore()).all();
    expect(read?.name).toBe('old.mp3');
    expect(read && 'errorCode' in read).toBe(false);
  });

  it('removes temporary files left by a rewrite that died, and only those', async () => {
    const dead = path.join(dir, 'history.jsonl.999999999.abcd1234.tmp');
    const live = path.join(dir, `history.jsonl.${process.pid}.abcd1234.tmp`);
    await writeFile(dead, 'half');
    await writeFile(live, 'in progress');
    await openStore();
    const names = await readdir(dir);
    expect(names).not.toContain(path.basename(dead));
    expect(names).toContain(path.basename(live));
  });
});
