// The list's rows are files: a file sent to several providers (shared/provider-groups.ts) is one
// row, at its first item's place, with a line per provider under it. Worked out once per change
// of the visible ids (a progress patch keeps them), and a list with no such file keeps its ids
// array as it is, so ten thousand single files cost one pass and nothing else.

import { fileKey } from '../../../shared/provider-groups.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import type { AppState } from './app-state.ts';
import { selectVisibleIds } from './queue-selectors.ts';

export interface FileRows {
  /** One id per row, in list order: the file's first visible item. */
  readonly ids: readonly string[];
  /** For each row of a file sent to several providers: its visible items' ids, in list order. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

const NO_GROUPS: ReadonlyMap<string, readonly string[]> = new Map();

let rowsFor: { visible: readonly string[]; rows: FileRows } | undefined;

/** The rows the list shows under the chosen filter (undefined until the queue has arrived). */
export function selectFileRows(state: Pick<AppState, 'queue' | 'queueFilter'>): FileRows | undefined {
  const visible = selectVisibleIds(state);
  if (visible === undefined || state.queue === undefined) return undefined;
  if (rowsFor?.visible === visible) return rowsFor.rows;
  const byId = state.queue.queueById;
  // A group with one item left is shown as any file (the queue ungroups it; this covers the moment before).
  const sizes = groupSizes(byId.values());
  if (sizes.size === 0) {
    rowsFor = { visible, rows: { ids: visible, groups: NO_GROUPS } };
    return rowsFor.rows;
  }
  const ids: string[] = [];
  const groups = new Map<string, string[]>();
  const rowOf = new Map<string, string>();
  for (const id of visible) {
    const item = byId.get(id);
    const group = item?.group;
    if (item === undefined || group === undefined || (sizes.get(group) ?? 0) < 2) {
      ids.push(id);
      continue;
    }
    const row = rowOf.get(fileKey(item));
    if (row === undefined) {
      rowOf.set(fileKey(item), id);
      ids.push(id);
      groups.set(id, [id]);
    } else groups.get(row)?.push(id);
  }
  rowsFor = { visible, rows: { ids, groups } };
  return rowsFor.rows;
}

/** How many items each group has in the whole list (not only under the filter). */
function groupSizes(items: Iterable<QueueItem>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const item of items) if (item.group !== undefined) sizes.set(item.group, (sizes.get(item.group) ?? 0) + 1);
  return sizes;
}

let membersFor: { queue: AppState['queue']; members: ReadonlyMap<string, readonly QueueItem[]> } | undefined;

/**
 * Every item of each group in the whole list, in list order (a file's other providers, filtered
 * out or not): one pass per queue change, shared by the rows on screen.
 */
export function selectGroupMembers(state: Pick<AppState, 'queue'>): ReadonlyMap<string, readonly QueueItem[]> {
  const last = membersFor;
  if (last !== undefined && last.queue === state.queue) return last.members;
  const members = new Map<string, QueueItem[]>();
  for (const item of state.queue?.queueById.values() ?? []) {
    if (item.group === undefined) continue;
    const list = members.get(item.group);
    if (list === undefined) members.set(item.group, [item]);
    else list.push(item);
  }
  membersFor = { queue: state.queue, members };
  return members;
}

/** How many files the list holds: a file sent to several services counts once (its uploads: selectQueueCounts). */
export function selectFileCount(state: Pick<AppState, 'queue'>): number {
  let extra = 0;
  for (const members of selectGroupMembers(state).values()) extra += members.length - 1;
  return (state.queue?.queueIds.length ?? 0) - extra;
}
