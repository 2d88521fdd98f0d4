import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../renderer/src/store/app-store.ts';
import { receiveHistoryPage, receiveKeyStatus, receiveKeys, receiveQueuePatch, receiveSettings } from '../../renderer/src/store/main-events.ts';
import type { HistoryEntry } from '../../shared/history-types.ts';
import { queueItem } from '../fixtures/queue-items.ts';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

function entry(id: string): HistoryEntry {
  return { id, at: '2026-11-20T10:00:00.000Z', name: `${id}.mp3`, path: `/music/${id}.mp3`, size: 10, provider: 'wavespeed', ok: true, url: `https://cdn.example/${id}`, source: 'app' };
}

describe('queue events', () => {
  it('marks the queue loaded only once the whole queue has arrived', () => {
    receiveQueuePatch({ items: [queueItem('a')], removed: [], full: false });
    expect(useAppStore.getState().queueLoaded).toBe(false);
    receiveQueuePatch({ items: [queueItem('a'), queueItem('b')], removed: [], full: true });
    expect(useAppStore.getState().queueLoaded).toBe(true);
    expect(useAppStore.getState().queueIds).toEqual(['a', 'b']);
  });

  it('announces a finished file by name, and the end of the batch', () => {
    receiveQueuePatch({ items: [queueItem('beach', { status: 'uploading' }), queueItem('song', { status: 'waiting' })], removed: [], full: true });
    receiveQueuePatch({ items: [queueItem('beach', { status: 'done', result: { url: 'https://cdn.example/b' } })], removed: [], full: false });
    expect(useAppStore.getState().announcement.text).toBe('beach.mp4 uploaded to AssemblyAI.');

    const failure = { code: 'KEY_REJECTED', message: 'AssemblyAI rejected the API key. Open Settings and paste a new one.' } as const;
    receiveQueuePatch({ items: [queueItem('song', { status: 'failed', error: failure })], removed: [], full: false });
    expect(useAppStore.getState().announcement.text).toBe(`song.mp4 failed. ${failure.message} All uploads finished: 1 done, 1 failed.`);
  });

  it('announces nothing when a reload brings back files that finished earlier', () => {
    receiveQueuePatch({ items: [queueItem('a', { status: 'done' })], removed: [], full: true });
    expect(useAppStore.getState().announcement).toEqual({ text: '', seq: 0 });
  });
});

describe('settings and key events', () => {
  it('stores settings and key statuses as main reports them', () => {
    receiveSettings({ defaultProvider: 'heygen', regions: { assemblyai: 'eu' }, concurrency: 5 });
    expect(useAppStore.getState().settings).toEqual({ defaultProvider: 'heygen', regions: { assemblyai: 'eu' }, concurrency: 5 });

    receiveKeys([{ provider: 'heygen', hasKey: false, backend: 'Secret Service', persistent: true }]);
    receiveKeyStatus({ provider: 'heygen', hasKey: true, backend: 'Secret Service', persistent: true });
    const state = useAppStore.getState();
    expect(state.keysLoaded).toBe(true);
    expect(state.keys.heygen?.hasKey).toBe(true);
    expect(state.keys.assemblyai).toBeUndefined();
  });
});

describe('history pages', () => {
  it('replaces on a new search and appends later pages without repeating an entry', () => {
    receiveHistoryPage({ entries: [entry('c'), entry('b')], total: 3 }, 'song', 'replace');
    receiveHistoryPage({ entries: [entry('b'), entry('a')], total: 3 }, 'song', 'append');
    let state = useAppStore.getState();
    expect(state.historyEntries.map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(state.historyLoadedSearch).toBe('song');
    expect(state.historyTotal).toBe(3);

    receiveHistoryPage({ entries: [entry('z')], total: 1 }, '', 'replace');
    state = useAppStore.getState();
    expect(state.historyEntries.map((e) => e.id)).toEqual(['z']);
    expect(state.historyLoadedSearch).toBe('');
  });
});
