// Keeps the tray's state (tray-view.ts) up to date from the core: the batch from the queue's
// patches (read as the taskbar reads it, batch-progress.ts), pausing from the queue, the recent
// results from the history. No Electron: `show` is the tray's, or a test's.

import type { HistoryStore } from '../../core/history/history-store.ts';
import type { UploadQueue } from '../../core/queue/upload-queue.ts';
import { BatchProgress } from './batch-progress.ts';
import { recentResults, type TrayState } from './tray-view.ts';

export interface TrayFeed {
  /** The history changed (an upload recorded, an entry removed): the recent results are read again. */
  historyChanged(): void;
  /** The version offered for "Restart to update", or undefined when none is (electron/main/update/). */
  updateOffered(version: string | undefined): void;
  stop(): void;
}

// The recent results are the newest successes; a page this long finds them past a run of failures.
const HISTORY_PAGE = 50;

export function feedTray(
  queue: Pick<UploadQueue, 'subscribe' | 'on' | 'off' | 'paused' | 'snapshot'>,
  history: Pick<HistoryStore, 'search'>,
  show: (state: TrayState) => void,
): TrayFeed {
  const progress = new BatchProgress();
  progress.update(queue.snapshot().items);
  let recent = recentResults(history.search('', { offset: 0, limit: HISTORY_PAGE }).entries);
  let update: string | undefined;
  const push = (): void => show({ batch: progress.state, paused: queue.paused, recent, update });
  const unsubscribe = queue.subscribe((patch) => {
    progress.update(patch.items, patch.removed);
    push();
  });
  queue.on('paused', push);
  push();
  return {
    historyChanged() {
      recent = recentResults(history.search('', { offset: 0, limit: HISTORY_PAGE }).entries);
      push();
    },
    updateOffered(version) {
      if (version === update) return;
      update = version;
      push();
    },
    stop() {
      unsubscribe();
      queue.off('paused', push);
    },
  };
}
