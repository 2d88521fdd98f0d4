// Watches uploads the provider is still processing until it says they are ready or failed: the
// queue's "Processing at memories.ai…" rows and the CLI's --wait. Each item is asked about in
// turn at a growing interval; the checks go through the provider's pace as background requests
// (provider-pacer.ts), so they never hold up an upload.

import type { UploadErrorInfo } from '../../../shared/error-codes.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { toFailed, toReady } from '../../../shared/queue-transitions.ts';
import { isProcessing, type ProcessedItem, type ProcessingItem, type QueueItem } from '../../../shared/queue-types.ts';
import type { StatusAnswer } from '../providers/provider-adapter.ts';
import { isRetryable } from '../sending/response-reading.ts';
import type { ProviderPacer } from '../sending/provider-pacer.ts';
import { sleep } from '../sending/retry-policy.ts';
import { checkStatus } from '../sending/status-check.ts';
import type { Timeouts } from '../sending/upload-attempt.ts';
import { queueKeys, type KeySources } from './queue-keys.ts';
import { usedKeyOf } from '../../../shared/key-names.ts';
import { UploadError } from '../errors/upload-error.ts';
import { whenOnline, type OnlineSignal } from '../network/online-signal.ts';

export interface ReadySchedule {
  /** Until the first check: a small file is often ready by then. */
  readonly firstMs: number;
  /** The interval doubles up to this. */
  readonly maxMs: number;
  /** Give up after this long without an answer either way (the CLI's --wait); none by default. */
  readonly maxWaitMs?: number;
}

// memories.ai processes a short clip in seconds and a long video in minutes: asking after 2 s,
// then ever less often up to once a minute, finds both soon without spending its one request a
// second on waiting.
export const DEFAULT_READY_SCHEDULE: ReadySchedule = { firstMs: 2_000, maxMs: 60_000 };

export interface ReadyWatchDeps {
  check(item: ProcessingItem, signal: AbortSignal): Promise<StatusAnswer>;
  ready(item: ProcessingItem): void;
  failed(item: ProcessingItem, error: UploadErrorInfo): void;
  readonly schedule: ReadySchedule;
  /**
   * Whether the computer is online (the app's). Offline, nothing is asked, and a check that
   * failed as the connection went is no verdict: an upload the provider has is not "failed"
   * because this computer could not ask about it (nor because a proxy was out of reach then).
   */
  readonly online?: OnlineSignal | undefined;
}

/** What checking a queue item needs: the key that made the upload, its provider's region, address and pace, as the queue has them. */
export interface ItemCheckDeps extends KeySources {
  settings(): { regions: Readonly<Partial<Record<ProviderId, string>>> };
  baseUrl?(provider: ProviderId): string | undefined;
  readonly timeouts?: Partial<Timeouts>;
  readonly pacer: ProviderPacer;
  readonly online?: OnlineSignal | undefined;
}

/** Asks the item's provider about it, as a background request (it gives way to uploads). */
export function itemCheck(deps: ItemCheckDeps): ReadyWatchDeps['check'] {
  return async (item, signal) => {
    const baseUrl = deps.baseUrl?.(item.provider);
    // The key that made the upload: only its account can see the asset (KEY_REMOVED where it is gone).
    const key = await queueKeys(deps).forEarlierUpload(item.provider, usedKeyOf(item.key), item.name);
    return checkStatus({
      provider: item.provider, assetId: item.result.assetId ?? '', key: key?.key,
      region: deps.settings().regions[item.provider], signal, pacer: deps.pacer, priority: 'background',
      ...(baseUrl !== undefined && { baseUrl }),
      ...(deps.timeouts !== undefined && { timeouts: deps.timeouts }),
    });
  };
}

/**
 * The queue's watch: `settled` gets the item as it is now in the queue, ready or failed. Only an
 * item still processing moves on: one removed, or retried meanwhile, is left alone.
 */
export function queueReadyWatch(schedule: ReadySchedule, deps: ItemCheckDeps, get: (id: string) => QueueItem | undefined, settled: (item: ProcessedItem) => void): ReadyWatch {
  const settle = (id: string, next: (item: ProcessingItem) => ProcessedItem): void => {
    const item = get(id);
    if (item !== undefined && isProcessing(item)) settled(next(item));
  };
  return new ReadyWatch({
    schedule,
    online: deps.online,
    check: itemCheck(deps),
    ready: (item) => settle(item.id, (current) => toReady(current, Date.now())),
    failed: (item, error) => settle(item.id, (current) => toFailed(current, error, Date.now())),
  });
}

export class ReadyWatch {
  readonly #deps: ReadyWatchDeps;
  readonly #watching = new Map<string, AbortController>();
  #idle: (() => void)[] = [];

  constructor(deps: ReadyWatchDeps) {
    this.#deps = deps;
  }

  /** Items being watched. */
  get size(): number {
    return this.#watching.size;
  }

  watch(item: ProcessingItem): void {
    if (this.#watching.has(item.id)) return;
    const controller = new AbortController();
    this.#watching.set(item.id, controller);
    void this.#loop(item, controller.signal).finally(() => {
      if (this.#watching.get(item.id) === controller) this.#watching.delete(item.id);
      this.#wake();
    });
  }

  stop(id: string): void {
    this.#watching.get(id)?.abort();
    this.#watching.delete(id);
    this.#wake();
  }

  /** Resolves once nothing is watched: every item ready, failed, or no longer watched. */
  whenIdle(): Promise<void> {
    return this.#watching.size === 0 ? Promise.resolve() : new Promise((resolve) => this.#idle.push(resolve));
  }

  #wake(): void {
    if (this.#watching.size > 0) return;
    const waiting = this.#idle;
    this.#idle = [];
    for (const resolve of waiting) resolve();
  }

  stopAll(): void {
    for (const id of [...this.#watching.keys()]) this.stop(id);
  }

  async #loop(item: ProcessingItem, signal: AbortSignal): Promise<void> {
    const { schedule } = this.#deps;
    const name = PROVIDERS[item.provider].name;
    const started = Date.now();
    for (let delay = schedule.firstMs; ; delay = Math.min(schedule.maxMs, delay * 2)) {
      try {
        await sleep(delay, signal);
        // Offline: asked once the connection is back, at once rather than after a grown delay.
        if (this.#deps.online !== undefined) await whenOnline(this.#deps.online, signal);
        const status = await this.#deps.check(item, signal);
        if (signal.aborted) return;
        if (status.readiness === 'ready') return this.#deps.ready(item);
        if (status.readiness === 'failed') {
          const error = UploadError.of('PROVIDER_ERROR', name, { file: item.name, ...(status.detail !== undefined && { detail: status.detail }) });
          return this.#deps.failed(item, error.toInfo());
        }
      } catch (caught) {
        if (signal.aborted) return;
        // A lasting refusal (a key removed, an answer that cannot be read) will not pass by waiting;
        // nothing that failed while the computer went offline is one.
        const offline = this.#deps.online?.online === false;
        if (!offline && caught instanceof UploadError && !isRetryable(caught)) return this.#deps.failed(item, caught.toInfo());
      }
      if (schedule.maxWaitMs !== undefined && Date.now() - started >= schedule.maxWaitMs) {
        const error = UploadError.of('TIMEOUT', name, { file: item.name, variant: 'processing', seconds: schedule.maxWaitMs / 1000 });
        return this.#deps.failed(item, error.toInfo());
      }
    }
  }
}
