// Keeps requests to one provider's API at least its minimum interval apart (memories.ai allows
// one request per second per account, shared by every key and every endpoint: uploads, signed
// links, status checks, deletes, key checks). Every request to a provider's own API waits here
// first; bytes sent to a storage link the provider handed out do not, since they go elsewhere.
//
// Requests are granted in turn. Background ones (a check whether an upload is ready yet) are
// granted only when no other request is waiting, so checking never holds up an upload.

import type { ProviderInfo } from '../../../shared/provider-info.ts';

export type PacePriority = 'foreground' | 'background';

interface Waiter {
  readonly grant: () => void;
}

interface Lane {
  /** When the next request may go. */
  nextFree: number;
  readonly foreground: Waiter[];
  readonly background: Waiter[];
  timer: NodeJS.Timeout | undefined;
}

export class ProviderPacer {
  readonly #lanes = new Map<string, Lane>();
  readonly #now: () => number;
  /** Told of every request granted, for tests that check the pace. */
  onGrant: ((provider: string, at: number) => void) | undefined;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Resolves when this provider may be sent a request; rejects with the signal's reason if it aborts first. */
  wait(provider: ProviderInfo<string>, signal?: AbortSignal, priority: PacePriority = 'foreground'): Promise<void> {
    const interval = provider.minIntervalMs ?? 0;
    if (interval === 0) return signal?.aborted === true ? Promise.reject(signal.reason) : Promise.resolve();
    return new Promise((resolve, reject) => {
      if (signal?.aborted === true) return reject(signal.reason);
      const lane = this.#lane(provider.id);
      const queue = priority === 'foreground' ? lane.foreground : lane.background;
      const onAbort = (): void => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#serve(provider.id, lane, interval);
    });
  }

  #lane(id: string): Lane {
    let lane = this.#lanes.get(id);
    if (lane === undefined) {
      lane = { nextFree: 0, foreground: [], background: [], timer: undefined };
      this.#lanes.set(id, lane);
    }
    return lane;
  }

  /** Grants the next waiter if its slot has come, else wakes up when it does. */
  #serve(id: string, lane: Lane, interval: number): void {
    if (lane.timer !== undefined) return;
    const now = this.#now();
    if (now < lane.nextFree) {
      lane.timer = setTimeout(() => {
        lane.timer = undefined;
        this.#serve(id, lane, interval);
      }, lane.nextFree - now);
      return;
    }
    const next = lane.foreground.shift() ?? lane.background.shift();
    if (next === undefined) return;
    lane.nextFree = now + interval;
    this.onGrant?.(id, now);
    next.grant();
    if (lane.foreground.length + lane.background.length > 0) this.#serve(id, lane, interval);
  }
}

/**
 * The pace every request of this process keeps. A provider's limit is per account, so the
 * queue, key checks, status checks and deletes must share one pacer.
 */
export const processPacer = new ProviderPacer();
