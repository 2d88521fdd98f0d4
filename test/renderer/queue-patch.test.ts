import { describe, expect, it } from 'vitest';
import { applyQueuePatch, newlyFinished, type QueueData } from '../../renderer/src/store/queue-patch.ts';
import { queueItem } from '../fixtures/queue-items.ts';

const empty: QueueData = { queueIds: [], queueById: new Map(), version: 0 };

function withItems(...ids: string[]): QueueData {
  return applyQueuePatch(empty, { items: ids.map((id) => queueItem(id)), removed: [], full: true });
}

describe('applyQueuePatch', () => {
  it('replaces everything with a full patch, in the patch order', () => {
    const before = withItems('a', 'b', 'c');
    const after = applyQueuePatch(before, { items: [queueItem('c'), queueItem('x')], removed: [], full: true });
    expect(after.queueIds).toEqual(['c', 'x']);
    expect([...after.queueById.keys()].sort()).toEqual(['c', 'x']);
  });

  it('merges changed items by id and keeps their place', () => {
    const before = withItems('a', 'b', 'c');
    const after = applyQueuePatch(before, { items: [queueItem('b', { status: 'uploading' })], removed: [], full: false });
    expect(after.queueIds).toEqual(['a', 'b', 'c']);
    expect(after.queueById.get('b')?.status).toBe('uploading');
    expect(after.queueById.get('a')).toBe(before.queueById.get('a'));
  });

  it('keeps the same order array when no item was added or removed, so the list does not re-render', () => {
    const before = withItems('a', 'b');
    const after = applyQueuePatch(before, { items: [queueItem('a', { status: 'waiting' })], removed: [], full: false });
    expect(after.queueIds).toBe(before.queueIds);
    // A new QueueData, with a new version, is what tells the window something changed.
    expect(after).not.toBe(before);
    expect(after.version).toBe(before.version + 1);
  });

  it('changes the items in place instead of copying all of them per patch', () => {
    const before = withItems('a', 'b');
    const after = applyQueuePatch(before, { items: [queueItem('a', { status: 'waiting' })], removed: [], full: false });
    expect(after.queueById).toBe(before.queueById);
  });

  it('appends new items at the end in the order they came', () => {
    const before = withItems('a');
    const after = applyQueuePatch(before, { items: [queueItem('z'), queueItem('a', { status: 'done' }), queueItem('m')], removed: [], full: false });
    expect(after.queueIds).toEqual(['a', 'z', 'm']);
  });

  it('drops removed ids, and ignores ids it never had', () => {
    const before = withItems('a', 'b', 'c');
    const after = applyQueuePatch(before, { items: [], removed: ['b', 'nope'], full: false });
    expect(after.queueIds).toEqual(['a', 'c']);
    expect(after.queueById.get('b')).toBeUndefined();
  });

  it('does not show an item that was added and removed within one patch', () => {
    const after = applyQueuePatch(withItems('a'), { items: [queueItem('brief')], removed: ['brief'], full: false });
    expect(after.queueIds).toEqual(['a']);
    expect(after.queueById.get('brief')).toBeUndefined();
  });

  it('leaves the order it was given untouched, so a component holding it still sees the old order', () => {
    const before = withItems('a', 'b');
    const order = before.queueIds;
    applyQueuePatch(before, { items: [queueItem('a', { status: 'done' }), queueItem('n')], removed: ['b'], full: false });
    expect(order).toEqual(['a', 'b']);
    expect(before.queueIds).toBe(order);
  });
});

describe('newlyFinished', () => {
  it('names items that changed to done or failed in this patch only', () => {
    const before = applyQueuePatch(empty, {
      items: [queueItem('up', { status: 'uploading' }), queueItem('bad', { status: 'uploading' }), queueItem('old', { status: 'done' })],
      removed: [],
      full: true,
    });
    const patch = {
      items: [queueItem('up', { status: 'done' }), queueItem('bad', { status: 'failed' }), queueItem('old', { status: 'done' }), queueItem('new', { status: 'done' })],
      removed: [],
      full: false,
    };
    const finished = newlyFinished(before, patch);
    expect(finished.done.map((i) => i.id)).toEqual(['up']);
    expect(finished.failed.map((i) => i.id)).toEqual(['bad']);
  });
});
