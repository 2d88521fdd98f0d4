// Writes each upload's outcome to the history as the queue announces it: done and failed
// uploads are recorded, cancelled ones are not (the person did that themselves), except the
// uploads that quitting the app stopped: the person did not stop those one by one, and the
// history is where they will look for what became of them. (The app's list keeps them too, as
// interrupted: queue-store.ts.) A file still waiting for its turn when the app quit was never
// sent, so it is no upload to record: it comes back in the list as not started. The queue
// knows nothing of the history; the app and the CLI each attach a recorder to their queue.
//
// An upload the provider still processes is recorded when its bytes are in; when the provider
// then says it is ready, its entry gets `readyAt` (an amendment, history-store.ts); when it fails
// there, that failure is recorded as an attempt of its own, like any failed upload.

import type { HistoryAmendment, HistoryEntry } from '../../../shared/history-types.ts';
import { usedKeyOf } from '../../../shared/key-names.ts';
import { hasResult, type FinishedItem, type ProcessedItem } from '../../../shared/queue-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import type { UploadQueue } from '../queue/upload-queue.ts';

export interface HistoryAppender {
  append(entry: Omit<HistoryEntry, 'id' | 'at'>): Promise<unknown>;
  /** Adds what happened later to an entry (HistoryStore.amend); without it, readiness is not recorded. */
  amend?(id: string, amendment: HistoryAmendment): Promise<unknown>;
  /** Every entry known, newest first (HistoryStore.all): how an upload restored from an earlier run is found. */
  all?(): readonly HistoryEntry[];
}

export interface HistoryRecorder {
  /** Resolves once every outcome announced so far is written (or its failure reported). */
  whenWritten(): Promise<void>;
  /** From now on, cancels are uploads stopped by quitting, and are recorded as such. */
  recordStops(): void;
  /** Stops recording further outcomes. */
  stop(): void;
}

/** What the history says of an upload that quitting the app stopped. */
export const STOPPED_BY_QUIT = 'Media Uploader was closed while this file was uploading, so it stopped. It is back in the upload list as interrupted: press Retry there to upload it again.';

/**
 * Records `queue`'s outcomes in `history`. A write that fails goes to `onError`: the outcome
 * stays in the queue, only the record is missing. Writes do not hold the upload slot: an fsync
 * per file would otherwise pace a batch of small files.
 */
export function recordHistory(
  queue: UploadQueue,
  history: HistoryAppender,
  source: HistoryEntry['source'],
  onError: (item: FinishedItem, error: unknown) => void,
): HistoryRecorder {
  const pending = new Set<Promise<void>>();
  /** The entry each upload the provider still processes was recorded as, by queue item. */
  const entries = new Map<string, Promise<string | undefined>>();
  let quitting = false;
  const track = (written: Promise<void>): void => {
    pending.add(written);
    void written.finally(() => pending.delete(written));
  };
  const outcome = (item: FinishedItem): Partial<HistoryEntry> => {
    if (hasResult(item)) return item.result;
    if (item.status === 'failed') return { errorCode: item.error.code, errorMessage: item.error.message, ...(item.error.values !== undefined && { errorValues: item.error.values }) };
    return { errorCode: 'CANCELLED', errorMessage: STOPPED_BY_QUIT, errorValues: { provider: PROVIDERS[item.provider].name, variant: 'quit' } };
  };
  const record = (item: FinishedItem): void => {
    if (item.status === 'cancelled' && (!quitting || item.attempt === 0)) return;
    const used = usedKeyOf(item.key);
    const appended = history.append({
      name: item.name, path: item.path, size: item.size, provider: item.provider, ok: hasResult(item), source,
      ...(used !== undefined && { keyName: used.name, keyId: used.id }),
      ...outcome(item),
    });
    if (item.status === 'processing') entries.set(item.id, appended.then(idOf, () => undefined));
    track(appended.then(
      () => undefined,
      (error: unknown) => onError(item, error),
    ));
  };
  const processed = (item: ProcessedItem): void => {
    const recorded = entries.get(item.id);
    entries.delete(item.id);
    if (item.status === 'failed') return record(item);
    if (history.amend === undefined) return;
    const amend = history.amend.bind(history);
    const assetId = item.result.assetId;
    track((async () => {
      const id = (await recorded) ?? history.all?.().find((e) => e.ok && e.provider === item.provider && e.assetId === assetId && assetId !== undefined && e.keyId === item.key?.id)?.id;
      if (id !== undefined) await amend(id, { readyAt: new Date(item.readyAt ?? Date.now()).toISOString() });
    })().catch((error: unknown) => onError(item, error)));
  };
  queue.on('finished', record);
  queue.on('processed', processed);
  return {
    whenWritten: async () => {
      await Promise.all(pending);
    },
    recordStops: () => {
      quitting = true;
    },
    stop: () => {
      queue.off('finished', record);
      queue.off('processed', processed);
    },
  };
}

function idOf(written: unknown): string | undefined {
  const id = written !== null && typeof written === 'object' ? (written as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
