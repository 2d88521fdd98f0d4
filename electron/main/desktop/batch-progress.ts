// The one number the taskbar or dock shows while a batch uploads, the sentence the system
// notification says when it ends, and the question asked before quitting mid-batch. Pure, so
// it is tested without a desktop.

import { batchProgress, type BatchState, type BatchSummary } from '../../../shared/batch-progress.ts';
import { isActive, type QueueItem } from '../../../shared/queue-types.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { englishT } from '../../../shared/i18n/english.ts';

/**
 * Keeps the queue as its patches describe it and reads the batch from it the way the window
 * does (shared/batch-progress.ts), so the taskbar and the window's bar always agree.
 */
export class BatchProgress {
  readonly #items = new Map<string, QueueItem>();
  #state: BatchState = batchProgress([]);

  /** Takes the items a queue patch carries; returns 0..1 while a batch runs, undefined when none does. */
  update(items: readonly QueueItem[], removed: readonly string[] = []): number | undefined {
    for (const id of removed) this.#items.delete(id);
    for (const item of items) this.#items.set(item.id, item);
    const batch = batchProgress(this.#items.values());
    this.#state = batch;
    return batch.active ? batch.fraction : undefined;
  }

  /** The batch as the last update left it (the tray's tooltip reads it). */
  get state(): BatchState {
    return this.#state;
  }
}

/** `t`: main's translator (main-language.ts); English without it. */
export function batchNotice(summary: BatchSummary, t: Translate = englishT()): { title: string; body: string } | undefined {
  const { done, failed, cancelled } = summary;
  if (done + failed === 0) return undefined; // only cancelled: the person did that themselves
  const parts = [t('desktop:batch.uploaded', { count: done })];
  if (failed > 0) parts.push(t('desktop:batch.failed', { count: failed }));
  if (cancelled > 0) parts.push(t('desktop:batch.cancelled', { count: cancelled }));
  const title = t(failed === 0 ? 'desktop:batch.finished' : 'desktop:batch.finishedWithProblems');
  const body = t(failed > 0 ? 'desktop:batch.bodyFailed' : 'desktop:batch.body', { parts: parts.join(t('desktop:batch.separator')) });
  return { title, body };
}

/** What to ask before quitting, or undefined when nothing would be lost. */
export function quitQuestion(items: readonly QueueItem[], t: Translate = englishT()): string | undefined {
  const running = items.filter(isActive).length;
  if (running === 0) return undefined;
  return t('desktop:quit.running', { count: running });
}
