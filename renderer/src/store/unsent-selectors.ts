// What the end of a batch must not hide (issue 21): files never sent (refused by their provider,
// waiting for a key, or simply not started), uploads the app's closing stopped, and where the
// refused ones could all go instead. Derived from the queue and the keys, never stored.

import { mediaFormat } from '../../../shared/media-formats.ts';
import { PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import { isFileProblem } from '../../../shared/queue-transitions.ts';
import { canRetry, isBlocked } from '../../../shared/queue-types.ts';
import type { AppState } from './app-state.ts';
import { otherTakers, selectHasKey } from './queue-selectors.ts';

export interface Unsent {
  /** Not started: their provider refuses them (type, size). */
  readonly refused: number;
  /** The provider that refuses them, when it is the same for all. */
  readonly refusedBy: ProviderId | undefined;
  /** Not started: moved, changed or unreadable since they were added. */
  readonly unreadable: number;
  /** Not started: nothing stops them but their provider's missing key. */
  readonly needKey: number;
  /** Not started, and Upload all would send them now. */
  readonly ready: number;
  /** Were uploading when the app closed, and can be sent again: what Resume starts. */
  readonly resumableIds: readonly string[];
  /** Failed, and Retry can send them again (interrupted ones are Resume's). */
  readonly failedIds: readonly string[];
}

type Inputs = Pick<AppState, 'queue' | 'keys'>;

let unsentFor: { queue: Inputs['queue']; keys: Inputs['keys']; value: Unsent } | undefined;

/** One pass over the queue per change of the queue or the keys. */
export function selectUnsent(state: Inputs): Unsent {
  const last = unsentFor;
  if (last !== undefined && last.queue === state.queue && last.keys === state.keys) return last.value;
  let refused = 0;
  let unreadable = 0;
  let needKey = 0;
  let ready = 0;
  const refusers = new Set<ProviderId>();
  const resumableIds: string[] = [];
  const failedIds: string[] = [];
  for (const id of state.queue?.queueIds ?? []) {
    const item = state.queue?.queueById.get(id);
    if (item === undefined) continue;
    if (item.status === 'idle') {
      if (item.problem !== undefined && isFileProblem(item.problem.code)) unreadable += 1;
      else if (item.problem !== undefined) {
        refused += 1;
        refusers.add(item.provider);
      } else if (!selectHasKey(state, item.provider)) needKey += 1;
      else ready += 1;
    } else if (canRetry(item)) (item.status === 'interrupted' ? resumableIds : failedIds).push(id);
  }
  const refusedBy = refusers.size === 1 ? [...refusers][0] : undefined;
  const value = { refused, refusedBy, unreadable, needKey, ready, resumableIds, failedIds };
  unsentFor = { queue: state.queue, keys: state.keys, value };
  return value;
}

/** "Send the 62 images to memories.ai": which files, where, and what to call them. */
export interface BulkSend {
  readonly provider: ProviderId;
  readonly ids: readonly string[];
  /** "images", "videos", "audio files", or "files" for a mix. */
  readonly noun: string;
}

/** A key that is there and not known to be rejected: files sent with it would not just fail. */
function usableKey(state: Pick<AppState, 'keys'>, provider: ProviderId): boolean {
  return selectHasKey(state, provider) && state.keys?.[provider]?.check.state !== 'rejected';
}

let bulkFor: { queue: Inputs['queue']; keys: Inputs['keys']; defaultProvider: ProviderId | undefined; value: BulkSend | undefined } | undefined;

/**
 * Where the files their provider refuses could go in one click: the provider with a usable key
 * that takes the most of them (all, usually); on a tie, the provider for new files, then the
 * table's order. Undefined unless it would move two or more (one has its row's own button).
 */
export function selectBulkSend(state: Inputs & Pick<AppState, 'settings'>): BulkSend | undefined {
  const defaultProvider = state.settings?.defaultProvider;
  const last = bulkFor;
  if (last !== undefined && last.queue === state.queue && last.keys === state.keys && last.defaultProvider === defaultProvider) return last.value;
  const byProvider = new Map<ProviderId, string[]>();
  for (const id of state.queue?.queueIds ?? []) {
    const item = state.queue?.queueById.get(id);
    // A file sent to several providers keeps its choice: its refusing line says so on its own.
    if (item === undefined || item.group !== undefined || !isBlocked(item) || isFileProblem(item.problem.code)) continue;
    for (const p of otherTakers(item)) byProvider.set(p, [...(byProvider.get(p) ?? []), id]);
  }
  const order = defaultProvider === undefined ? PROVIDER_IDS : [defaultProvider, ...PROVIDER_IDS.filter((p) => p !== defaultProvider)];
  let best: { provider: ProviderId; ids: string[] } | undefined;
  for (const provider of order) {
    const ids = byProvider.get(provider) ?? [];
    if (usableKey(state, provider) && ids.length > (best?.ids.length ?? 1)) best = { provider, ids };
  }
  const value = best === undefined ? undefined : { ...best, noun: nounFor(state, best.ids) };
  bulkFor = { queue: state.queue, keys: state.keys, defaultProvider, value };
  return value;
}

function nounFor(state: Inputs, ids: readonly string[]): string {
  const kinds = new Set(ids.map((id) => mediaFormat(state.queue?.queueById.get(id)?.formatId)?.kind));
  if (kinds.size !== 1) return 'files';
  const [kind] = kinds;
  return kind === 'image' ? 'images' : kind === 'video' ? 'videos' : kind === 'audio' ? 'audio files' : 'files';
}
