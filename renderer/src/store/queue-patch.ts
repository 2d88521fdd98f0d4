// Folding main's `queue:changed` patches into the window's copy of the queue. Pure, so the
// merge rules (by id, order kept, new items at the end) are pinned by unit tests.

import type { QueueItem, QueuePatch } from '../../../shared/queue-types.ts';

export interface QueueData {
  /** Queue order. Kept as the same array when a patch only changes items, so the list does not re-render. */
  readonly queueIds: readonly string[];
  readonly queueById: Readonly<Record<string, QueueItem>>;
}

export function applyQueuePatch(current: QueueData, patch: QueuePatch): QueueData {
  if (patch.full) {
    const queueById: Record<string, QueueItem> = {};
    for (const item of patch.items) queueById[item.id] = item;
    return { queueIds: patch.items.map((item) => item.id), queueById };
  }

  const queueById: Record<string, QueueItem> = { ...current.queueById };
  const added = new Set<string>();
  for (const item of patch.items) {
    if (!(item.id in queueById)) added.add(item.id);
    queueById[item.id] = item;
  }

  let removedAny = false;
  const removed = new Set(patch.removed);
  for (const id of removed) {
    if (id in queueById) {
      delete queueById[id];
      removedAny = true;
    }
  }

  let queueIds = current.queueIds;
  if (removedAny) queueIds = queueIds.filter((id) => !removed.has(id));
  const appended = [...added].filter((id) => !removed.has(id));
  if (appended.length > 0) queueIds = [...queueIds, ...appended];
  return { queueIds, queueById };
}

/** Items that reached `done` or `failed` with this patch: what the live region announces. */
export function newlyFinished(before: QueueData, patch: QueuePatch): { done: QueueItem[]; failed: QueueItem[] } {
  const done: QueueItem[] = [];
  const failed: QueueItem[] = [];
  for (const item of patch.items) {
    const previous = before.queueById[item.id];
    // An item first seen already finished (a reload, a full patch) is old news, not an event.
    if (previous === undefined || previous.status === item.status) continue;
    if (item.status === 'done') done.push(item);
    else if (item.status === 'failed') failed.push(item);
  }
  return { done, failed };
}
