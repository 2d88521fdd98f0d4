// "The batch": the files started while the queue was busy, from a start while nothing ran until
// nothing runs again. The engine numbers batches on the items (shared/queue-types.ts `batch`);
// this reads them. It is the one definition behind the taskbar or dock (electron/main/desktop/
// batch-progress.ts), the window's overall bar (renderer/src/store/queue-selectors.ts) and the
// terminal's overall line (electron/cli/progress-view.ts), so the three cannot disagree: after
// a large batch has finished, a new small upload starts at 0 % everywhere.

import { hasResult, isActive, isStarted, type QueueItem } from './queue-types.ts';

/** How a batch ended: what the notification says and whenSettled() resolves to. */
export interface BatchSummary {
  readonly done: number;
  readonly failed: number;
  readonly cancelled: number;
}

export interface BatchState {
  /** True while anything is waiting or uploading. */
  readonly active: boolean;
  /** Files of the batch that count towards it (waiting, uploading or done) and how many are done. */
  readonly files: number;
  readonly finishedFiles: number;
  readonly sentBytes: number;
  readonly totalBytes: number;
  /** 0..1 */
  readonly fraction: number;
  readonly bytesPerSecond: number;
  readonly etaSeconds: number | undefined;
}

/**
 * The latest batch (the running one, if any). Failed and cancelled files leave its totals, so
 * the bar reaches its end when the rest are done; done files count in full, so it never moves
 * backwards as files finish.
 */
export function batchProgress(items: Iterable<QueueItem>): BatchState {
  const started = Array.from(items).filter(isStarted);
  const latest = started.reduce((last, item) => Math.max(last, item.batch), 0);
  let active = false;
  let files = 0;
  let finishedFiles = 0;
  let sentBytes = 0;
  let totalBytes = 0;
  let bytesPerSecond = 0;
  for (const item of started) {
    if (item.batch !== latest) continue;
    if (isActive(item)) {
      active = true;
      files += 1;
      totalBytes += item.size;
      if (item.status === 'uploading') {
        sentBytes += Math.min(item.progress.sent, item.size);
        bytesPerSecond += item.progress.speed;
      }
    } else if (hasResult(item)) {
      files += 1;
      finishedFiles += 1;
      totalBytes += item.size;
      sentBytes += item.size;
    }
  }
  const fraction = totalBytes > 0 ? sentBytes / totalBytes : 0;
  const etaSeconds = active && bytesPerSecond > 0 ? (totalBytes - sentBytes) / bytesPerSecond : undefined;
  return { active, files, finishedFiles, sentBytes, totalBytes, fraction, bytesPerSecond, etaSeconds };
}
