// The one number the taskbar or dock shows while a batch uploads, the sentence the system
// notification says when it ends, and the question asked before quitting mid-batch. Pure, so
// it is tested without a desktop.

import type { QueueItem } from '../../shared/queue-types.ts';

/**
 * Follows the items of the running batch so finished files keep counting: a bar computed
 * from the still-running files alone would jump backwards each time one finished.
 */
export class BatchProgress {
  readonly #batch = new Map<string, QueueItem>();

  /** Takes the items a queue patch carries; returns 0..1 while a batch runs, undefined when none does. */
  update(items: readonly QueueItem[], removed: readonly string[] = []): number | undefined {
    for (const id of removed) this.#batch.delete(id);
    for (const item of items) {
      if (this.#batch.has(item.id) || item.status === 'waiting' || item.status === 'uploading') this.#batch.set(item.id, item);
    }
    let total = 0;
    let sent = 0;
    let running = false;
    for (const item of this.#batch.values()) {
      if (item.status === 'waiting' || item.status === 'uploading') running = true;
      if (item.status === 'failed' || item.status === 'cancelled' || item.status === 'idle') continue;
      total += item.size;
      sent += item.status === 'done' ? item.size : (item.progress?.sent ?? 0);
    }
    if (!running) {
      this.#batch.clear();
      return undefined;
    }
    return total === 0 ? 0 : Math.min(1, sent / total);
  }
}

export interface BatchSummary {
  readonly done: number;
  readonly failed: number;
  readonly cancelled: number;
}

export function batchNotice(summary: BatchSummary): { title: string; body: string } | undefined {
  const { done, failed, cancelled } = summary;
  if (done + failed === 0) return undefined; // only cancelled: the person did that themselves
  const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;
  const parts = [`${files(done)} uploaded`];
  if (failed > 0) parts.push(`${failed} failed`);
  if (cancelled > 0) parts.push(`${cancelled} cancelled`);
  const title = failed === 0 ? 'Uploads finished' : 'Uploads finished with problems';
  const body = `${parts.join(', ')}.${failed > 0 ? ' Open Media Uploader to see why and retry.' : ''}`;
  return { title, body };
}

/** What to ask before quitting, or undefined when nothing would be lost. */
export function quitQuestion(items: readonly QueueItem[]): string | undefined {
  const running = items.filter((i) => i.status === 'uploading' || i.status === 'waiting').length;
  if (running === 0) return undefined;
  return running === 1 ? '1 file is still uploading.' : `${running} files are still uploading.`;
}
