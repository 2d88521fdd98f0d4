import { describe, expect, it } from 'vitest';
import { applyQueueHead, applyQueuePatch, newlyFinished, type QueueData } from '../../renderer/src/store/queue-patch.ts';
import { queueItem } from '../fixtures/queue-items.ts';

const empty: QueueData = { queueIds: [], queueById: new Map(), version: 0, complete: true, total: 0 };

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

describe('the queue’s head, drawn before the whole queue arrives (first paint)', () => {
  const head = (ids: string[], total: number) => ({ items: ids.map((id) => queueItem(id)), total });

  it('is drawn as the list so far, incomplete, with the queue’s length', () => {
    const shown = applyQueueHead(undefined, head(['a', 'b'], 5));
    expect(shown?.queueIds).toEqual(['a', 'b']);
    expect(shown).toMatchObject({ complete: false, total: 5 });
  });

  it('is the whole queue when it holds every item', () => {
    expect(applyQueueHead(undefined, head(['a', 'b'], 2))).toMatchObject({ queueIds: ['a', 'b'], complete: true, total: 2 });
  });

  it('is left out once the whole queue is here, which is newer', () => {
    const whole = withItems('a', 'b', 'c');
    expect(applyQueueHead(whole, head(['a'], 3))).toBe(whole);
  });

  it('changes the items it holds, and leaves out items it does not hold yet instead of putting them at the end', () => {
    const shown = applyQueueHead(undefined, head(['a', 'b'], 4));
    if (shown === undefined) throw new Error('The head was not drawn.');
    const after = applyQueuePatch(shown, { items: [queueItem('d', { status: 'waiting' }), queueItem('a', { status: 'waiting' })], removed: ['b'], full: false });
    expect(after.queueIds).toEqual(['a']);
    expect(after.queueById.get('a')?.status).toBe('waiting');
    expect(after.queueById.has('d')).toBe(false);
    expect(after).toMatchObject({ complete: false, total: 4 });
    // Then the whole queue, asked for after the head, brings every item in its place.
    const whole = applyQueuePatch(after, { items: ['a', 'c', 'd'].map((id) => queueItem(id)), removed: [], full: true });
    expect(whole).toMatchObject({ queueIds: ['a', 'c', 'd'], complete: true, total: 3 });
    // From then on, new items are appended as before.
    expect(applyQueuePatch(whole, { items: [queueItem('e')], removed: [], full: false }).queueIds).toEqual(['a', 'c', 'd', 'e']);
  });
});
