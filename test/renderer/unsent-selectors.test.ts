// What the end of a batch counts as not sent, and where "Send the N images to …" sends them.

import { beforeEach, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../shared/providers.ts';
import { DEFAULT_SETTINGS, type KeyStatus } from '../../shared/settings-types.ts';
import type { QueueItem } from '../../shared/queue-types.ts';
import { useAppStore } from '../../renderer/src/store/app-store.ts';
import { receiveKeys, receiveQueuePatch } from '../../renderer/src/store/main-events.ts';
import { selectBulkSend, selectUnsent } from '../../renderer/src/store/unsent-selectors.ts';
import { queueItem, type ItemChange } from '../fixtures/queue-items.ts';

const refusal = { code: 'UNSUPPORTED_TYPE', message: 'AssemblyAI does not accept PNG image files.' } as const;
const gone = { code: 'FILE_NOT_FOUND', message: 'x.png is no longer there.' } as const;
const png = (id: string, change: Omit<ItemChange<'idle'>, 'status'> = {}) =>
  queueItem(id, { name: `${id}.png`, formatId: 'png', size: 1000, problem: refusal, ...change });

function load(items: QueueItem[]): void {
  receiveQueuePatch({ items, removed: [], full: true });
}

function keys(state: Partial<Record<ProviderId, KeyStatus['check']['state'] | 'none'>>): void {
  receiveKeys((['assemblyai', 'memories', 'wavespeed', 'heygen'] as const).map((provider) => {
    const s = state[provider] ?? 'working';
    const check = { state: s === 'none' ? 'unchecked' : s } as const;
    return { provider, hasKey: s !== 'none', backend: 'test', persistent: true, check, keys: s === 'none' ? [] : [{ name: 'Default', id: '0a1b2c3d', isDefault: true, check }] };
  }));
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.setState({ settings: DEFAULT_SETTINGS });
});

describe('files not sent', () => {
  it('tells refused, moved, key-less and ready files apart, and resumable from failed ones', () => {
    keys({ heygen: 'none' });
    load([
      png('a'), png('b'), png('c', { problem: gone }),
      queueItem('d', { provider: 'heygen' }), queueItem('e'),
      queueItem('f', { status: 'interrupted' }), queueItem('g', { status: 'failed' }), queueItem('h', { status: 'done' }),
    ]);
    expect(selectUnsent(useAppStore.getState())).toEqual({
      refused: 2, refusedBy: 'assemblyai', unreadable: 1, needKey: 1, ready: 1, resumableIds: ['f'], failedIds: ['g'],
    });
  });
});

describe('sending refused files elsewhere', () => {
  it('picks the first provider in the table that takes them all, and calls them images', () => {
    keys({});
    load([png('a'), png('b'), queueItem('c', { status: 'done' })]);
    expect(selectBulkSend(useAppStore.getState())).toEqual({ provider: 'memories', ids: ['a', 'b'], noun: 'images' });
  });

  it('prefers the provider for new files when it takes them too', () => {
    keys({});
    useAppStore.setState({ settings: { ...DEFAULT_SETTINGS, defaultProvider: 'heygen' } });
    load([png('a', { provider: 'assemblyai' }), png('b')]);
    expect(selectBulkSend(useAppStore.getState())?.provider).toBe('heygen');
  });

  it('skips providers without a key or with a rejected one', () => {
    keys({ memories: 'rejected', wavespeed: 'none' });
    load([png('a'), png('b')]);
    expect(selectBulkSend(useAppStore.getState())?.provider).toBe('heygen');
  });

  it('offers nothing for one file, for files gone from the disk, or where no provider with a key takes them', () => {
    keys({});
    load([png('a'), png('b', { problem: gone })]);
    expect(selectBulkSend(useAppStore.getState())).toBeUndefined();
    keys({ memories: 'none', wavespeed: 'none', heygen: 'none' });
    load([png('a'), png('b')]);
    expect(selectBulkSend(useAppStore.getState())).toBeUndefined();
  });
});
