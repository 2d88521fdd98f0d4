import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../renderer/src/store/app-store.ts';
import { translator } from '../../renderer/src/i18n.ts';
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
    expect(useAppStore.getState().queue).toBeUndefined();
    receiveQueuePatch({ items: [queueItem('a')], removed: [], full: false });
    expect(useAppStore.getState().queue).toBeUndefined();
    receiveQueuePatch({ items: [queueItem('a'), queueItem('b')], removed: [], full: true });
    expect(useAppStore.getState().queue?.queueIds).toEqual(['a', 'b']);
  });

  it('forgets the open details of a row that leaves the queue', () => {
    receiveQueuePatch({ items: [queueItem('a'), queueItem('b')], removed: [], full: true });
    useAppStore.getState().toggleExpanded('a');
    useAppStore.getState().toggleExpanded('b');
    const open = useAppStore.getState().expandedIds;
    receiveQueuePatch({ items: [queueItem('b', { status: 'waiting' })], removed: [], full: false });
    expect(useAppStore.getState().expandedIds).toBe(open);
    receiveQueuePatch({ items: [], removed: ['a'], full: false });
    expect(useAppStore.getState().expandedIds).toEqual({ b: true });
    // A reload's whole queue without the row does the same.
    receiveQueuePatch({ items: [], removed: [], full: true });
    expect(useAppStore.getState().expandedIds).toEqual({});
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
    const settings = { defaultProvider: 'heygen', regions: { assemblyai: 'eu' }, concurrency: 5, whenWindowCloses: 'quit', openAtLogin: true, uploadWhenAdded: true, copyLinkWhenDone: false, keepLocation: true, checkForUpdates: false, language: 'de', proxy: { mode: 'manual', host: 'proxy.corp', port: 3128 } } as const;
    receiveSettings(settings);
    expect(useAppStore.getState().settings).toEqual(settings);
    // The language chosen in Settings is the window's at once; 'system' goes back to the computer's.
    expect(translator.language).toBe('de');
    receiveSettings({ ...settings, language: 'system' });
    expect(translator.language).toBe('en');

    receiveKeys([{ provider: 'heygen', hasKey: false, backend: 'Secret Service', persistent: true, check: { state: 'unchecked' }, keys: [] }]);
    receiveKeyStatus({ provider: 'heygen', hasKey: true, backend: 'Secret Service', persistent: true, check: { state: 'unchecked' }, keys: [{ name: 'Default', id: '0a1b2c3d', isDefault: true, check: { state: 'unchecked' } }] });
    const { keys } = useAppStore.getState();
    expect(keys?.heygen?.hasKey).toBe(true);
    expect(keys).not.toHaveProperty('assemblyai');
  });
});

describe('history pages', () => {
  it('replaces on a new search and appends later pages without repeating an entry', () => {
    receiveHistoryPage({ entries: [entry('c'), entry('b')], total: 3, uploaded: 3, failed: 0, uploadedLater: [] }, 'song', 'replace');
    receiveHistoryPage({ entries: [entry('b'), entry('a')], total: 3, uploaded: 3, failed: 0, uploadedLater: [] }, 'song', 'append');
    let history = useAppStore.getState().history;
    expect(history?.entries.map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(history?.search).toBe('song');
    expect(history?.total).toBe(3);

    receiveHistoryPage({ entries: [entry('z')], total: 1, uploaded: 1, failed: 0, uploadedLater: [] }, '', 'replace');
    history = useAppStore.getState().history;
    expect(history?.entries.map((e) => e.id)).toEqual(['z']);
    expect(history?.search).toBe('');
  });

  it('keeps which loaded failures were uploaded later across pages, and main’s count of failures', () => {
    receiveHistoryPage({ entries: [entry('c'), entry('b')], total: 4, uploaded: 1, failed: 1, uploadedLater: ['b'] }, '', 'replace');
    receiveHistoryPage({ entries: [entry('a'), entry('x')], total: 4, uploaded: 1, failed: 1, uploadedLater: ['a'] }, '', 'append');
    const history = useAppStore.getState().history;
    expect([...(history?.uploadedLater ?? [])].sort()).toEqual(['a', 'b']);
    expect(history?.failed).toBe(1);
  });
});
