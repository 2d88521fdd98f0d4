// Writes each upload's outcome to the history as the queue announces it: done and failed
// uploads are recorded, cancelled ones are not (the person did that themselves), except the
// uploads that quitting the app stopped: the person did not stop those one by one, and the
// history is where they will look for what became of them. (The app's list keeps them too, as
// interrupted: queue-store.ts.) A file still waiting for its turn when the app quit was never
// sent, so it is no upload to record: it comes back in the list as not started. The queue
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
  let quitting = false;
  const outcome = (item: FinishedItem): Partial<HistoryEntry> => {
    if (item.status === 'done') return item.result;
    if (item.status === 'failed') return { errorCode: item.error.code, errorMessage: item.error.message };
    return { errorCode: 'CANCELLED', errorMessage: STOPPED_BY_QUIT };
  };
  const record = (item: FinishedItem): void => {
    if (item.status === 'cancelled' && (!quitting || item.attempt === 0)) return;
    const written = history
      .append({
        name: item.name, path: item.path, size: item.size, provider: item.provider, ok: item.status === 'done', source,
        ...outcome(item),
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
    recordStops: () => {
      quitting = true;
    },
    stop: () => {
      queue.off('finished', record);
    },
  };
}
