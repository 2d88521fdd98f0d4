// Coalesces queue changes for listeners that cannot take every progress tick: the window
// gets one patch per interval with just the items that changed, however many uploads run.

import type { QueueItem, QueuePatch } from '../../../shared/queue-types.ts';

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

  /** Sends what is pending now (used when a batch settles, so the last state is not late). */
  flush(): void {
    for (const s of this.#subscribers) this.#send(s);
  }

  #schedule(s: Subscriber): void {
    if (s.timer === undefined) s.timer = setTimeout(() => this.#send(s), s.intervalMs);
  }

  #send(s: Subscriber): void {
    clearTimeout(s.timer);
    s.timer = undefined;
    if (s.changed.size === 0 && s.removed.size === 0) return;
    const items: QueueItem[] = [];
    for (const id of s.changed) {
      const item = this.#lookup(id);
      if (item !== undefined) items.push(item);
    }
    const patch: QueuePatch = { items, removed: [...s.removed], full: false };
    s.changed.clear();
    s.removed.clear();
    s.listener(patch);
  }
}
