// A failed attempt whose file was uploaded to the same provider afterwards is "uploaded later":
// the history's search names it (no Retry in the window) and does not count it as failed.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { failed, uploaded } from './history-test-entries.ts';

let dir: string;
let store: HistoryStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'history-later-'));
  store = await HistoryStore.open(dir);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const at = (minute: number): string => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const laterNames = (page: ReturnType<HistoryStore['search']>): string[] =>
  page.entries.filter((e) => page.uploadedLater.includes(e.id)).map((e) => `${e.name}@${e.at.slice(14, 16)}`);

describe('failures uploaded later', () => {
  it('settles a failure by a later upload of the same path to the same provider, and only then', async () => {
    // take.mp3 fails twice on HeyGen, then uploads there.
    await store.append(failed('take.mp3', { at: at(1) }));
    await store.append(failed('take.mp3', { at: at(2) }));
    await store.append(uploaded('take.mp3', { provider: 'heygen', at: at(3) }));
    // other.mp3 failed on HeyGen and uploaded to AssemblyAI instead: still failed for HeyGen.
    await store.append(failed('other.mp3', { at: at(4) }));
    await store.append(uploaded('other.mp3', { provider: 'assemblyai', at: at(5) }));
    // late.mp3 uploaded first, then a new attempt failed: that failure is not settled.
    await store.append(uploaded('late.mp3', { provider: 'heygen', at: at(6) }));
    await store.append(failed('late.mp3', { at: at(7) }));

    const page = store.search(undefined);
    expect(laterNames(page).sort()).toEqual(['take.mp3@01', 'take.mp3@02']);
    expect(page).toMatchObject({ total: 7, uploaded: 3, failed: 2 });
  });

  it('counts over every match while naming only the page’s entries', async () => {
    for (let minute = 0; minute < 5; minute += 1) await store.append(failed(`f${minute}.mp3`, { at: at(minute) }));
    for (let minute = 0; minute < 5; minute += 1) await store.append(uploaded(`f${minute}.mp3`, { provider: 'heygen', at: at(10 + minute) }));
    const page = store.search(undefined, { offset: 5, limit: 2 });
    expect(page.entries.map((e) => e.name)).toEqual(['f4.mp3', 'f3.mp3']);
    expect(page.uploadedLater).toEqual(page.entries.map((e) => e.id));
    expect(page).toMatchObject({ total: 10, uploaded: 5, failed: 0 });
    // The later upload settles the failure even where a search or a provider leaves it out.
    expect(store.search('f2.mp3 heygen', {}).failed).toBe(0);
    expect(store.search(undefined, { provider: 'heygen' }).failed).toBe(0);
  });

  it('settles by the same fingerprint under another path', async () => {
    const fingerprint = `sha256:${'ab'.repeat(32)}`;
    await store.append(failed('draft.mp4', { at: at(1), fingerprint }));
    await store.append(uploaded('renamed.mp4', { provider: 'heygen', at: at(2), fingerprint, path: '/home/ana/Elsewhere/renamed.mp4' }));
    expect(store.search(undefined)).toMatchObject({ failed: 0, uploadedLater: [expect.any(String)] });
  });

  it('settles a failure that arrives late, dated before an upload already known (another process’s entry)', async () => {
    await store.append(uploaded('take.mp3', { provider: 'heygen', at: at(5) }));
    await store.append(failed('other.mp3', { at: at(6) }));
    expect(store.search(undefined)).toMatchObject({ failed: 1 });
    const late = await store.append(failed('take.mp3', { at: at(1) }));
    expect(store.search(undefined)).toMatchObject({ failed: 1, uploadedLater: [late.id] });
  });

  it('follows uploads that arrive after it was first worked out, removals, and a reopen', async () => {
    await store.append(failed('take.mp3', { at: at(1) }));
    expect(store.search(undefined)).toMatchObject({ failed: 1, uploadedLater: [] });
    const fix = await store.append(uploaded('take.mp3', { provider: 'heygen', at: at(2) }));
    expect(store.search(undefined)).toMatchObject({ failed: 0, uploadedLater: [expect.any(String)] });

    await store.close();
    store = await HistoryStore.open(dir);
    expect(store.search(undefined)).toMatchObject({ failed: 0 });

    // Without the upload that settled it, the failure is a failure again.
    await store.remove(fix.id);
    expect(store.search(undefined)).toMatchObject({ failed: 1, uploadedLater: [] });
  });
});
