// The window's derived views for the queue's tools: filters and their counts, what Upload all
// starts (only files whose provider has a key), where a refused file could go instead, the
// "name — link" lines of Copy all links, which files "Use … for all" moves, and the middle cut
// of long names.

import { beforeEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/queue-types.ts';
import type { ProviderId } from '../../shared/providers.ts';
import { useAppStore } from '../../renderer/src/store/app-store.ts';
import { receiveKeys, receiveQueuePatch } from '../../renderer/src/store/main-events.ts';
import {
  filterCounts,
  filterOf,
  selectQueueCounts,
  selectResultLines,
  selectRetargetableIds,
  selectStartable,
  selectStartableIds,
  selectVisibleIds,
  suggestedProvider,
} from '../../renderer/src/store/queue-selectors.ts';
import { nameParts, rowHeight, MESSAGE_ROW_HEIGHT, ROW_HEIGHT } from '../../renderer/src/queue-words.ts';
import { queueItem } from '../fixtures/queue-items.ts';

const refused = { code: 'UNSUPPORTED_TYPE', message: 'AssemblyAI does not accept PNG image files.' } as const;

function load(items: QueueItem[]): void {
  receiveQueuePatch({ items, removed: [], full: true });
}

/** `rejected`: providers whose saved key the provider did not accept. */
function keys(withKey: readonly ProviderId[], rejected: readonly ProviderId[] = []): void {
  receiveKeys((['assemblyai', 'memories', 'wavespeed', 'heygen'] as const).map((provider) => ({
    provider, hasKey: withKey.includes(provider), backend: 'Secret Service', persistent: true,
    check: { state: rejected.includes(provider) ? 'rejected' : 'unchecked' },
    keys: withKey.includes(provider) ? [{ name: 'Default', id: '0a1b2c3d', isDefault: true, check: { state: rejected.includes(provider) ? 'rejected' : 'unchecked' } }] : [],
  })));
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('filters', () => {
  it('puts each row in one group and counts the groups', () => {
    load([
      queueItem('ready'),
      queueItem('png', { name: 'png.png', formatId: 'png', problem: refused }),
      queueItem('up', { status: 'uploading' }),
      queueItem('done', { status: 'done' }),
      queueItem('failed', { status: 'failed' }),
      queueItem('stopped', { status: 'interrupted' }),
    ]);
    const state = useAppStore.getState();
    const groups = Object.fromEntries([...(state.queue?.queueById.values() ?? [])].map((item) => [item.id, filterOf(item)]));
    expect(groups).toEqual({ ready: 'not-sent', png: 'attention', up: 'active', done: 'done', failed: 'attention', stopped: 'attention' });
    expect(filterCounts(selectQueueCounts(state))).toEqual({ all: 6, 'not-sent': 1, active: 1, done: 1, attention: 3 });

    useAppStore.getState().setQueueFilter('attention');
    expect(selectVisibleIds(useAppStore.getState())).toEqual(['png', 'failed', 'stopped']);
    useAppStore.getState().setQueueFilter('all');
    expect(selectVisibleIds(useAppStore.getState())).toEqual(['ready', 'png', 'up', 'done', 'failed', 'stopped']);
  });
});

describe('Upload all', () => {
  it('counts and starts only ready files whose provider has a key, with their size', () => {
    load([
      queueItem('a', { provider: 'assemblyai', size: 1000 }),
      queueItem('b', { provider: 'heygen', size: 500 }),
      queueItem('c', { provider: 'assemblyai', size: 10, name: 'c.png', formatId: 'png', problem: refused }),
    ]);
    keys(['assemblyai']);
    expect(selectStartable(useAppStore.getState())).toEqual({ files: 1, bytes: 1000 });
    expect(selectStartableIds(useAppStore.getState())).toEqual(['a']);
    keys(['assemblyai', 'heygen']);
    expect(selectStartable(useAppStore.getState())).toEqual({ files: 2, bytes: 1500 });
  });
});

describe('a refused file', () => {
  it('is offered only a provider that takes it and has a key that was not rejected', () => {
    const png = queueItem('p', { name: 'photo.png', formatId: 'png', problem: refused });
    load([png]);
    keys(['heygen']);
    expect(suggestedProvider(useAppStore.getState(), png)).toBe('heygen');
    keys(['memories', 'heygen'], ['memories']);
    expect(suggestedProvider(useAppStore.getState(), png)).toBe('heygen');
    // No key, or only rejected ones: nothing to offer (sending there would only fail).
    keys([]);
    expect(suggestedProvider(useAppStore.getState(), png)).toBeUndefined();
    keys(['memories'], ['memories']);
    expect(suggestedProvider(useAppStore.getState(), png)).toBeUndefined();
    // A file whose bytes match no format has no formatId at all.
    const { formatId: _none, ...text } = queueItem('t', { name: 'notes.txt', problem: refused });
    expect(suggestedProvider(useAppStore.getState(), text)).toBeUndefined();
  });
});

describe('one provider for all files not yet sent', () => {
  it('moves only files that provider takes', () => {
    load([queueItem('song', { name: 'song.flac', formatId: 'flac' }), queueItem('pic', { name: 'pic.png', formatId: 'png', problem: refused })]);
    // HeyGen takes PNG but not FLAC.
    expect(selectRetargetableIds(useAppStore.getState(), 'heygen')).toEqual(['pic']);
    expect(selectRetargetableIds(useAppStore.getState(), 'memories')).toEqual(['song', 'pic']);
  });
});

describe('copying links', () => {
  it('gives "name — link" lines, or the bare links', () => {
    load([
      queueItem('a', { status: 'done', name: 'a.mp3', result: { url: 'https://cdn.example/a' } }),
      queueItem('b', { status: 'done', name: 'b.png', provider: 'memories', result: { assetId: 're_1' } }),
    ]);
    expect(selectResultLines(useAppStore.getState(), false)).toEqual(['a.mp3 — https://cdn.example/a', 'b.png — re_1']);
    expect(selectResultLines(useAppStore.getState(), true)).toEqual(['https://cdn.example/a', 're_1']);
  });
});

describe('rows', () => {
  it('cut long names in the middle, keeping the end', () => {
    expect(nameParts('short.mp4')).toEqual(['short.mp4', '']);
    const [head, tail] = nameParts('Team interview with the sales managers — final cut 2025-03-14.mp4');
    expect(tail).toBe('2025-03-14.mp4');
    expect(head + tail).toBe('Team interview with the sales managers — final cut 2025-03-14.mp4');
  });

  it('are taller when they carry a message', () => {
    expect(rowHeight(queueItem('a'), false)).toBe(ROW_HEIGHT);
    expect(rowHeight(queueItem('a'), true)).toBe(MESSAGE_ROW_HEIGHT);
    expect(rowHeight(queueItem('f', { status: 'failed' }), false)).toBe(MESSAGE_ROW_HEIGHT);
  });
});
