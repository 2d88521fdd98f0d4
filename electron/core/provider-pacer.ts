// Keeps requests to one provider at least its minimum interval apart (memories.ai allows one
// request per second per account). Each caller reserves the next free slot, so concurrent
// uploads queue up in order instead of racing for the same moment.

import type { ProviderId } from '../../shared/providers.ts';
import { PROVIDERS } from '../../shared/providers.ts';
import { sleep } from './retry-policy.ts';

export class ProviderPacer {
  readonly #nextSlot = new Map<ProviderId, number>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Resolves when this provider may be sent a request; rejects if the signal aborts first. */
  async wait(provider: ProviderId, signal?: AbortSignal): Promise<void> {
    const interval = PROVIDERS[provider].minIntervalMs ?? 0;
    if (interval === 0) return;
    const now = this.#now();
    const slot = Math.max(now, this.#nextSlot.get(provider) ?? 0);
    this.#nextSlot.set(provider, slot + interval);
    if (slot > now) await sleep(slot - now, signal);
  }
}
