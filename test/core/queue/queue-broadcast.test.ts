// The queue's patches to the window (electron/core/queue/queue-broadcast.ts): one per interval
// with what changed, and a big change (a drop of thousands of files) in patches of at most
// PATCH_ITEMS items, each sent in a task of its own, in the order the items changed first.

import { describe, expect, it } from 'vitest';
import type { QueueItem, QueuePatch } from '../../../shared/queue-types.ts';
import { PATCH_ITEMS, QueueBroadcast } from '../../../electron/core/queue/queue-broadcast.ts';
import { queueItem } from '../../fixtures/queue-items.ts';

function broadcastOf(count: number) {
  const items = new Map<string, QueueItem>(Array.from({ length: count }, (_, i) => [`item-${i}`, queueItem(`item-${i}`)]));
  const broadcast = new QueueBroadcast((id) => items.get(id));
  const patches: QueuePatch[] = [];
  broadcast.subscribe((patch) => patches.push(patch), 5);
  return { items, broadcast, patches };
}

const ids = (patch: QueuePatch | undefined) => patch?.items.map((item) => item.id) ?? [];
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('QueueBroadcast', () => {
  it('sends a big change in patches of at most PATCH_ITEMS, each in a task of its own, in the order the items changed', async () => {
    const count = PATCH_ITEMS * 2 + 10;
    const { broadcast, patches } = broadcastOf(count);
    for (let i = 0; i < count; i++) broadcast.changed(`item-${i}`);
    expect(patches).toHaveLength(0);
    await nextTask();
    await nextTask();
    expect(patches.map((p) => p.items.length)).toEqual([PATCH_ITEMS, PATCH_ITEMS, 10]);
    expect(patches.flatMap(ids)).toEqual(Array.from({ length: count }, (_, i) => `item-${i}`));
  });

  it('sends the rest in a later task, so what else main has to do runs in between', async () => {
    const items = new Map<string, QueueItem>(Array.from({ length: PATCH_ITEMS + 1 }, (_, i) => [`item-${i}`, queueItem(`item-${i}`)]));
    const broadcast = new QueueBroadcast((id) => items.get(id));
    const patches: QueuePatch[] = [];
    let patchesWhenOtherWorkRan = -1;
    broadcast.subscribe((patch) => {
      patches.push(patch);
      // Other work that became due as the first patch went out (an I/O callback, say).
      if (patches.length === 1) setImmediate(() => (patchesWhenOtherWorkRan = patches.length));
    }, 5);
    for (const id of items.keys()) broadcast.changed(id);
    await nextTask();
    expect(patchesWhenOtherWorkRan).toBe(1);
    expect(patches.map((p) => p.items.length)).toEqual([PATCH_ITEMS, 1]);
  });

  it('keeps a waiting item in its place when it changes again, and sends a waiting item’s removal instead of the item', async () => {
    const items = new Map<string, QueueItem>(Array.from({ length: PATCH_ITEMS + 3 }, (_, i) => [`item-${i}`, queueItem(`item-${i}`)]));
    const broadcast = new QueueBroadcast((id) => items.get(id));
    const patches: QueuePatch[] = [];
    broadcast.subscribe((patch) => {
      patches.push(patch);
      // While the last three wait for their patch: one changes again, one leaves the list.
      if (patches.length === 1) {
        broadcast.changed(`item-${PATCH_ITEMS}`);
        broadcast.removed(`item-${PATCH_ITEMS + 1}`);
      }
    }, 5);
    for (const id of items.keys()) broadcast.changed(id);
    await nextTask();
    expect(ids(patches[1])).toEqual([`item-${PATCH_ITEMS}`, `item-${PATCH_ITEMS + 2}`]);
    expect(patches[1]?.removed).toEqual([`item-${PATCH_ITEMS + 1}`]);
  });

  it('flush sends everything pending at once, however many patches it takes', () => {
    const { broadcast, patches } = broadcastOf(PATCH_ITEMS * 3);
    for (let i = 0; i < PATCH_ITEMS * 3; i++) broadcast.changed(`item-${i}`);
    broadcast.flush();
    expect(patches.map((p) => p.items.length)).toEqual([PATCH_ITEMS, PATCH_ITEMS, PATCH_ITEMS]);
  });
});
