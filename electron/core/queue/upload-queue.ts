// The queue both the app and the CLI run: files wait, start within a concurrency limit and a
// per-provider pace, report progress, and end done, failed or cancelled. Items move from state
// to state only through shared/queue-transitions.ts. Every outcome is announced ('finished'),
// which is how the history records it (history-recorder.ts). State is plain immutable items so
// a snapshot can be sent to the window at any time. In the app, every change of state (not
// progress) also goes to a journal that keeps the list across restarts (queue-store.ts), and a
// list restored from it is given back through restore(). What happens to one file while it
// runs is in queue-run.ts.

import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { BatchSummary } from '../../../shared/batch-progress.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { toCancelled, toWaiting, toReused, withOffline, withConversion, withEarlier } from '../../../shared/queue-transitions.ts';
import {
  canRestart, isClearable, isProcessing, isStarted, type AddResult, type EarlierUpload, type FinishedItem, type ProcessedItem, type QueueItem, type QueuePatch, type WaitingItem,
} from '../../../shared/queue-types.ts';
import { primaryEdit, providerEdit, providersEdit, removalEdit, type ListEdit } from './provider-group-edits.ts';
import { QueueChecks, type CheckingAdd } from './queue-checks.ts';
import { processPacer, type ProviderPacer } from '../sending/provider-pacer.ts';
import { QueueBatch } from './queue-batch.ts';
import { QueueBroadcast } from './queue-broadcast.ts';
import type { QueueDeps } from './queue-send.ts';
import { runQueued } from './queue-run.ts';
import { DEFAULT_READY_SCHEDULE, queueReadyWatch, type ReadyWatch } from './ready-watch.ts';

// The window repaints progress about 10 times a second: smooth to the eye, cheap over IPC.
export const DEFAULT_BROADCAST_MS = 100;

export class UploadQueue extends EventEmitter<{ settled: [BatchSummary]; finished: [FinishedItem]; processed: [ProcessedItem]; paused: [boolean] }> {
  readonly #deps: QueueDeps;
  readonly #items = new Map<string, QueueItem>();
  readonly #running = new Map<string, AbortController>();
  /** Started and not yet running, in the order they were started: the next to run is first. */
  readonly #waiting = new Set<string>();
  readonly #pacer: ProviderPacer;
  readonly #broadcast = new QueueBroadcast((id) => this.#items.get(id));
  readonly #batch = new QueueBatch();
  readonly #checks = new QueueChecks({ get: (id) => this.#items.get(id), set: (item) => this.#set(item), remove: (id) => this.remove(id), start: (ids) => this.start(ids), flush: () => this.#broadcast.flush() });
  #paused = false;
  readonly #ready: ReadyWatch | undefined;

  constructor(deps: QueueDeps) {
    super();
    this.#deps = deps;
    this.#pacer = deps.pacer ?? processPacer;
    const emitProcessed = (processed: ProcessedItem): void => {
      this.#set(processed);
      this.emit('processed', processed);
    };
    const schedule = { ...DEFAULT_READY_SCHEDULE, ...deps.readyChecks };
    this.#ready = deps.readyChecks === false ? undefined : queueReadyWatch(schedule, { ...deps, pacer: this.#pacer }, (id) => this.#items.get(id), emitProcessed);
    // Never stopped: the signal lives as long as the queue, in the app and in a test alike.
    deps.online?.onChange((online) => this.#connectionChanged(online));
  }

  /** Waiting files say whether they wait for the connection; back online, they start. */
  #connectionChanged(online: boolean): void {
    for (const id of this.#waiting) {
      const item = this.#items.get(id);
      if (item?.status === 'waiting') this.#tick(withOffline(item, !online));
    }
    this.#pump();
  }

  /**
   * Puts back a list saved by an earlier run (queue-restore.ts), before anything is added. Its
   * items are at rest (restoredItem starts nothing), and new batches are numbered after theirs.
   */
  restore(items: readonly QueueItem[]): void {
    if (this.#items.size > 0) throw new Error('A saved list can only be restored into an empty queue.');
    for (const item of items) {
      this.#items.set(item.id, item);
      this.#broadcast.changed(item.id);
      if (isStarted(item)) this.#batch.restored(item.batch);
      if (isProcessing(item)) this.#ready?.watch(item);
    }
  }

  /** True while no new upload starts (the tray's "Pause uploads"); uploads already running go on. */
  get paused(): boolean {
    return this.#paused;
  }

  /**
   * Stops starting uploads: files started wait, and uploads already running finish, since
   * stopping one midway would throw away what was sent (no provider here resumes an upload).
   */
  pause(): void {
    if (this.#paused) return;
    this.#paused = true;
    this.emit('paused', true);
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    this.emit('paused', false);
    this.#pump();
  }

  /** To one provider or several (an item each, grouped: provider-group-edits.ts). `retried`: another try (History's Retry), see ItemFacts.retried. `keyName`: one of the first provider's keys; its default when absent. */
  /** Adds the files, resolving once each was looked at; addChecking: rows at once, "Checking…" (queue-checks.ts). */
  add(paths: readonly string[], provider: ProviderId | readonly ProviderId[], options: { start?: boolean; retried?: boolean; keyName?: string } = {}): Promise<AddResult> {
    return this.#checks.add(paths, provider, options);
  }

  addChecking(paths: readonly string[], provider: ProviderId | readonly ProviderId[], options: { retried?: boolean; keyName?: string } = {}): Promise<CheckingAdd> {
    return this.#checks.addChecking(paths, provider, options);
  }

  /** Moves items at rest to `provider` (and `keyName` of its keys; null: its default), except where their file already goes there too. */
  setProvider(ids: readonly string[], provider: ProviderId, keyName?: string | null): void {
    this.#apply(providerEdit(this.#items.values(), ids, provider, keyName));
  }

  /** "Send to" with several: the files of `ids` go to exactly these providers, the first chosen their primary. */
  setProviders(ids: readonly string[], providers: readonly ProviderId[]): void {
    this.#apply(providersEdit(this.#items.values(), ids, providers, randomUUID));
  }

  /** Which of its file's providers "Copy link" copies. */
  setPrimary(id: string): void {
    this.#apply(primaryEdit(this.#items.values(), id));
  }

  /**
   * Marks items to be converted where their provider refuses their format ("Convert and upload",
   * --convert): their refusal lifts where a conversion exists. Starting them is a separate step.
   */
  convert(ids: readonly string[]): void {
    for (const id of ids) {
      const item = this.#items.get(id);
      if (item !== undefined && canRestart(item) && item.convert !== true) this.#set(withConversion(item));
    }
  }

  /**
   * Offers an earlier upload of the same bytes on a file not started yet ("Already uploaded?",
   * electron/main/app/earlier-offers.ts), or withdraws the offer (`undefined`: "Upload again").
   */
  offerEarlier(id: string, earlier: EarlierUpload | undefined): void {
    const item = this.#items.get(id);
    if (item?.status === 'idle' && item.earlier !== earlier) this.#set(withEarlier(item, earlier));
  }

  /**
   * Uses the offered earlier upload's link instead of sending the file: done at once, in the
   * current batch, with nothing sent and no history entry of its own (the earlier one stands).
   * False when the file has no offer (any more).
   */
  useEarlier(id: string): boolean {
    const item = this.#items.get(id);
    if (item?.status !== 'idle' || item.earlier === undefined) return false;
    this.#set(toReused(item, item.earlier, this.#batch.number, Date.now()));
    return true;
  }

  /** Starts the given items, or every item not yet started. Items the provider would refuse stay put. */
  start(ids?: readonly string[]): void {
    const chosen = ids === undefined ? [...this.#items.values()].filter((i) => i.status === 'idle') : ids.map((id) => this.#items.get(id));
    for (const item of chosen) {
      if (item === undefined || !canRestart(item) || item.problem !== undefined || this.#checks.deferStart(item)) continue;
      this.#set(withOffline(toWaiting(item, this.#batch.join()), this.#deps.online?.online === false));
      this.#waiting.add(item.id);
    }
    this.#pump();
  }

  retry(id: string): void {
    this.start([id]);
  }

  cancel(id: string): void {
    const running = this.#running.get(id);
    if (running !== undefined) running.abort();
    else if (this.#cancelWaiting(id)) this.#pump();
  }

  /**
   * Cancels everything waiting or uploading: quitting the app, Ctrl-C in the terminal. Uploads
   * the provider is processing stay so, and are no longer checked (a restart checks again).
   */
  cancelAll(): void {
    this.#ready?.stopAll();
    for (const id of [...this.#waiting]) this.#cancelWaiting(id);
    for (const running of this.#running.values()) running.abort();
    this.#pump();
  }

  remove(id: string): void {
    this.#apply(removalEdit(this.#items, [id]));
  }

  clearFinished(): void {
    this.#apply(removalEdit(this.#items, [...this.#items.values()].filter(isClearable).map((item) => item.id)));
  }

  #drop(id: string): void {
    this.#running.get(id)?.abort();
    this.#ready?.stop(id);
    if (this.#items.delete(id)) {
      this.#broadcast.removed(id);
      this.#deps.journal?.removed(id);
    }
    if (this.#waiting.delete(id)) this.#pump(); // the batch ends if its last file went while waiting (offline, paused)
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

  /** Resolves once no upload is being checked for readiness any more: each ready, failed or no longer checked. */
  async whenProcessed(): Promise<void> {
    await this.#ready?.whenIdle();
  }

  /** Resolves once nothing is waiting or uploading, with how the batch went. */
  async whenSettled(): Promise<BatchSummary> {
    return this.#batch.active ? await new Promise<BatchSummary>((resolve) => this.once('settled', resolve)) : this.#batch.summary;
  }

  /** A change of state: shown, and kept by the journal. */
  #set(item: QueueItem): void {
    this.#items.set(item.id, item);
    this.#broadcast.changed(item.id);
    if (item.checking !== true) this.#deps.journal?.saved(item); // kept once looked at (queue-checks.ts)
  }

  #apply(edit: ListEdit): void {
    for (const id of edit.removed) this.#drop(id);
    for (const item of edit.set) this.#set(item);
  }

  /** Progress or a retry's attempt number: shown only, since a restart makes it moot. */
  #tick(item: QueueItem): void {
    this.#items.set(item.id, item);
    this.#broadcast.changed(item.id);
  }

  /** True when the item was waiting, and is now cancelled. */
  #cancelWaiting(id: string): boolean {
    if (!this.#waiting.delete(id)) return false;
    const item = this.#items.get(id);
    if (item?.status === 'waiting') this.#finish(toCancelled(item, Date.now()));
    return true;
  }

  #pump(): void {
    // Offline, nothing starts: a file that started would only fail, or hold a slot to wait.
    const limit = this.#paused || this.#deps.online?.online === false ? 0 : Math.max(1, this.#deps.settings().concurrency);
    for (const id of this.#waiting) {
      if (this.#running.size >= limit) break;
      this.#waiting.delete(id);
      const item = this.#items.get(id);
      if (item?.status === 'waiting') void this.#run(item);
    }
    const settled = this.#running.size === 0 && this.#waiting.size === 0 ? this.#batch.settle() : undefined;
    if (settled !== undefined) {
      this.#broadcast.flush();
      this.emit('settled', settled);
    }
  }

  async #run(queued: WaitingItem): Promise<void> {
    const controller = new AbortController();
    this.#running.set(queued.id, controller);
    try {
      await runQueued(this.#deps, this.#pacer, queued, controller.signal, {
        saved: (item) => this.#set(item),
        listed: () => this.#items.has(queued.id),
        shown: (item) => {
          if (this.#items.has(item.id)) this.#tick(item);
        },
        processing: (item) => this.#ready?.watch(item),
        finished: (item) => this.#finish(item),
      });
    } finally {
      this.#running.delete(queued.id);
      this.#pump();
    }
  }

  #finish(item: FinishedItem): void {
    if (this.#items.has(item.id)) this.#set(item);
    // The provider has a file it still processes: for the batch, it is uploaded.
    this.#batch.count(item.status === 'processing' ? 'done' : item.status);
    this.emit('finished', item);
  }
}
