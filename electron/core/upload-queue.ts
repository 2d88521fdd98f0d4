// The queue both the app and the CLI run: files wait, start within a concurrency limit and a
// per-provider pace, report progress, and end done, failed or cancelled. Every outcome but a
// cancel is written to the history (a write that fails is reported as 'history-error').
// State is plain immutable items so a snapshot can be sent to the window at any time.

import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { HistoryEntry } from '../../shared/history-types.ts';
import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import { providerCaution, providerRefusal } from '../../shared/provider-rules.ts';
import type { AddResult, QueueItem, QueuePatch } from '../../shared/queue-types.ts';
import { expandPaths } from './expand-paths.ts';
import { inspectAll } from './inspect-all.ts';
import { ProviderPacer } from './provider-pacer.ts';
import { QueueBroadcast } from './queue-broadcast.ts';
import type { RetryPolicy } from './retry-policy.ts';
import type { Timeouts } from './upload-attempt.ts';
import { UploadError } from './upload-error.ts';
import { uploadFile } from './upload-file.ts';

export interface QueueDeps {
  getKey(provider: ProviderId): Promise<string | undefined>;
  /** `regions`: per provider with regions, the chosen region's id (shared/providers.ts). */
  settings(): { concurrency: number; regions: Readonly<Partial<Record<ProviderId, string>>> };
  baseUrl?(provider: ProviderId): string | undefined;
  history?: { append(entry: Omit<HistoryEntry, 'id' | 'at'>): Promise<unknown> };
  source: 'app' | 'cli';
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<Timeouts>;
}

export interface SettledSummary {
  readonly done: number;
  readonly failed: number;
  readonly cancelled: number;
}

// The window repaints progress about 10 times a second: smooth to the eye, cheap over IPC.
export const DEFAULT_BROADCAST_MS = 100;

export class UploadQueue extends EventEmitter<{ settled: [SettledSummary]; finished: [QueueItem]; 'history-error': [QueueItem, unknown] }> {
  readonly #deps: QueueDeps;
  readonly #items = new Map<string, QueueItem>();
  readonly #running = new Map<string, AbortController>();
  /** Started and not yet running, in the order they were started: the next to run is first. */
  readonly #waiting = new Set<string>();
  readonly #pacer = new ProviderPacer();
  readonly #recording = new Set<Promise<void>>();
  readonly #broadcast = new QueueBroadcast((id) => this.#items.get(id));
  #batch: SettledSummary = { done: 0, failed: 0, cancelled: 0 };
  #batchActive = false;

  constructor(deps: QueueDeps) {
    super();
    this.#deps = deps;
  }

  async add(paths: readonly string[], provider: ProviderId, options: { start?: boolean } = {}): Promise<AddResult> {
    const { files, refused } = await expandPaths(paths);
    const inspected = await inspectAll(files, PROVIDERS[provider].name, refused);
    const now = Date.now();
    const ids: string[] = [];
    for (const file of inspected) {
      const item = this.#withProvider(
        { id: randomUUID(), path: file.path, name: file.name, size: file.size, mtimeMs: file.mtimeMs, ...(file.formatId !== undefined && { formatId: file.formatId }), provider, status: 'idle', attempt: 0, addedAt: now },
        provider,
      );
      ids.push(item.id);
      this.#set(item);
    }
    if (options.start === true) this.start(ids);
    return { added: ids, refused };
  }

  setProvider(ids: readonly string[], provider: ProviderId): void {
    for (const id of ids) {
      const item = this.#items.get(id);
      if (item !== undefined && (item.status === 'idle' || item.status === 'failed' || item.status === 'cancelled')) this.#set(this.#withProvider(item, provider));
    }
  }

  /** Starts the given items, or every item not yet started. Items the provider would refuse stay put. */
  start(ids?: readonly string[]): void {
    const chosen = ids === undefined ? [...this.#items.values()].filter((i) => i.status === 'idle') : ids.map((id) => this.#items.get(id));
    for (const item of chosen) {
      if (item === undefined || item.problem !== undefined) continue;
      if (item.status === 'idle' || item.status === 'failed' || item.status === 'cancelled') this.#toWaiting(item);
    }
    this.#pump();
  }

  retry(id: string): void {
    this.start([id]);
  }

  cancel(id: string): void {
    const item = this.#items.get(id);
    if (item === undefined) return;
    const running = this.#running.get(id);
    if (running !== undefined) running.abort();
    else if (this.#waiting.delete(id)) {
      this.#finish(item, { status: 'cancelled' });
      this.#pump();
    }
  }

  remove(id: string): void {
    this.#running.get(id)?.abort();
    this.#waiting.delete(id);
    if (this.#items.delete(id)) this.#broadcast.removed(id);
  }

  clearFinished(): void {
    for (const item of [...this.#items.values()]) if (item.status === 'done' || item.status === 'cancelled') this.remove(item.id);
  }

  get(id: string): QueueItem | undefined {
    return this.#items.get(id);
  }

  snapshot(): QueuePatch {
    return { items: [...this.#items.values()], removed: [], full: true };
  }

  subscribe(listener: (patch: QueuePatch) => void, intervalMs = DEFAULT_BROADCAST_MS): () => void {
    return this.#broadcast.subscribe(listener, intervalMs);
  }

  /** Resolves once nothing is waiting or uploading and every outcome is in the history. */
  async whenSettled(): Promise<SettledSummary> {
    const summary = this.#batchActive ? await new Promise<SettledSummary>((resolve) => this.once('settled', resolve)) : this.#batch;
    await Promise.all(this.#recording);
    return summary;
  }

  #withProvider(item: QueueItem, provider: ProviderId): QueueItem {
    const info = PROVIDERS[provider];
    const problem = providerRefusal(info, { name: item.name, size: item.size, formatId: item.formatId });
    const caution = providerCaution(info, item.size);
    const { problem: _p, caution: _c, ...rest } = item;
    return { ...rest, provider, ...(problem !== undefined && { problem }), ...(caution !== undefined && { caution }) };
  }

  #set(item: QueueItem): void {
    this.#items.set(item.id, item);
    this.#broadcast.changed(item.id);
  }

  #toWaiting(item: QueueItem): void {
    if (!this.#batchActive) {
      this.#batchActive = true;
      this.#batch = { done: 0, failed: 0, cancelled: 0 };
    }
    const { error: _e, result: _r, progress: _p, finishedAt: _f, ...rest } = item;
    this.#set({ ...rest, status: 'waiting', attempt: 0 });
    this.#waiting.add(item.id);
  }

  #pump(): void {
    const limit = Math.max(1, this.#deps.settings().concurrency);
    for (const id of this.#waiting) {
      if (this.#running.size >= limit) break;
      this.#waiting.delete(id);
      const item = this.#items.get(id);
      if (item !== undefined) void this.#run(item);
    }
    if (this.#running.size === 0 && this.#waiting.size === 0 && this.#batchActive) {
      this.#batchActive = false;
      this.#broadcast.flush();
      this.emit('settled', this.#batch);
    }
  }

  async #run(queued: QueueItem): Promise<void> {
    const controller = new AbortController();
    this.#running.set(queued.id, controller);
    const name = PROVIDERS[queued.provider].name;
    const update = (change: Partial<QueueItem>): void => {
      const current = this.#items.get(queued.id);
      if (current !== undefined) this.#set({ ...current, ...change });
    };
    try {
      update({ status: 'uploading', attempt: 1, progress: { sent: 0, total: queued.size, speed: 0 } });
      await this.#pacer.wait(queued.provider, controller.signal).catch(() => {
        throw UploadError.of('CANCELLED', name);
      });
      const key = await this.#deps.getKey(queued.provider);
      const baseUrl = this.#deps.baseUrl?.(queued.provider);
      const outcome = await uploadFile({
        path: queued.path,
        provider: queued.provider,
        key,
        region: this.#deps.settings().regions[queued.provider],
        signal: controller.signal,
        expected: { size: queued.size, mtimeMs: queued.mtimeMs, ...(queued.formatId !== undefined && { formatId: queued.formatId }) },
        ...(baseUrl !== undefined && { baseUrl }),
        ...(this.#deps.retry !== undefined && { retry: this.#deps.retry }),
        ...(this.#deps.timeouts !== undefined && { timeouts: this.#deps.timeouts }),
        onProgress: (p) => update({ progress: { sent: p.sent, total: p.total, speed: p.speed, ...(p.etaSeconds !== undefined && { etaSeconds: p.etaSeconds }) } }),
        onRetry: (attempt) => update({ attempt }),
      });
      const result = { ...(outcome.url !== undefined && { url: outcome.url }), ...(outcome.assetId !== undefined && { assetId: outcome.assetId }), ...(outcome.expiresAt !== undefined && { expiresAt: outcome.expiresAt }) };
      this.#finish(this.#items.get(queued.id) ?? queued, { status: 'done', result });
    } catch (caught) {
      const error = caught instanceof UploadError ? caught : UploadError.of('NETWORK', name, { cause: caught });
      const current = this.#items.get(queued.id) ?? queued;
      this.#finish(current, error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error: error.toInfo() });
    } finally {
      this.#running.delete(queued.id);
      this.#pump();
    }
  }

  #finish(item: QueueItem, outcome: Pick<QueueItem, 'status' | 'result' | 'error'>): void {
    const finished: QueueItem = { ...item, ...outcome, finishedAt: Date.now() };
    if (this.#items.has(item.id)) this.#set(finished);
    const key = outcome.status as 'done' | 'failed' | 'cancelled';
    this.#batch = { ...this.#batch, [key]: this.#batch[key] + 1 };
    if (outcome.status !== 'cancelled') this.#record(finished);
    this.emit('finished', finished);
  }

  /**
   * Writes the outcome to the history without holding the upload slot: an fsync per file
   * would otherwise pace a batch of small files. whenSettled() waits for these writes.
   */
  #record(item: QueueItem): void {
    const history = this.#deps.history;
    if (history === undefined) return;
    const written = history
      .append({
        name: item.name, path: item.path, size: item.size, provider: item.provider, ok: item.status === 'done', source: this.#deps.source,
        ...item.result,
        ...(item.error !== undefined && { errorCode: item.error.code, errorMessage: item.error.message }),
      })
      .then(
        () => undefined,
        (error: unknown) => void this.emit('history-error', item, error),
      );
    this.#recording.add(written);
    void written.finally(() => this.#recording.delete(written));
  }

}
