// What the window derives from the queue. Nothing here is stored: counts, totals and the
// overall progress (shared/batch-progress.ts) are computed from the items, once per queue
// change (memoised on the queue's identity, because several components ask for the same numbers).

import type { ProviderId } from '../../../shared/providers.ts';
import { PROVIDER_IDS, PROVIDERS, resultText } from '../../../shared/providers.ts';
import { batchProgress, type BatchState } from '../../../shared/batch-progress.ts';
import { providerRefusal } from '../../../shared/provider-rules.ts';
import { canRetry, hasResult, isActive, type QueueItem } from '../../../shared/queue-types.ts';
import type { AppState } from './app-state.ts';
import type { QueueFilter } from './ui-slice.ts';
import { perItem } from './per-item.ts';
import type { QueueData } from './queue-patch.ts';

export interface QueueCounts {
  readonly total: number;
  /** Not started and nothing stops them: what "Upload all" starts. */
  readonly ready: number;
  /** Of those, the ones main has not looked at yet (a big drop's rows come first: "Checking…"). */
  readonly checking: number;
  /** Not started, and the chosen provider will refuse them. */
  readonly blocked: number;
  readonly waiting: number;
  readonly uploading: number;
  readonly done: number;
  /** Uploaded, and the provider is still processing them. */
  readonly processing: number;
  readonly failed: number;
  readonly cancelled: number;
  /** Were uploading when the app stopped: Retry starts them again. */
  readonly interrupted: number;
}

/** The overall bar: the latest batch, read the same way as the taskbar and the terminal do. */
export type OverallProgress = BatchState;

/** What the selectors read: the queue, undefined until it has arrived (then it counts as empty). */
export type QueueState = Pick<AppState, 'queue'>;

const NOTHING_YET: QueueData = { queueIds: [], queueById: new Map(), version: 0, complete: false, total: 0 };

/** False while only the queue's head is here (a long list's first paint, connect-to-main.ts): counts would be wrong. */
export const selectQueueComplete = (state: QueueState): boolean => state.queue?.complete !== false;

function memoOnQueue<T>(compute: (queue: QueueData) => T): (state: QueueState) => T {
  let lastQueue: QueueData | undefined;
  let last: T | undefined;
  return (state) => {
    if (state.queue !== lastQueue || last === undefined) {
      lastQueue = state.queue;
      last = compute(state.queue ?? NOTHING_YET);
    }
    return last;
  };
}

/** Everything the toolbar, header and banners need, from one pass over the queue. */
interface QueueSummary {
  readonly counts: QueueCounts;
  readonly overall: OverallProgress;
  /** Finished items with a link or ID to copy (the texts themselves are made only when copied: selectResultLines). */
  readonly resultCount: number;
  /** The same, by what each copies: "Copy 3 links and 1 ID" (shared/words.ts), never an ID called a link. */
  readonly resultKinds: { readonly links: number; readonly ids: number };
  readonly retryableIds: readonly string[];
  /** Per provider: ids of files not started yet, set to another provider, that this one would take. */
  readonly retargetable: Readonly<Record<ProviderId, readonly string[]>>;
  /** Per provider: files not started yet that nothing stops (what Upload all starts where a key exists). */
  readonly readyByProvider: Readonly<Record<ProviderId, number>>;
  /** Bytes of the files Upload all would start, per provider. */
  readonly readyBytesByProvider: Readonly<Record<ProviderId, number>>;
  /** Providers that files still to upload are set to. */
  readonly providersInUse: ReadonlySet<ProviderId>;
}

// The other providers that would take a file not started yet (asking every provider's rules
// about every waiting file on every patch was most of the summary's time with 10,000 queued).
export const otherTakers = perItem((item): readonly ProviderId[] => {
  const facts = { name: item.name, size: item.size, formatId: item.formatId };
  return PROVIDER_IDS.filter((p) => p !== item.provider && providerRefusal(PROVIDERS[p], facts) === undefined);
});

// One plain loop per queue change (about 10 a second while uploading), and the batch's own:
// with 10,000 files, walking the queue once per selector on every store change is what made
// scrolling stutter.
const selectSummary = memoOnQueue((queue): QueueSummary => {
  const counts = { total: 0, ready: 0, checking: 0, blocked: 0, waiting: 0, uploading: 0, done: 0, processing: 0, failed: 0, cancelled: 0, interrupted: 0 };
  let resultCount = 0;
  let resultIds = 0;
  const retryableIds: string[] = [];
  const retargetable = Object.fromEntries(PROVIDER_IDS.map((p) => [p, [] as string[]])) as Record<ProviderId, string[]>;
  const readyByProvider = Object.fromEntries(PROVIDER_IDS.map((p) => [p, 0])) as Record<ProviderId, number>;
  const readyBytesByProvider = Object.fromEntries(PROVIDER_IDS.map((p) => [p, 0])) as Record<ProviderId, number>;
  const providersInUse = new Set<ProviderId>();

  for (const id of queue.queueIds) {
    const item: QueueItem | undefined = queue.queueById.get(id);
    if (item === undefined) continue;
    counts.total += 1;
    if (!hasResult(item)) providersInUse.add(item.provider);
    if (item.status === 'idle') {
      if (item.problem === undefined) {
        counts.ready += 1;
        if (item.checking === true) counts.checking += 1;
        readyByProvider[item.provider] += 1;
        readyBytesByProvider[item.provider] += item.size;
      } else counts.blocked += 1;
      // A file sent to several providers keeps each: "Use … for all" moves files sent to one.
      if (item.group === undefined) for (const p of otherTakers(item)) retargetable[p].push(id);
      continue;
    }
    counts[item.status] += 1;
    if (canRetry(item)) retryableIds.push(id);
    const text = hasResult(item) ? resultText(PROVIDERS[item.provider], item.result) : undefined;
    if (text !== undefined) resultCount += 1;
    if (text !== undefined && hasResult(item) && text !== item.result.url) resultIds += 1;
  }
  const overall = batchProgress(queue.queueById.values());
  const resultKinds = { links: resultCount - resultIds, ids: resultIds };
  return { counts, overall, resultCount, resultKinds, retryableIds, retargetable, providersInUse, readyByProvider, readyBytesByProvider };
});

export function selectQueueCounts(state: QueueState): QueueCounts {
  return selectSummary(state).counts;
}

export function selectOverallProgress(state: QueueState): OverallProgress {
  return selectSummary(state).overall;
}

/** Something was queued and nothing is left to start, wait for or upload. */
export function selectAllFinished(state: QueueState): boolean {
  const counts = selectQueueCounts(state);
  return counts.total > 0 && counts.ready + counts.waiting + counts.uploading === 0;
}

/** How many finished items have a link or ID to copy: whether there is anything to copy. */
export function selectResultCount(state: QueueState): number {
  return selectSummary(state).resultCount;
}

/** Links and IDs to copy, each counted (the same object while the queue is the same). */
export function selectResultKinds(state: QueueState): QueueSummary['resultKinds'] {
  return selectSummary(state).resultKinds;
}

// Made only when asked (a Copy button pressed), not for every patch: with thousands of finished
// files, building their lines ten times a second cost frames.
const selectResults = memoOnQueue((queue) => {
  const texts: string[] = [];
  const lines: string[] = [];
  for (const id of queue.queueIds) {
    const item = queue.queueById.get(id);
    if (item === undefined || !hasResult(item)) continue;
    const text = resultText(PROVIDERS[item.provider], item.result);
    if (text === undefined) continue;
    texts.push(text);
    // A file sent to several providers has a line for each: the provider says which is which.
    lines.push(item.group === undefined ? `${item.name} — ${text}` : `${item.name} — ${PROVIDERS[item.provider].name} — ${text}`);
  }
  return { texts, lines };
});

/** What Copy all links copies: each finished item's link, or its ID, in queue order. */
export function selectResultTexts(state: QueueState): readonly string[] {
  return selectResults(state).texts;
}

/** "Clear finished" has something to clear: done or cancelled items (failed ones stay for Retry). */
export function selectClearableCount(state: QueueState): number {
  const counts = selectQueueCounts(state);
  return counts.done + counts.cancelled;
}

/** Ids of files not started yet whose provider differs from `provider`: what "Use … for all" changes. */
export function selectRetargetableIds(state: QueueState, provider: ProviderId): readonly string[] {
  return selectSummary(state).retargetable[provider];
}

/** Whether a provider has a key. Before main has answered, assume yes rather than flash a warning. */
export function selectHasKey(state: Pick<AppState, 'keys'>, provider: ProviderId): boolean {
  return state.keys === undefined || state.keys[provider]?.hasKey === true;
}

/** Providers that files still to upload are set to, but that have no key yet. */
export function selectProvidersMissingKeys(state: AppState): ProviderId[] {
  const inUse = selectSummary(state).providersInUse;
  return PROVIDER_IDS.filter((id) => inUse.has(id) && !selectHasKey(state, id));
}

/** Ids of failed and interrupted files a Retry could start (not the ones that would be refused anyway). */
export function selectRetryableIds(state: QueueState): readonly string[] {
  return selectSummary(state).retryableIds;
}

/** Files Upload all would start now: not started, nothing stops them, and their provider has a key. */
export function selectStartable(state: AppState): { readonly files: number; readonly bytes: number } {
  const { readyByProvider, readyBytesByProvider } = selectSummary(state);
  let files = 0;
  let bytes = 0;
  for (const p of PROVIDER_IDS) {
    if (!selectHasKey(state, p)) continue;
    files += readyByProvider[p];
    bytes += readyBytesByProvider[p];
  }
  return { files, bytes };
}

/** Their ids, in queue order: what Upload all sends (files without a key would only fail). */
export function selectStartableIds(state: AppState): string[] {
  const ids: string[] = [];
  for (const id of state.queue?.queueIds ?? []) {
    const item = state.queue?.queueById.get(id);
    if (item?.status === 'idle' && item.problem === undefined && selectHasKey(state, item.provider)) ids.push(id);
  }
  return ids;
}

/**
 * Whether files can be sent to a provider now: a key is saved and the provider has not rejected
 * it (keys:list's check). Unlike selectHasKey, unknown until main has answered counts as no.
 */
export function selectKeyUsable(state: Pick<AppState, 'keys'>, provider: ProviderId): boolean {
  const status = state.keys?.[provider];
  return status?.hasKey === true && status.check.state !== 'rejected';
}

/**
 * Where a refused file could go instead: the first provider that takes it and has a usable key;
 * undefined when none has (offering one without a key, or with a rejected one, only leads to a
 * failure: the row says to choose another provider, and its menu lists them all).
 */
export function suggestedProvider(state: Pick<AppState, 'keys'>, item: QueueItem, taken: readonly ProviderId[] = []): ProviderId | undefined {
  return otherTakers(item).find((p) => !taken.includes(p) && selectKeyUsable(state, p));
}

/** The group of states a row belongs to, for the queue's filters. */
export function filterOf(item: QueueItem): Exclude<QueueFilter, 'all'> {
  if (item.status === 'idle') return item.problem === undefined ? 'not-sent' : 'attention';
  if (isActive(item)) return 'active';
  if (hasResult(item)) return 'done';
  return 'attention';
}

/** How many rows each filter shows. */
export function filterCounts(counts: QueueCounts): Readonly<Record<QueueFilter, number>> {
  return {
    all: counts.total,
    'not-sent': counts.ready,
    active: counts.waiting + counts.uploading,
    done: counts.done + counts.processing,
    attention: counts.blocked + counts.failed + counts.cancelled + counts.interrupted,
  };
}

let visibleFor: { queue: AppState['queue']; filter: QueueFilter; ids: readonly string[] } | undefined;

/** The ids the list shows under the chosen filter, in queue order (memoised on queue and filter). */
export function selectVisibleIds(state: Pick<AppState, 'queue' | 'queueFilter'>): readonly string[] | undefined {
  const { queue, queueFilter } = state;
  if (queue === undefined) return undefined;
  if (queueFilter === 'all') return queue.queueIds;
  if (visibleFor?.queue !== queue || visibleFor.filter !== queueFilter) {
    visibleFor = { queue, filter: queueFilter, ids: queue.queueIds.filter((id) => {
      const item = queue.queueById.get(id);
      return item !== undefined && filterOf(item) === queueFilter;
    }) };
  }
  return visibleFor.ids;
}

/** "name — link" lines for Copy all links, or the bare links. */
export function selectResultLines(state: QueueState, bare: boolean): readonly string[] {
  return bare ? selectResults(state).texts : selectResults(state).lines;
}
