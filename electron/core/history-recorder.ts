// Writes each upload's outcome to the history as the queue announces it: done and failed
// uploads are recorded, cancelled ones are not (the person did that themselves). The queue
// knows nothing of the history; the app and the CLI each attach a recorder to their queue.

import type { HistoryEntry } from '../../shared/history-types.ts';
import type { FinishedItem } from '../../shared/queue-types.ts';
import type { UploadQueue } from './upload-queue.ts';

export interface HistoryAppender {
  append(entry: Omit<HistoryEntry, 'id' | 'at'>): Promise<unknown>;
}

export interface HistoryRecorder {
  /** Resolves once every outcome announced so far is written (or its failure reported). */
  whenWritten(): Promise<void>;
  /** Stops recording further outcomes. */
  stop(): void;
}

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
  const record = (item: FinishedItem): void => {
    if (item.status === 'cancelled') return;
    const written = history
      .append({
        name: item.name, path: item.path, size: item.size, provider: item.provider, ok: item.status === 'done', source,
        ...(item.status === 'done' ? item.result : { errorCode: item.error.code, errorMessage: item.error.message }),
      })
      .then(
        () => undefined,
        (error: unknown) => onError(item, error),
      );
    pending.add(written);
    void written.finally(() => pending.delete(written));
  };
  queue.on('finished', record);
  return {
    whenWritten: async () => {
      await Promise.all(pending);
    },
    stop: () => {
      queue.off('finished', record);
    },
  };
}
