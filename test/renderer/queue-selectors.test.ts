import type { KeyStatus } from '../../shared/settings-types.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/queue-types.ts';
import { useAppStore } from '../../renderer/src/store/app-store.ts';
import { receiveKeys, receiveQueuePatch } from '../../renderer/src/store/main-events.ts';
import {
  selectAllFinished,
  selectClearableCount,
  selectHasKey,
  selectOverallProgress,
  selectProvidersMissingKeys,
  selectQueueCounts,
  selectResultKinds, selectResultTexts,
  selectRetargetableIds,
  selectRetryableIds,
} from '../../renderer/src/store/queue-selectors.ts';
import { queueItem } from '../fixtures/queue-items.ts';

const problem = { code: 'UNSUPPORTED_TYPE', message: 'HeyGen does not accept WAV audio files.' } as const;

function load(items: QueueItem[]): void {
  receiveQueuePatch({ items, removed: [], full: true });
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('queue counts', () => {
  it('counts each state, telling ready files from ones the provider will refuse', () => {
    load([
      queueItem('a'),
      queueItem('b', { problem }),
      queueItem('c', { status: 'waiting' }),
      queueItem('d', { status: 'uploading' }),
      queueItem('e', { status: 'done' }),
      queueItem('f', { status: 'done' }),
      queueItem('g', { status: 'failed' }),
      queueItem('h', { status: 'cancelled' }),
      queueItem('i', { status: 'interrupted' }),
      queueItem('j', { status: 'processing' }),
    ]);
    expect(selectQueueCounts(useAppStore.getState())).toEqual({
      total: 10, ready: 1, checking: 0, blocked: 1, waiting: 1, uploading: 1, done: 2, processing: 1, failed: 1, cancelled: 1, interrupted: 1,
    });
    // Interrupted files stay for Retry, like failed ones.
    expect(selectClearableCount(useAppStore.getState())).toBe(3);
  });

  it('Retry all takes failed and interrupted files, not ones whose file is gone or refused', () => {
    const gone = { code: 'FILE_NOT_FOUND', message: 'x.mp4 is no longer there.' } as const;
    load([
      queueItem('failed', { status: 'failed' }),
      queueItem('stopped', { status: 'interrupted' }),
      queueItem('stopped-gone', { status: 'interrupted', problem: gone }),
      queueItem('refused', { status: 'failed', problem }),
      queueItem('cancelled', { status: 'cancelled' }),
      queueItem('idle'),
    ]);
    expect(selectRetryableIds(useAppStore.getState())).toEqual(['failed', 'stopped']);
  });

  it('follows patches: the same answer for the same queue, a new one after a change', () => {
    load([queueItem('a')]);
    const first = selectQueueCounts(useAppStore.getState());
    expect(selectQueueCounts(useAppStore.getState())).toBe(first);
    receiveQueuePatch({ items: [queueItem('a', { status: 'done' })], removed: [], full: false });
    expect(selectQueueCounts(useAppStore.getState()).done).toBe(1);
  });
});

describe('overall progress', () => {
  it('adds up the running batch: done files in full, uploading ones by bytes sent', () => {
    load([
      queueItem('done', { status: 'done', size: 400 }),
      queueItem('up', { status: 'uploading', size: 400, progress: { sent: 100, total: 400, speed: 50 } }),
      queueItem('wait', { status: 'waiting', size: 200 }),
      queueItem('idle', { size: 10_000 }),
      queueItem('failed', { status: 'failed', size: 10_000 }),
    ]);
    const overall = selectOverallProgress(useAppStore.getState());
    expect(overall).toMatchObject({ active: true, files: 3, finishedFiles: 1, sentBytes: 500, totalBytes: 1000, bytesPerSecond: 50 });
    expect(overall.fraction).toBeCloseTo(0.5);
    expect(overall.etaSeconds).toBeCloseTo(10);
  });

  it('is inactive with no time left once nothing is waiting or uploading', () => {
    load([queueItem('a', { status: 'done' }), queueItem('b', { status: 'failed' })]);
    const overall = selectOverallProgress(useAppStore.getState());
    expect(overall.active).toBe(false);
    expect(overall.etaSeconds).toBeUndefined();
  });
});

describe('all finished', () => {
  it('is false for an empty queue, for ready files and while uploading; true when only outcomes remain', () => {
    expect(selectAllFinished(useAppStore.getState())).toBe(false);
    load([queueItem('a')]);
    expect(selectAllFinished(useAppStore.getState())).toBe(false);
    load([queueItem('a', { status: 'uploading' }), queueItem('b', { status: 'done' })]);
    expect(selectAllFinished(useAppStore.getState())).toBe(false);
    load([queueItem('a', { status: 'failed' }), queueItem('b', { status: 'done' }), queueItem('c', { problem })]);
    expect(selectAllFinished(useAppStore.getState())).toBe(true);
  });
});

describe('results and retargeting', () => {
  it('lists finished links, or asset IDs where there is no link, in queue order', () => {
    load([
      queueItem('a', { status: 'done', result: { url: 'https://cdn.example/a' } }),
      queueItem('b', { status: 'failed' }),
      // What each copies comes from its provider's row: memories.ai gives an asset ID, HeyGen both.
      queueItem('c', { status: 'done', provider: 'memories', result: { assetId: 're_123' } }),
      queueItem('d', { status: 'done', provider: 'heygen', result: { url: 'https://cdn.example/d', assetId: 'd-id' } }),
    ]);
    expect(selectResultTexts(useAppStore.getState())).toEqual(['https://cdn.example/a', 're_123', 'https://cdn.example/d']);
    // "Copy 3 links" would call memories.ai's ID a link: each kind is counted.
    expect(selectResultKinds(useAppStore.getState())).toEqual({ links: 2, ids: 1 });
  });

  it('offers to move only files not started that are set to another provider', () => {
    load([
      queueItem('a', { provider: 'heygen' }),
      queueItem('b', { provider: 'assemblyai' }),
      queueItem('c', { provider: 'heygen', status: 'uploading' }),
      queueItem('d', { provider: 'memories', problem }),
    ]);
    expect(selectRetargetableIds(useAppStore.getState(), 'assemblyai')).toEqual(['a', 'd']);
  });
});

describe('keys', () => {
  const status = (provider: 'assemblyai' | 'memories' | 'wavespeed' | 'heygen', hasKey: boolean): KeyStatus =>
    ({ provider, hasKey, backend: 'Secret Service', persistent: true, check: { state: 'unchecked' }, keys: hasKey ? [{ name: 'Default', id: '0a1b2c3d', isDefault: true, check: { state: 'unchecked' } }] : [] });

  it('assumes a key exists until main has answered, then says per provider', () => {
    expect(selectHasKey(useAppStore.getState(), 'heygen')).toBe(true);
    receiveKeys([status('assemblyai', true), status('heygen', false)]);
    expect(selectHasKey(useAppStore.getState(), 'assemblyai')).toBe(true);
    expect(selectHasKey(useAppStore.getState(), 'heygen')).toBe(false);
    // A provider main did not mention has no key.
    expect(selectHasKey(useAppStore.getState(), 'wavespeed')).toBe(false);
  });

  it('names providers without a key that files still to upload are set to', () => {
    receiveKeys([status('assemblyai', true), status('memories', false), status('wavespeed', false), status('heygen', false)]);
    load([
      queueItem('a', { provider: 'assemblyai' }),
      queueItem('b', { provider: 'heygen' }),
      queueItem('c', { provider: 'memories', status: 'done' }),
      queueItem('d', { provider: 'heygen', status: 'failed' }),
    ]);
    expect(selectProvidersMissingKeys(useAppStore.getState())).toEqual(['heygen']);
  });
});
