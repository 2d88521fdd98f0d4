// Looking at files whose rows are already in the list (ItemFacts.checking): a big drop shows its
// 10,000 rows at once, and the files are opened and sniffed afterwards, a few at a time and,
// for many, in a worker thread (inspect-off-main.ts), each row filled in with its size, type and
// the provider's verdict as its file is looked at. Main's event loop stays free meanwhile.
// A row whose file cannot be read is taken out again and reported; one started while it was
// still being looked at starts once it has been.

import { randomUUID } from 'node:crypto';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { AddResult, QueueItem, RefusedPath } from '../../../shared/queue-types.ts';
import { checkedItem } from '../../../shared/queue-transitions.ts';
import type { InspectedFile } from '../files/file-inspect.ts';
import { inspectOffMain } from '../files/inspect-off-main.ts';
import { newItems } from './queue-add.ts';
import { checkedPrimaryEdit, withSiblings } from './provider-group-edits.ts';
import { distinctProviders } from '../../../shared/provider-groups.ts';

// Rows sent to the window in one slice (about eight screenfuls): the first are drawn while the
// rest are on their way. Smaller than the broadcast's cap (PATCH_ITEMS), which bounds what main
// clones in one go rather than how soon the first rows show.
const ROWS_AT_ONCE = 500;

/** What the checks need of the queue. */
export interface CheckedItems {
  get(id: string): QueueItem | undefined;
  /** A change of state, shown and kept (UploadQueue's own). */
  set(item: QueueItem): void;
  remove(id: string): void;
  start(ids: readonly string[]): void;
  /** Sends the changes made so far to whoever follows the queue now, not at the next tick of its pace. */
  flush(): void;
}

/** Rows added, not all looked at yet: `checked` resolves once they have been, with the files that could not be read (taken out). */
export interface CheckingAdd extends AddResult {
  readonly checked: Promise<RefusedPath[]>;
}

export class QueueChecks {
  readonly #items: CheckedItems;
  /** Started while still being looked at: they start once they have been. */
  readonly #startWhenChecked = new Set<string>();

  constructor(items: CheckedItems) {
    this.#items = items;
  }

  /** True when the item is still being looked at: it will start once it has been. */
  deferStart(item: QueueItem): boolean {
    if (item.checking !== true) return false;
    this.#startWhenChecked.add(item.id);
    return true;
  }

  /** Adds the files and resolves once each was looked at (UploadQueue.add). */
  async add(paths: readonly string[], provider: ProviderId | readonly ProviderId[], options: { readonly start?: boolean; readonly retried?: boolean; readonly keyName?: string }): Promise<AddResult> {
    const adding = await this.addChecking(paths, provider, options);
    const unreadable = await adding.checked;
    const added = adding.added.filter((id) => this.#items.get(id) !== undefined);
    if (options.start === true) this.#items.start(added);
    return { added, refused: [...adding.refused, ...unreadable] };
  }

  /** Adds the rows at once, and looks at their files in the background (UploadQueue.addChecking). */
  async addChecking(paths: readonly string[], provider: ProviderId | readonly ProviderId[], options: { readonly retried?: boolean; readonly keyName?: string }): Promise<CheckingAdd> {
    // Several providers: an item each, grouped, the first chosen the primary (provider-group-edits.ts);
    // a key name is one of the first provider's keys. Each item's file is looked at on its own.
    const [first, ...more] = distinctProviders(typeof provider === 'string' ? [provider] : provider);
    if (first === undefined) throw new Error('Files are added for at least one provider.');
    const made = await newItems(paths, first, randomUUID, options.retried === true, options.keyName);
    const items = withSiblings(made.items, more, randomUUID);
    const refused = made.refused;
    // More rows than a slice go to the window at once, the person having just dropped them, in
    // slices: the first screenful is drawn while the rest are on their way, and no one turn of
    // main's event loop (or the window's) takes in 10,000 rows. Fewer are shown at the queue's
    // own pace, by when most are looked at already (add-chosen.ts waits for those anyway).
    for (let from = 0; from < items.length; from += ROWS_AT_ONCE) {
      // Each slice in a turn of its own, the first too: the folder's listing took the last one.
      if (items.length > ROWS_AT_ONCE) await new Promise((resolve) => setImmediate(resolve));
      for (const item of items.slice(from, from + ROWS_AT_ONCE)) this.#items.set(item);
      if (items.length > ROWS_AT_ONCE) this.#items.flush();
    }
    return { added: items.map((item) => item.id), refused, checked: this.#check(items, PROVIDERS[first].name) };
  }

  /**
   * Looks at the files of these rows; resolves once all have been, with the files that could
   * not be read (their rows are gone by then). `provider` names the provider in those sentences.
   */
  async #check(rows: readonly QueueItem[], provider: string): Promise<RefusedPath[]> {
    const unreadable: { readonly index: number; readonly refusal: RefusedPath }[] = [];
    // Filled in in the order given, whatever order the looks end in: the upload list's file keeps
    // a file from when it was looked at (upload-queue.ts), so its order after a restart is this one.
    const ended = new Map<number, InspectedFile | RefusedPath>();
    let next = 0;
    const fill = (index: number, result: InspectedFile | RefusedPath): void => {
      ended.set(index, result);
      for (let done = ended.get(next); done !== undefined; done = ended.get(next)) {
        ended.delete(next);
        fillOne(next, done);
        next += 1;
      }
    };
    const fillOne = (index: number, result: InspectedFile | RefusedPath): void => {
      const id = rows[index]?.id;
      if (id === undefined) return;
      const current = this.#items.get(id);
      const start = this.#startWhenChecked.delete(id);
      // Removed meanwhile (or somehow no longer the row being checked): nothing to fill in.
      if (current?.status !== 'idle' || current.checking !== true) return;
      if (!('mtimeMs' in result)) {
        this.#items.remove(id);
        unreadable.push({ index, refusal: result });
        return;
      }
      this.#items.set(checkedItem(current, result));
      if (start) this.#items.start([id]);
    };
    await inspectOffMain(rows.map((row) => row.path), provider, fill);
    // A file sent to several providers: its primary, now that each has a verdict on the file.
    for (const group of new Set(rows.map((row) => row.group).filter((g) => g !== undefined))) {
      const members = rows.map((row) => this.#items.get(row.id)).filter((item): item is QueueItem => item !== undefined && item.group === group);
      for (const item of checkedPrimaryEdit(members).set) this.#items.set(item);
    }
    // In the order the files were given, as the person sees them in the list.
    return unreadable.sort((a, b) => a.index - b.index).map((u) => u.refusal);
  }
}
