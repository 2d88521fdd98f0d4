// What happens to an upload after it is recorded (ready to use at the provider, deleted from it)
// is added to its history entry by writing the entry again with it: the file stays append-only,
// every reader merges the copies, and no order of copies can lose an amendment.

import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { HISTORY_FILE_NAME } from '../../../electron/core/history/history-file.ts';
import { uploaded, uploadedAsset } from './history-test-entries.ts';

let dir: string;
const open: HistoryStore[] = [];
async function openStore(how: 'open' | 'openForAppend' = 'open'): Promise<HistoryStore> {
  const store = await HistoryStore[how](dir);
  open.push(store);
  return store;
}
const lines = async (): Promise<string[]> => (await readFile(path.join(dir, HISTORY_FILE_NAME), 'utf8')).trim().split('\n');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'history-amend-'));
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('HistoryStore.amend', () => {
  it('adds readyAt to the entry, written as a second copy, read back as one entry', async () => {
    const store = await openStore();
    const entry = await store.append(uploadedAsset('film.mp4', 're_123456789012345678', { at: '2026-03-01T10:00:00.000Z' }));
    const amended = await store.amend(entry.id, { readyAt: '2026-03-01T10:02:00.000Z' });
    expect(amended).toEqual({ ...entry, readyAt: '2026-03-01T10:02:00.000Z' });
    expect(store.search(undefined)).toMatchObject({ total: 1, uploaded: 1, entries: [amended] });
    expect(await lines()).toHaveLength(2);

    const again = await openStore();
    expect(again.all()).toEqual([amended]);
  });

  it('keeps every amendment whatever order the copies come in, a repeated old line included', async () => {
    const store = await openStore();
    const entry = await store.append(uploadedAsset('film.mp4', 're_1', { at: '2026-03-01T10:00:00.000Z' }));
    const [original = ''] = await lines();
    await store.amend(entry.id, { readyAt: '2026-03-01T10:02:00.000Z' });
    await store.amend(entry.id, { removedAt: '2026-03-05T09:00:00.000Z' });
    // A line written again late (an appender that raced a replacement: history-file.ts).
    await appendFile(path.join(dir, HISTORY_FILE_NAME), `${original}\n`);
    const expected = { ...entry, readyAt: '2026-03-01T10:02:00.000Z', removedAt: '2026-03-05T09:00:00.000Z' };

    expect((await openStore()).all()).toEqual([expected]);
    // A store that was open meanwhile merges what it reads too.
    await store.refresh();
    expect(store.all()).toEqual([expected]);
  });

  it('merges among entries of the same time, and a rewrite keeps one line per entry', async () => {
    const store = await openStore();
    const at = '2026-03-01T10:00:00.000Z';
    const a = await store.append(uploaded('a.mp3', { at }));
    const b = await store.append(uploaded('b.mp3', { at }));
    const c = await store.append(uploaded('c.mp3', { at }));
    await store.amend(b.id, { removedAt: '2026-03-02T00:00:00.000Z' });
    expect((await openStore()).all().map((e) => [e.name, e.removedAt])).toEqual([['c.mp3', undefined], ['b.mp3', '2026-03-02T00:00:00.000Z'], ['a.mp3', undefined]]);

    await store.remove(c.id);
    expect(await lines()).toHaveLength(2);
    expect((await openStore()).all()).toEqual([{ ...b, removedAt: '2026-03-02T00:00:00.000Z' }, a]);
  });

  it('answers undefined for an entry it does not know (a CLI store knows only its own uploads)', async () => {
    const app = await openStore();
    const entry = await app.append(uploaded('old.mp3'));
    const cli = await openStore('openForAppend');
    expect(await cli.amend(entry.id, { readyAt: new Date().toISOString() })).toBeUndefined();
    expect(await lines()).toHaveLength(1);
  });
});
