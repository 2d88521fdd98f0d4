// History's "Remove from history" and its Undo in main (electron/main/calls/history-removal.ts): the
// entry goes at once, and comes back as it was (same id, time, link, place by date), from the
// copy main kept, never from anything the window sends.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { historyRemoval } from '../../../electron/main/calls/history-removal.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { makeTempDir } from '../../fixtures/media-files.ts';
import { failed, uploaded } from '../../core/history/history-test-entries.ts';

async function setUp() {
  const dir = await makeTempDir();
  const history = await HistoryStore.open(dir);
  const events: string[] = [];
  const handlers = historyRemoval({ history, emit: (event) => events.push(event) });
  return { dir, history, events, handlers };
}

describe('history:remove and history:restore', () => {
  it('removes an entry from the file, and Undo puts the same entry back in its place', async () => {
    const { dir, history, events, handlers } = await setUp();
    const older = await history.append(uploaded('older.mp3', { at: '2026-05-01T10:00:00.000Z' }));
    const gone = await history.append(uploaded('meeting.mp3', { at: '2026-05-01T11:00:00.000Z', expiresAt: '2026-05-03T11:00:00.000Z' }));
    const newer = await history.append(failed('newer.mp3', { at: '2026-05-01T12:00:00.000Z' }));

    await handlers['history:remove']({ id: gone.id });
    expect(history.all().map((e) => e.name)).toEqual(['newer.mp3', 'older.mp3']);
    expect(await readFile(history.file, 'utf8')).not.toContain('meeting.mp3');

    await handlers['history:restore']({ id: gone.id });
    expect(history.all()).toEqual([newer, gone, older]);
    expect(events).toEqual(['history:changed', 'history:changed']);
    await history.close();
    // On disk too: a reopened history has it, once.
    const reopened = await HistoryStore.open(dir);
    expect(reopened.all()).toEqual([newer, gone, older]);
    await reopened.close();
  });

  it('puts back only what it removed, once', async () => {
    const { history, handlers } = await setUp();
    const entry = await history.append(uploaded('meeting.mp3'));
    await expect(handlers['history:restore']({ id: entry.id })).rejects.toBeInstanceOf(UserFacingError);
    await handlers['history:remove']({ id: entry.id });
    await handlers['history:restore']({ id: entry.id });
    await expect(handlers['history:restore']({ id: entry.id })).rejects.toThrow('can no longer be put back');
    expect(history.all()).toEqual([entry]);
    await history.close();
  });

  it('keeps only the last twenty removals for Undo', async () => {
    const { history, handlers } = await setUp();
    const entries = [];
    for (let i = 0; i < 21; i += 1) entries.push(await history.append(uploaded(`clip-${i}.mp3`)));
    for (const entry of entries) await handlers['history:remove']({ id: entry.id });
    await expect(handlers['history:restore']({ id: entries[0]?.id ?? '' })).rejects.toBeInstanceOf(UserFacingError);
    await handlers['history:restore']({ id: entries[1]?.id ?? '' });
    expect(history.all().map((e) => e.name)).toEqual(['clip-1.mp3']);
    await history.close();
  });
});
