// The list's rows are files: items of a file sent to several services (a group) share one row at
// the first one's place (renderer/src/store/file-rows.ts), under any filter; a list without such
// files keeps its ids array; and the summary's lines and counts go per service.

import { beforeEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/queue-types.ts';
import { useAppStore } from '../../renderer/src/store/app-store.ts';
import { receiveQueuePatch } from '../../renderer/src/store/main-events.ts';
import { selectFileRows, selectGroupMembers } from '../../renderer/src/store/file-rows.ts';
import { selectResultKinds, selectResultLines, selectRetargetableIds, suggestedProvider } from '../../renderer/src/store/queue-selectors.ts';
import { queueItem } from '../fixtures/queue-items.ts';

function load(items: QueueItem[]): void {
  receiveQueuePatch({ items, removed: [], full: true });
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

const talkA = queueItem('talk-a', { name: 'talk.mp3', group: 'g1', primary: true, status: 'done', result: { url: 'https://cdn.example/a' } });
const talkM = queueItem('talk-m', { name: 'talk.mp3', group: 'g1', provider: 'memories', status: 'failed' });
const song = queueItem('song', { name: 'song.mp3' });
const talkH = queueItem('talk-h', { name: 'talk.mp3', group: 'g1', provider: 'heygen', status: 'processing', result: { assetId: 'h1', url: 'https://cdn.example/h' } });

describe('rows of the queue', () => {
  it('keeps the ids array itself when no file goes to several services', () => {
    load([song, queueItem('b')]);
    const rows = selectFileRows(useAppStore.getState());
    expect(rows?.ids).toBe(useAppStore.getState().queue?.queueIds);
    expect(rows?.groups.size).toBe(0);
  });

  it('shows a file sent to several services as one row at its first item’s place, its items under it', () => {
    load([talkA, song, talkM, talkH]);
    const rows = selectFileRows(useAppStore.getState());
    expect(rows?.ids).toEqual(['talk-a', 'song']);
    expect(rows?.groups.get('talk-a')).toEqual(['talk-a', 'talk-m', 'talk-h']);
    expect(selectGroupMembers(useAppStore.getState()).get('g1')?.map((i) => i.id)).toEqual(['talk-a', 'talk-m', 'talk-h']);
  });

  it('under a filter, shows the file’s row with only the services that pass it', () => {
    load([song, talkA, talkM, talkH]);
    useAppStore.getState().setQueueFilter('attention');
    const rows = selectFileRows(useAppStore.getState());
    expect(rows?.ids).toEqual(['talk-m']);
    expect(rows?.groups.get('talk-m')).toEqual(['talk-m']);
  });

  it('shows an item left alone in its group as a file of its own', () => {
    load([talkA, song]);
    const rows = selectFileRows(useAppStore.getState());
    expect(rows?.ids).toEqual(['talk-a', 'song']);
    expect(rows?.groups.size).toBe(0);
  });
});

describe('what is copied and moved for a file sent to several services', () => {
  it('counts each service’s link or ID, and names the service in the copied lines', () => {
    load([talkA, song, talkM, talkH]);
    expect(selectResultKinds(useAppStore.getState())).toEqual({ links: 2, ids: 0 });
    expect(selectResultLines(useAppStore.getState(), false)).toEqual(['talk.mp3 — AssemblyAI — https://cdn.example/a', 'talk.mp3 — HeyGen — https://cdn.example/h']);
  });

  it('leaves its items out of “Use … for all”, and suggests no service it already goes to', () => {
    const photoA = queueItem('photo-a', { name: 'photo.png', formatId: 'png', group: 'g2', problem: { code: 'UNSUPPORTED_TYPE', message: 'No images.' } });
    const photoH = queueItem('photo-h', { name: 'photo.png', formatId: 'png', group: 'g2', provider: 'heygen', primary: true });
    load([photoA, photoH, song]);
    expect(selectRetargetableIds(useAppStore.getState(), 'heygen')).toEqual(['song']);
    const keys = { keys: Object.fromEntries(['assemblyai', 'memories', 'wavespeed', 'heygen'].map((p) => [p, { provider: p, hasKey: true, backend: 'test', persistent: true, check: { state: 'working' } }])) } as never;
    expect(suggestedProvider(keys, photoA)).toBe('memories');
    expect(suggestedProvider(keys, photoA, ['heygen', 'memories', 'assemblyai'])).toBe('wavespeed');
  });
});
