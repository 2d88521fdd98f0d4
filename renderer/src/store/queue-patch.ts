// Folding main's `queue:changed` patches into the window's copy of the queue, with the merge
// rules (by id, order kept, new items at the end) pinned by unit tests.

import type { DoneItem, FailedItem, QueueHead, QueueItem, QueuePatch } from '../../../shared/queue-types.ts';

export interface QueueData {
  /** Queue order. Kept as the same array when a patch only changes items, so the list does not re-render. */
  readonly queueIds: readonly string[];
  /**
   * Items by id. One Map for the life of the queue, changed in place by each patch: copying
   * 10,000 entries ten times a second cost a frame now and then while scrolling. Nothing may
   * keep a QueueData and read it later expecting the old items; a new QueueData (a new
   * `version`) is what tells selectors and components that something changed.
   */
  readonly queueById: ReadonlyMap<string, QueueItem>;
  /** Counts the patches folded in: a new number for every change. */
  readonly version: number;
  /**
   * False while the window has only the queue's head (`queue:head`, for the first paint) and
   * the whole queue it asked for next has not arrived; `total` is then the queue's length.
   */
  readonly complete: boolean;
  readonly total: number;
}

/**
 * `current` is undefined until the queue's head or the whole queue has arrived; a partial patch
 * before then is left out, since the whole queue the window asked for (connect-to-main.ts) will
 * include it. Likewise, while only the head is here, a patch's items the window does not hold
 * yet are left out: appended now they would stand at the end, out of the queue's order, and the
 * whole queue will bring them in their place. A partial patch updates `current.queueById` in
 * place and returns a new QueueData around it.
 */
export function applyQueuePatch(current: QueueData, patch: QueuePatch): QueueData;
export function applyQueuePatch(current: QueueData | undefined, patch: QueuePatch): QueueData | undefined;
export function applyQueuePatch(current: QueueData | undefined, patch: QueuePatch): QueueData | undefined {
  if (patch.full) {
    const queueById = new Map(patch.items.map((item) => [item.id, item]));
    return { queueIds: patch.items.map((item) => item.id), queueById, version: (current?.version ?? 0) + 1, complete: true, total: patch.items.length };
  }

  if (current === undefined) return undefined;
  const queueById = current.queueById as Map<string, QueueItem>;
  const added: string[] = [];
  for (const item of patch.items) {
    if (!queueById.has(item.id)) {
      if (!current.complete) continue;
      added.push(item.id);
    }
    queueById.set(item.id, item);
  }

  let removedAny = false;
  const removed = new Set(patch.removed);
  for (const id of removed) {
    if (queueById.delete(id)) removedAny = true;
  }

  let queueIds = current.queueIds;
  if (removedAny) queueIds = queueIds.filter((id) => !removed.has(id));
  const appended = added.filter((id) => !removed.has(id));
  if (appended.length > 0) queueIds = [...queueIds, ...appended];
  const total = current.complete ? queueIds.length : current.total;
  return { queueIds, queueById, version: current.version + 1, complete: current.complete, total };
}

/**
 * The queue's head, drawn before the whole queue arrives. Left out when the whole queue is
 * already here (it is newer), and when the head is the whole queue it is the whole queue.
 */
export function applyQueueHead(current: QueueData | undefined, head: QueueHead): QueueData | undefined {
  if (current?.complete === true) return current;
  if (head.items.length >= head.total) return applyQueuePatch(current, { items: head.items, removed: [], full: true });
  const queueById = new Map(head.items.map((item) => [item.id, item]));
  return { queueIds: head.items.map((item) => item.id), queueById, version: (current?.version ?? 0) + 1, complete: false, total: head.total };
}

/** Items that reached `done` or `failed` with this patch: what the live region announces. Call it before applyQueuePatch. */
export function newlyFinished(before: QueueData | undefined, patch: QueuePatch): { done: DoneItem[]; failed: FailedItem[] } {
  const done: DoneItem[] = [];
  const failed: FailedItem[] = [];
  for (const item of patch.items) {
    const previous = before?.queueById.get(item.id);
    // An item first seen already finished (a reload, a full patch) is old news, not an event.
    if (previous === undefined || previous.status === item.status) continue;
    if (item.status === 'done') done.push(item);
    else if (item.status === 'failed') failed.push(item);
  }
  return { done, failed };
}
