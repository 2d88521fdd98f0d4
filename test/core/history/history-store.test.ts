// The history store's everyday behaviour: append, search, remove, clear, and two stores (the
// app and the CLI) sharing one file.

import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { failed, uploaded, uploadedAsset } from './history-test-entries.ts';

let dir: string;
const open: HistoryStore[] = [];
async function openStore(folder = dir): Promise<HistoryStore> {
  const store = await HistoryStore.open(folder);
  open.push(store);
  return store;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'history-store-'));
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('HistoryStore', () => {
  it('creates its folder and keeps entries across a reopen, newest first', async () => {
    const folder = path.join(dir, 'nested', 'data');
    const store = await openStore(folder);
    const first = await store.append(uploaded('one.mp3', { at: '2026-01-01T10:00:00.000Z' }));
    const second = await store.append(failed('two.mp4', { at: '2026-01-02T10:00:00.000Z' }));
    expect(first.id).not.toBe(second.id);
    await store.close();

    const again = await openStore(folder);
    expect(again.search(undefined).entries.map((e) => e.name)).toEqual(['two.mp4', 'one.mp3']);
    expect(again.search(undefined).entries[0]).toEqual(second);
    expect(again.damagedLines).toBe(0);
  });

  it('opens for appending without reading the history, and the full store sees both', async () => {
    const store = await openStore();
    await store.append(uploaded('old.mp3', { at: '2026-01-01T10:00:00.000Z' }));
    await store.close();
    // A torn last line (a kill mid-write) must not swallow the next entry.
    await appendFile(path.join(dir, 'history.jsonl'), '{"id":"torn","na');

    const appender = await HistoryStore.openForAppend(dir);
    open.push(appender);
    expect(appender.size).toBe(0);
    await appender.append(uploaded('new.mp3', { at: '2026-01-02T10:00:00.000Z' }));
    await appender.close();

    const again = await openStore();
    expect(again.search(undefined).entries.map((e) => e.name)).toEqual(['new.mp3', 'old.mp3']);
  });

  it('dates an entry itself when the caller does not', async () => {
    const store = await openStore();
    const before = Date.now();
    const entry = await store.append(uploaded('now.mp3'));
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('orders by time even when an older entry is appended later', async () => {
    const store = await openStore();
    await store.append(uploaded('b.mp3', { at: '2026-01-02T00:00:00.000Z' }));
    await store.append(uploaded('c.mp3', { at: '2026-01-03T00:00:00.000Z' }));
    await store.append(uploaded('a.mp3', { at: '2026-01-01T00:00:00.000Z' }));
    expect(store.all().map((e) => e.name)).toEqual(['c.mp3', 'b.mp3', 'a.mp3']);
    await store.close();
    expect((await openStore()).all().map((e) => e.name)).toEqual(['c.mp3', 'b.mp3', 'a.mp3']);
  });

  it('searches name, provider id and name, link, asset id and path, in any case, every word', async () => {
    const store = await openStore();
    await store.append(uploaded('Beach Day.mp4', { at: '2026-01-01T00:00:00.000Z' }));
    await store.append(failed('speech.mp3', { at: '2026-01-02T00:00:00.000Z' }));
    await store.append(uploadedAsset('pic.png', 're_7788', { at: '2026-01-03T00:00:00.000Z', path: '/srv/shots/pic.png' }));
    const names = (text: string): string[] => store.search(text).entries.map((e) => e.name);
    expect(names('beach')).toEqual(['Beach Day.mp4']);
    expect(names('HEYGEN')).toEqual(['speech.mp3']);
    expect(names('memories.ai')).toEqual(['pic.png']);
    expect(names('assemblyai')).toEqual(['Beach Day.mp4']);
    expect(names('cdn.assemblyai.test/upload/beach')).toEqual(['Beach Day.mp4']);
    expect(names('re_7788')).toEqual(['pic.png']);
    expect(names('/srv/shots')).toEqual(['pic.png']);
    expect(names('videos mp')).toEqual(['speech.mp3', 'Beach Day.mp4']);
    expect(names('videos png')).toEqual([]);
    expect(names('   ')).toEqual(['pic.png', 'speech.mp3', 'Beach Day.mp4']);
  });

  it('pages through results and counts every match', async () => {
    const store = await openStore();
    for (let i = 0; i < 25; i += 1) await store.append(uploaded(`clip-${i}.mp4`, { at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
    const page = store.search('clip', { offset: 5, limit: 10 });
    expect(page.total).toBe(25);
    expect(page.entries.map((e) => e.name)).toEqual(Array.from({ length: 10 }, (_, i) => `clip-${19 - i}.mp4`));
    expect(store.search(undefined, { offset: 20, limit: 10 }).entries.map((e) => e.name)).toEqual(['clip-4.mp4', 'clip-3.mp4', 'clip-2.mp4', 'clip-1.mp4', 'clip-0.mp4']);
    const limited = store.search('clip-2', { limit: 3 });
    expect(limited.total).toBe(6); // clip-2 and clip-20 … clip-24
    expect(limited.entries.map((e) => e.name)).toEqual(['clip-24.mp4', 'clip-23.mp4', 'clip-22.mp4']);
  });

  it('removes one entry from the file itself, not only from view', async () => {
    const store = await openStore();
    const keep = await store.append(uploaded('keep.mp3'));
    const gone = await store.append(uploaded('secret-name.mp3'));
    await store.remove(gone.id);
    expect(store.all()).toEqual([keep]);
    expect(await readFile(store.file, 'utf8')).not.toContain('secret-name');
    await store.close();
    expect((await openStore()).all()).toEqual([keep]);
  });

  it('clears everything, and keeps working after', async () => {
    const store = await openStore();
    await store.append(uploaded('a.mp3'));
    await store.append(uploaded('b.mp3'));
    await store.clear();
    expect(store.size).toBe(0);
    expect(await readFile(store.file, 'utf8')).toBe('');
    const after = await store.append(uploaded('c.mp3'));
    await store.close();
    expect((await openStore()).all()).toEqual([after]);
  });

  it('writes appends made at the same moment, each exactly once', async () => {
    const store = await openStore();
    const written = await Promise.all(Array.from({ length: 200 }, (_, i) => store.append(uploaded(`same-time-${i}.mp3`))));
    expect(new Set(written.map((e) => e.id)).size).toBe(200);
    await store.close();
    const lines = (await readFile(path.join(dir, 'history.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(200);
    const again = await openStore();
    expect(new Set(again.all().map((e) => e.id))).toEqual(new Set(written.map((e) => e.id)));
  });

  it('refuses an entry with an unknown provider and writes nothing', async () => {
    const store = await openStore();
    await expect(store.append(uploaded('x.mp3', { provider: 'dropbox' as never }))).rejects.toThrow();
    expect(store.size).toBe(0);
  });

  it('sees what another store (another process) appended, and keeps it through its own rewrite', async () => {
    const app = await openStore();
    const cli = await openStore();
    const mine = await app.append(uploaded('app.mp3'));
    const remove = await app.append(uploaded('remove-me.mp3'));
    const theirs = await cli.append(failed('cli.mp3'));
    expect(await app.refresh()).toBe(true);
    expect(app.all().map((e) => e.id).sort()).toEqual([mine.id, remove.id, theirs.id].sort());

    await app.remove(remove.id);
    // The CLI's descriptor still points at the replaced file: its next append must follow the path.
    const later = await cli.append(failed('cli-later.mp3'));
    await cli.refresh();
    await app.refresh();
    const expected = [mine.id, theirs.id, later.id].sort();
    expect(app.all().map((e) => e.id).sort()).toEqual(expected);
    expect(cli.all().map((e) => e.id).sort()).toEqual(expected);
    expect((await openStore()).all().map((e) => e.id).sort()).toEqual(expected);
  });

  it('tells a watcher when another process adds an entry', async () => {
    const app = await openStore();
    const cli = await openStore();
    const changed = new Promise<void>((resolve) => app.watch(resolve));
    const entry = await cli.append(uploaded('from-cli.mp3'));
    await changed;
    expect(app.all().map((e) => e.id)).toContain(entry.id);
  });

  it('refuses appends after close', async () => {
    const store = await openStore();
    await store.close();
    await expect(store.append(uploaded('late.mp3'))).rejects.toThrow(/closed/);
    await expect(store.append(uploaded('late.mp3'))).rejects.toMatchObject({ name: 'UserFacingError', code: 'HISTORY_UNAVAILABLE' });
  });

  it('says plainly when the folder cannot be written', async () => {
    const blocker = path.join(dir, 'a-file');
    await (await import('node:fs/promises')).writeFile(blocker, 'not a folder');
    await expect(HistoryStore.open(path.join(blocker, 'data'))).rejects.toThrow(/upload history/);
    await expect(HistoryStore.open(path.join(blocker, 'data'))).rejects.toBeInstanceOf(UserFacingError);
  });
});
