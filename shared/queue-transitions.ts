// How a queue item moves from state to state. Each function builds the next state from the
// file's facts plus what that state carries, so nothing of an earlier state (old progress, a
// stale error or link) can leak into the next. The engine's queue is the one that moves items;
// tests build their items through these too, so they cannot make one the queue never would.

import type { UploadErrorInfo } from './error-codes.ts';
import { providerCaution, providerRefusal } from './provider-rules.ts';
import { PROVIDERS, type ProviderId } from './providers.ts';
import type {
  ActiveItem, CancelledItem, DoneItem, FailedItem, IdleItem, ItemFacts, RestartableItem, UploadProgress, UploadResult, UploadingItem, WaitingItem,
} from './queue-types.ts';

/**
 * The file's facts, copied by name: an allow-list, so no state's fields come along. The
 * provider and its caution come from `choice`, which is the item itself unless it moves.
 */
function factsOf(item: ItemFacts, choice: Pick<ItemFacts, 'provider' | 'caution'> = item): ItemFacts {
  return {
    id: item.id, path: item.path, name: item.name, size: item.size, mtimeMs: item.mtimeMs, provider: choice.provider, addedAt: item.addedAt,
    ...(item.formatId !== undefined && { formatId: item.formatId }),
    ...(choice.caution !== undefined && { caution: choice.caution }),
  };
}

/** The facts with `provider` chosen, and its verdict on the file (a refusal, a caution) beside them. */
function factsFor(item: ItemFacts, provider: ProviderId): ItemFacts & { readonly problem?: UploadErrorInfo } {
  const info = PROVIDERS[provider];
  const caution = providerCaution(info, item.size);
  const problem = providerRefusal(info, { name: item.name, size: item.size, formatId: item.formatId });
  return { ...factsOf(item, { provider, ...(caution !== undefined && { caution }) }), ...(problem !== undefined && { problem }) };
}

/** A file just added: not started, with the provider's verdict on it. */
export function newItem(facts: Omit<ItemFacts, 'caution'>): IdleItem {
  return { ...factsFor(facts, facts.provider), status: 'idle', attempt: 0 };
}

/** The same item set to another provider, whose verdict replaces the old one. */
export function withProvider(item: RestartableItem, provider: ProviderId): RestartableItem {
  const facts = factsFor(item, provider);
  switch (item.status) {
    case 'idle':
      return { ...facts, status: 'idle', attempt: 0 };
    case 'failed':
      return { ...facts, status: 'failed', batch: item.batch, attempt: item.attempt, error: item.error, finishedAt: item.finishedAt };
    case 'cancelled':
      return { ...facts, status: 'cancelled', batch: item.batch, attempt: item.attempt, finishedAt: item.finishedAt };
  }
}

/** Started as part of `batch`: any earlier outcome is forgotten. */
export function toWaiting(item: RestartableItem, batch: number): WaitingItem {
  return { ...factsOf(item), status: 'waiting', batch, attempt: 0 };
}

export function toUploading(item: WaitingItem): UploadingItem {
  return { ...factsOf(item), status: 'uploading', batch: item.batch, attempt: 1, progress: { sent: 0, total: item.size, speed: 0 } };
}

export function withProgress(item: UploadingItem, progress: UploadProgress): UploadingItem {
  const { sent, total, speed, etaSeconds } = progress;
  return { ...item, progress: { sent, total, speed, ...(etaSeconds !== undefined && { etaSeconds }) } };
}

export function withAttempt(item: UploadingItem, attempt: number): UploadingItem {
  return { ...item, attempt };
}

/** Keeps only the link, asset ID and expiry of what the provider answered. */
export function toDone(item: UploadingItem, result: UploadResult, at: number): DoneItem {
  const { url, assetId, expiresAt } = result;
  return {
    ...factsOf(item), status: 'done', batch: item.batch, attempt: item.attempt, finishedAt: at,
    result: { ...(url !== undefined && { url }), ...(assetId !== undefined && { assetId }), ...(expiresAt !== undefined && { expiresAt }) },
  };
}

export function toFailed(item: ActiveItem, error: UploadErrorInfo, at: number): FailedItem {
  return { ...factsOf(item), status: 'failed', batch: item.batch, attempt: item.attempt, error, finishedAt: at };
}

export function toCancelled(item: ActiveItem, at: number): CancelledItem {
  return { ...factsOf(item), status: 'cancelled', batch: item.batch, attempt: item.attempt, finishedAt: at };
}
