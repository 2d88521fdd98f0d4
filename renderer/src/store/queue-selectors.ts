// What the window derives from the queue. Nothing here is stored: counts, totals and the
// overall progress are computed from the items, once per queue change (memoised on the
// queue's identity, because several components ask for the same numbers).

import type { ProviderId } from '../../../shared/providers.ts';
import { PROVIDER_IDS } from '../../../shared/providers.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import type { AppState } from './app-state.ts';
import type { QueueData } from './queue-patch.ts';

export interface QueueCounts {
  readonly total: number;
  /** Not started and nothing stops them: what "Upload all" starts. */
  readonly ready: number;
  /** Not started, and the chosen provider will refuse them. */
  readonly blocked: number;
  readonly waiting: number;
  readonly uploading: number;
  readonly done: number;
  readonly failed: number;
  readonly cancelled: number;
}

export interface OverallProgress {
  /** True while anything is waiting or uploading. */
  readonly active: boolean;
  /** Files in the running batch (waiting, uploading or done) and how many of those are done. */
  readonly files: number;
  readonly finishedFiles: number;
  readonly sentBytes: number;
  readonly totalBytes: number;
  /** 0..1 */
  readonly fraction: number;
  readonly bytesPerSecond: number;
  readonly etaSeconds: number | undefined;
}

function memoOnQueue<T>(compute: (queue: QueueData) => T): (state: QueueData) => T {
  let lastIds: QueueData['queueIds'] | undefined;
  let lastById: QueueData['queueById'] | undefined;
  let last: T | undefined;
  return (state) => {
    if (state.queueIds !== lastIds || state.queueById !== lastById || last === undefined) {
      lastIds = state.queueIds;
      lastById = state.queueById;
      last = compute(state);
    }
    return last;
  };
}

function* itemsOf(queue: QueueData): Generator<QueueItem> {
  for (const id of queue.queueIds) {
    const item = queue.queueById[id];
    if (item !== undefined) yield item;
  }
}

export const selectQueueCounts = memoOnQueue((queue): QueueCounts => {
  const counts = { total: 0, ready: 0, blocked: 0, waiting: 0, uploading: 0, done: 0, failed: 0, cancelled: 0 };
  for (const item of itemsOf(queue)) {
    counts.total += 1;
    if (item.status === 'idle') {
      if (item.problem === undefined) counts.ready += 1;
      else counts.blocked += 1;
    } else {
      counts[item.status] += 1;
    }
  }
  return counts;
});

export const selectOverallProgress = memoOnQueue((queue): OverallProgress => {
  let files = 0;
  let finishedFiles = 0;
  let sentBytes = 0;
  let totalBytes = 0;
  let bytesPerSecond = 0;
  let active = false;
  for (const item of itemsOf(queue)) {
    if (item.status !== 'waiting' && item.status !== 'uploading' && item.status !== 'done') continue;
    files += 1;
    totalBytes += item.size;
    if (item.status === 'done') {
      finishedFiles += 1;
      sentBytes += item.size;
    } else {
      active = true;
      sentBytes += Math.min(item.progress?.sent ?? 0, item.size);
      bytesPerSecond += item.progress?.speed ?? 0;
    }
  }
  const fraction = totalBytes > 0 ? sentBytes / totalBytes : 0;
  const etaSeconds = active && bytesPerSecond > 0 ? (totalBytes - sentBytes) / bytesPerSecond : undefined;
  return { active, files, finishedFiles, sentBytes, totalBytes, fraction, bytesPerSecond, etaSeconds };
});

/** Something was queued and nothing is left to start, wait for or upload. */
export function selectAllFinished(state: QueueData): boolean {
  const counts = selectQueueCounts(state);
  return counts.total > 0 && counts.ready + counts.waiting + counts.uploading === 0;
}

/** What Copy all links copies: each finished item's link, or its asset ID, in queue order. */
export const selectResultTexts = memoOnQueue((queue): readonly string[] => {
  const texts: string[] = [];
  for (const item of itemsOf(queue)) {
    const text = item.status === 'done' ? (item.result?.url ?? item.result?.assetId) : undefined;
    if (text !== undefined) texts.push(text);
  }
  return texts;
});

/** "Clear finished" has something to clear: done or cancelled items (failed ones stay for Retry). */
export function selectClearableCount(state: QueueData): number {
  const counts = selectQueueCounts(state);
  return counts.done + counts.cancelled;
}

/** Ids of files not started yet whose provider differs from `provider`: what "Use … for all" changes. */
export function selectRetargetableIds(state: QueueData, provider: ProviderId): string[] {
  const ids: string[] = [];
  for (const item of itemsOf(state)) if (item.status === 'idle' && item.provider !== provider) ids.push(item.id);
  return ids;
}

/** Whether a provider has a key. Before main has answered, assume yes rather than flash a warning. */
export function selectHasKey(state: Pick<AppState, 'keys' | 'keysLoaded'>, provider: ProviderId): boolean {
  return state.keys[provider]?.hasKey ?? !state.keysLoaded;
}

/** Providers that files still to upload are set to, but that have no key yet. */
export function selectProvidersMissingKeys(state: AppState): ProviderId[] {
  const used = new Set<ProviderId>();
  for (const item of itemsOf(state)) if (item.status !== 'done') used.add(item.provider);
  return PROVIDER_IDS.filter((id) => used.has(id) && !selectHasKey(state, id));
}

/** Ids of failed files a Retry could start (not the ones the provider would refuse anyway). */
export function selectRetryableIds(state: QueueData): string[] {
  const ids: string[] = [];
  for (const item of itemsOf(state)) if (item.status === 'failed' && item.problem === undefined) ids.push(item.id);
  return ids;
}
