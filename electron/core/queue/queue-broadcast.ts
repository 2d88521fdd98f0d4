// Coalesces queue changes for listeners that cannot take every progress tick: the window
// gets one patch per interval with just the items that changed, however many uploads run.
// A patch holds at most PATCH_ITEMS items; more (10,000 rows started, retried or filled in at
// once) go out in patches one after another, each its own task: main clones each patch for IPC
// in one go (~3 MB and ~40 ms for 10,000 items, a stall of everything else main does). The cap
// is no smaller because each patch is also a render of the window: a start of 10,000 rows
// becomes five patches, not twenty (the window's ~10 patches a second, window-bench.ts).
// A drop's new rows are sliced finer, for its first rows' sake (queue-checks.ts).

import type { QueueItem, QueuePatch } from '../../../shared/queue-types.ts';

/** The most items in one patch: ~600 KB and under ~10 ms to clone. */
export const PATCH_ITEMS = 2000;

interface Subscriber {
  readonly listener: (patch: QueuePatch) => void;
  readonly intervalMs: number;
  readonly changed: Set<string>;
  readonly removed: Set<string>;
  timer: NodeJS.Timeout | undefined;
}

export class QueueBroadcast {
  readonly #subscribers = new Set<Subscriber>();
  readonly #lookup: (id: string) => QueueItem | undefined;

  constructor(lookup: (id: string) => QueueItem | undefined) {
    this.#lookup = lookup;
  }

  subscribe(listener: (patch: QueuePatch) => void, intervalMs: number): () => void {
    const subscriber: Subscriber = { listener, intervalMs, changed: new Set(), removed: new Set(), timer: undefined };
    this.#subscribers.add(subscriber);
    return () => {
      clearTimeout(subscriber.timer);
      this.#subscribers.delete(subscriber);
    };
  }

  changed(id: string): void {
    for (const s of this.#subscribers) {
      s.changed.add(id);
      this.#schedule(s);
    }
  }

  removed(id: string): void {
    for (const s of this.#subscribers) {
      s.changed.delete(id);
      s.removed.add(id);
      this.#schedule(s);
    }
  }

  /** Sends everything pending now (used when a batch settles, so the last state is not late). */
  flush(): void {
    for (const s of this.#subscribers) while (s.changed.size > 0 || s.removed.size > 0) this.#send(s);
  }

  #schedule(s: Subscriber): void {
    if (s.timer === undefined) s.timer = setTimeout(() => this.#send(s), s.intervalMs);
  }

  #send(s: Subscriber): void {
    clearTimeout(s.timer);
    s.timer = undefined;
    if (s.changed.size === 0 && s.removed.size === 0) return;
    // In the order the items changed first, which is the order new ones were added in; a
    // change to an item still waiting keeps its place.
    const items: QueueItem[] = [];
    let taken = 0;
    for (const id of s.changed) {
      if (taken === PATCH_ITEMS) break;
      taken++;
      s.changed.delete(id);
      const item = this.#lookup(id);
      if (item !== undefined) items.push(item);
    }
    const patch: QueuePatch = { items, removed: [...s.removed], full: false };
    s.removed.clear();
    // The rest as soon as main has seen to what else waits.
    if (s.changed.size > 0) s.timer = setTimeout(() => this.#send(s), 0);
    s.listener(patch);
  }
}
