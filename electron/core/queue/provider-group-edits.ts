// What changes in the list when a file goes to several providers (shared/provider-groups.ts):
// the items of a file just added, one per provider; a file's providers chosen again ("Send to"
// with several); one of them moved to another provider; the primary changed. Pure functions from
// the list as it is to the items to set and the ids to remove, which the queue applies
// (upload-queue.ts). Only items at rest change provider or go: an upload running, done or still
// processing at its provider stays what it is.

import { distinctProviders, fileKey, withGrouping } from '../../../shared/provider-groups.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { newItem, withProvider } from '../../../shared/queue-transitions.ts';
import { canRestart, type IdleItem, type ItemFacts, type QueueItem } from '../../../shared/queue-types.ts';

export interface ListEdit {
  /** Items to set (new ones are added at the end of the list), in this order. */
  readonly set: readonly QueueItem[];
  /** Ids to take off the list. */
  readonly removed: readonly string[];
}

/** A new item of `file`'s for `provider`, not started: the provider's own verdict on the file comes with it. */
function sibling(file: ItemFacts, provider: ProviderId, id: string): IdleItem {
  return newItem({
    id, path: file.path, name: file.name, size: file.size, mtimeMs: file.mtimeMs, addedAt: file.addedAt, provider,
    ...(file.formatId !== undefined && { formatId: file.formatId }),
    ...(file.group !== undefined && { group: file.group }),
    ...(file.retried === true && { retried: true }),
    ...(file.checking === true && { checking: true }),
  });
}

/**
 * Files just added for the first provider, each followed by its items for `more` providers: one
 * group per file. The file was inspected once for all.
 */
export function withSiblings(items: readonly IdleItem[], more: readonly ProviderId[], newId: () => string): IdleItem[] {
  if (more.length === 0) return [...items];
  return items.flatMap((item) => {
    const group = newId();
    const members = [withGrouping(item, { group }), ...more.map((provider) => sibling({ ...item, group }, provider, newId()))];
    const main = primaryChoice(members);
    return members.map((member) => (member === main ? withGrouping(member, { group, primary: true }) : member));
  });
}

/**
 * The primary of a file's items, in the order its providers were chosen: the first chosen that
 * takes the file (one that refuses it has no link to copy), or the first when none does.
 */
function primaryChoice<T extends QueueItem>(inOrder: readonly T[]): T | undefined {
  return inOrder.find((item) => !(canRestart(item) && item.problem !== undefined)) ?? inOrder[0];
}

/** Every file's items in list order, by file, and each item's file. */
function filesOf(items: Iterable<QueueItem>): Map<string, QueueItem[]> {
  const files = new Map<string, QueueItem[]>();
  for (const item of items) {
    const key = fileKey(item);
    const members = files.get(key);
    if (members === undefined) files.set(key, [item]);
    else members.push(item);
  }
  return files;
}

/**
 * "Send to" with several providers: each file named by `ids` goes to exactly `providers` (the
 * first chosen is the primary where the file has none yet). Items at rest for a provider no longer
 * chosen take a newly chosen one (keeping their state, as a move to one provider does) or go; an
 * upload that ran or runs stays, chosen or not; what is still missing is added, not started.
 */
export function providersEdit(items: Iterable<QueueItem>, ids: readonly string[], providers: readonly ProviderId[], newId: () => string): ListEdit {
  const wanted = distinctProviders(providers);
  const files = filesOf(items);
  const named = new Set(ids);
  const chosen = new Set<string>();
  for (const [key, members] of files) if (members.some((m) => named.has(m.id))) chosen.add(key);
  const set: QueueItem[] = [];
  const removed: string[] = [];
  for (const key of chosen) {
    const edit = fileEdit(files.get(key) ?? [], wanted, newId);
    set.push(...edit.set);
    removed.push(...edit.removed);
  }
  return { set, removed };
}

function fileEdit(members: readonly QueueItem[], wanted: readonly ProviderId[], newId: () => string): ListEdit {
  const first = members[0];
  if (first === undefined || wanted.length === 0) return { set: [], removed: [] };
  const kept: QueueItem[] = [];
  const free: QueueItem[] = [];
  const covered = new Set<ProviderId>();
  for (const member of members) {
    // An upload that ran or runs keeps its provider; one at rest is kept where it is still wanted (once).
    if (!canRestart(member) || (wanted.includes(member.provider) && !covered.has(member.provider))) {
      kept.push(member);
      covered.add(member.provider);
    } else free.push(member);
  }
  const changed = new Map<string, QueueItem>();
  const removed: string[] = [];
  const missing = wanted.filter((provider) => !covered.has(provider));
  for (const provider of missing) {
    const reused = free.shift();
    const item = reused !== undefined && canRestart(reused) ? withProvider(reused, provider) : sibling(first, provider, newId());
    kept.push(item);
    changed.set(item.id, item);
  }
  for (const item of free) removed.push(item.id);
  // Grouped while more than one provider has the file; the primary stays, or is the first chosen that takes it.
  const group = kept.length > 1 ? first.group ?? newId() : undefined;
  const inOrder = [...wanted.flatMap((p) => kept.filter((item) => item.provider === p)), ...kept.filter((item) => !wanted.includes(item.provider))];
  const marked = kept.find((item) => item.primary === true) ?? primaryChoice(inOrder);
  for (const item of kept) {
    const primary = group !== undefined && item === marked;
    if (item.group === group && (item.primary === true) === primary && !changed.has(item.id)) continue;
    changed.set(item.id, withGrouping(item, { ...(group !== undefined && { group }), primary }));
  }
  return { set: [...changed.values()], removed };
}

/**
 * One provider for the items named (a refused file's "Send to memories.ai", "Use … for all"):
 * each at rest moves, except where its file already goes to that provider (it would be sent twice).
 */
export function providerEdit(items: Iterable<QueueItem>, ids: readonly string[], provider: ProviderId, keyName?: string | null): ListEdit {
  const files = filesOf(items);
  const set: QueueItem[] = [];
  const taken = new Set<string>();
  const byId = new Map<string, QueueItem>();
  for (const members of files.values()) {
    for (const member of members) byId.set(member.id, member);
    if (members.length > 1 && members.some((m) => m.provider === provider)) taken.add(fileKey(members[0] as QueueItem));
  }
  for (const id of ids) {
    const item = byId.get(id);
    if (item !== undefined && canRestart(item) && !taken.has(fileKey(item))) set.push(withProvider(item, provider, keyName));
  }
  return { set, removed: [] };
}

/** The item `id` becomes its file's primary: "Copy link" copies its result from now on. */
export function primaryEdit(items: Iterable<QueueItem>, id: string): ListEdit {
  const all = [...items];
  const group = all.find((item) => item.id === id)?.group;
  if (group === undefined) return { set: [], removed: [] };
  const set = all
    .filter((item) => item.group === group && (item.id === id) !== (item.primary === true))
    .map((item) => withGrouping(item, { group, primary: item.id === id }));
  return { set, removed: [] };
}

/**
 * A group whose files were looked at after its rows showed (queue-checks.ts): until then no
 * provider had a verdict, so the first chosen was the primary; now it is the first that takes
 * the file, as for a file looked at before (withSiblings). `members`: the group's items in the
 * order chosen.
 */
export function checkedPrimaryEdit(members: readonly QueueItem[]): ListEdit {
  const main = primaryChoice(members);
  if (main === undefined || main.primary === true) return { set: [], removed: [] };
  return primaryEdit(members, main.id);
}

/**
 * Items taken off the list (Remove, Clear finished): an item left alone in its group is a file
 * sent to one provider again, so it goes back to being one.
 */
export function removalEdit(items: ReadonlyMap<string, QueueItem>, ids: readonly string[]): ListEdit {
  const gone = new Set(ids);
  const groups = new Set(ids.flatMap((id) => items.get(id)?.group ?? []));
  if (groups.size === 0) return { set: [], removed: ids };
  const left = new Map<string, QueueItem[]>();
  for (const item of items.values()) {
    if (item.group === undefined || !groups.has(item.group) || gone.has(item.id)) continue;
    left.set(item.group, [...(left.get(item.group) ?? []), item]);
  }
  const set = [...left.values()].flatMap((members) => (members.length === 1 && members[0] !== undefined ? [withGrouping(members[0], {})] : []));
  return { set, removed: ids };
}
