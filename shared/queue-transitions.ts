// How a queue item moves from state to state. Each function builds the next state from the
// file's facts plus what that state carries, so nothing of an earlier state (old progress, a
// stale error or link) can leak into the next. The engine's queue is the one that moves items;
// tests build their items through these too, so they cannot make one the queue never would.

import { keptConversion } from './conversions.ts';
import type { ErrorCode, UploadErrorInfo } from './error-codes.ts';
import type { KeyChoice } from './key-names.ts';
import { providerCaution, providerRefusal } from './provider-rules.ts';
import { PROVIDERS, type ProviderId } from './providers.ts';
import type {
  ActiveItem, CancelledItem, DoneItem, EarlierUpload, FailedItem, IdleItem, ItemFacts, ProcessingItem, QueueItem, RestartableItem, UploadProgress, UploadResult, UploadingItem, WaitingItem,
} from './queue-types.ts';

/**
 * What the queue's file keeps of an item (electron/core/queue/queue-store.ts): its state without what
 * is worked out again at each start (the provider's verdict and caution) or changes too often
 * to write (an upload's progress).
 */
export type SavedItem = QueueItem extends infer T ? (T extends QueueItem ? Omit<T, 'problem' | 'caution' | 'progress'> : never) : never;

/**
 * Problems with the file itself, found when the queue is restored (queue-restore.ts): unlike the
 * provider's verdict, choosing another provider does not resolve them.
 */
const FILE_PROBLEMS: ReadonlySet<ErrorCode> = new Set(['FILE_NOT_FOUND', 'NOT_A_FILE', 'FILE_UNREADABLE', 'FILE_CHANGED']);

/** A problem with the file itself (moved, changed, unreadable), not a provider's refusal of it. */
export function isFileProblem(code: ErrorCode): boolean {
  return FILE_PROBLEMS.has(code);
}

/**
 * The file's facts, copied by name: an allow-list, so no state's fields come along. The
 * provider, its key and its caution come from `choice`, which is the item itself unless it moves.
 */
function factsOf(item: ItemFacts, choice: Pick<ItemFacts, 'provider' | 'caution' | 'key'> = item): ItemFacts {
  return {
    id: item.id, path: item.path, name: item.name, size: item.size, mtimeMs: item.mtimeMs, provider: choice.provider, addedAt: item.addedAt,
    ...(choice.key !== undefined && { key: keptKey(choice.key) }),
    ...(item.formatId !== undefined && { formatId: item.formatId }),
    ...(choice.caution !== undefined && { caution: choice.caution }),
    ...(item.convert === true && { convert: true }),
    ...(item.retried === true && { retried: true }),
    ...(item.checking === true && { checking: true }),
    ...(item.group !== undefined && { group: item.group }),
    ...(item.primary === true && { primary: true }),
  };
}

/** Only a key's name and id, whatever else an object handed in carries. */
function keptKey(key: KeyChoice): KeyChoice {
  return { name: key.name, ...(key.id !== undefined && { id: key.id }) };
}

/** The facts with `provider` (and `key` of its keys) chosen, and its verdict on the file (a refusal, a caution) beside them. */
function factsFor(item: ItemFacts, provider: ProviderId, key: KeyChoice | undefined): ItemFacts & { readonly problem?: UploadErrorInfo } {
  // Not looked at yet: without its size and type the provider has no verdict on it yet.
  if (item.checking === true) return factsOf(item, { provider, ...(key !== undefined && { key }) });
  const info = PROVIDERS[provider];
  const caution = providerCaution(info, item.size);
  const problem = providerRefusal(info, { name: item.name, size: item.size, formatId: item.formatId }, { convert: item.convert === true });
  return { ...factsOf(item, { provider, ...(key !== undefined && { key }), ...(caution !== undefined && { caution }) }), ...(problem !== undefined && { problem }) };
}

/** A file just added: not started, with the provider's verdict on it. */
export function newItem(facts: Omit<ItemFacts, 'caution'>): IdleItem {
  return { ...factsFor(facts, facts.provider, facts.key), status: 'idle', attempt: 0 };
}

/**
 * A file whose row showed before it was looked at (ItemFacts.checking), with what it turned out
 * to be: its size, date and type, and the provider's verdict on it, as if it had just been added.
 */
export function checkedItem(item: IdleItem, file: { readonly size: number; readonly mtimeMs: number; readonly formatId: string | undefined }): IdleItem {
  const { checking: _was, ...facts } = factsOf(item);
  return newItem({ ...facts, size: file.size, mtimeMs: file.mtimeMs, ...(file.formatId !== undefined && { formatId: file.formatId }) });
}

/**
 * The same item set to another provider, whose verdict replaces the old one (a problem with the
 * file stays). `keyName`: one of the provider's keys by name; null: its default; left out: the
 * item's own key where the provider stays the same, the default where it changes.
 */
export function withProvider(item: RestartableItem, provider: ProviderId, keyName?: string | null): RestartableItem {
  const key = keyName === undefined ? (provider === item.provider ? item.key : undefined) : keyName === null ? undefined : { name: keyName };
  const { problem: verdict, ...chosen } = factsFor(item, provider, key);
  const problem = item.problem !== undefined && FILE_PROBLEMS.has(item.problem.code) ? item.problem : verdict;
  const facts = { ...chosen, ...(problem !== undefined && { problem }) };
  switch (item.status) {
    case 'idle':
      return { ...facts, status: 'idle', attempt: 0 };
    case 'failed':
      return { ...facts, status: 'failed', batch: item.batch, attempt: item.attempt, error: item.error, finishedAt: item.finishedAt };
    case 'cancelled':
      return { ...facts, status: 'cancelled', batch: item.batch, attempt: item.attempt, finishedAt: item.finishedAt };
    case 'interrupted':
      return { ...facts, status: 'interrupted', batch: item.batch, attempt: item.attempt };
  }
}

/** The same file, with an earlier upload of it offered (or the offer withdrawn: `undefined`). */
export function withEarlier(item: IdleItem, earlier: EarlierUpload | undefined): IdleItem {
  const { earlier: _old, ...rest } = item;
  return earlier === undefined ? rest : { ...rest, earlier };
}

/** The earlier upload's link used instead of sending the file again: done at once, nothing sent, made with the earlier upload's key. */
export function toReused(item: IdleItem, earlier: EarlierUpload, batch: number, at: number): DoneItem {
  const result: UploadResult = {
    ...(earlier.url !== undefined && { url: earlier.url }),
    ...(earlier.assetId !== undefined && { assetId: earlier.assetId }),
    ...(earlier.expiresAt !== undefined && { expiresAt: earlier.expiresAt }),
    reused: true,
  };
  const key = earlier.key ?? item.key;
  return { ...factsOf(item, { provider: item.provider, ...(key !== undefined && { key }), ...(item.caution !== undefined && { caution: item.caution }) }), status: 'done', batch, attempt: 0, finishedAt: at, result: keptResult(result) };
}

/** The same item with the key that sends it (from its start: name and id), or as it was when none is known. */
export function withKey<T extends QueueItem>(item: T, key: KeyChoice | undefined): T {
  return key === undefined ? item : { ...item, key: keptKey(key) };
}

/** The same item, to be converted where its provider refuses its format ("Convert and upload", --convert). */
export function withConversion(item: RestartableItem): RestartableItem {
  return withProvider({ ...item, convert: true }, item.provider);
}

/** A file that moved, vanished or changed since it was added: it cannot start until added again. */
export function withFileProblem(item: RestartableItem, problem: UploadErrorInfo & { readonly code: ErrorCode }): RestartableItem {
  if (!FILE_PROBLEMS.has(problem.code)) throw new Error(`${problem.code} is not a problem with the file itself`);
  return { ...item, problem };
}

/** What the queue's file keeps of `item`: everything but its verdict, caution and progress. */
export function savedForm(item: QueueItem): SavedItem {
  const { problem: _problem, caution: _caution, progress: _progress, ...saved } = item as QueueItem & { problem?: unknown; progress?: unknown };
  return saved as SavedItem;
}

/**
 * An item as the next start finds it. Nothing resumes by itself: an upload that was running
 * comes back interrupted (the provider may have it already), a file started but still waiting
 * for its turn comes back not started (nothing of it was sent), outcomes come back as they were.
 * The provider's verdict and caution are worked out again, since the app may have been updated.
 */
export function restoredItem(saved: SavedItem): QueueItem {
  const { problem, ...facts } = factsFor(saved, saved.provider, saved.key);
  const atRest = { ...facts, ...(problem !== undefined && { problem }) };
  switch (saved.status) {
    case 'idle':
    case 'waiting':
      return { ...atRest, status: 'idle', attempt: 0 };
    case 'uploading':
    case 'interrupted':
      return { ...atRest, status: 'interrupted', batch: saved.batch, attempt: Math.max(1, saved.attempt) };
    case 'done':
      return {
        ...facts, status: 'done', batch: saved.batch, attempt: saved.attempt, finishedAt: saved.finishedAt, result: keptResult(saved.result),
        ...(saved.readyAt !== undefined && { readyAt: saved.readyAt }),
      };
    // The provider still had it to process: its status is checked again (ready-watch.ts).
    case 'processing':
      return { ...facts, status: 'processing', batch: saved.batch, attempt: saved.attempt, finishedAt: saved.finishedAt, result: keptResult(saved.result) };
    case 'failed':
      return { ...atRest, status: 'failed', batch: saved.batch, attempt: saved.attempt, error: saved.error, finishedAt: saved.finishedAt };
    case 'cancelled':
      return { ...atRest, status: 'cancelled', batch: saved.batch, attempt: saved.attempt, finishedAt: saved.finishedAt };
  }
}

/** Started as part of `batch`: any earlier outcome is forgotten, but not that there was one (`retried`). */
export function toWaiting(item: RestartableItem, batch: number): WaitingItem {
  return { ...factsOf(item), ...(item.status !== 'idle' && { retried: true }), status: 'waiting', batch, attempt: 0 };
}

/** Marks a waiting or uploading item as held up by the computer being offline, or no longer. */
export function withOffline<T extends WaitingItem | UploadingItem>(item: T, offline: boolean): T {
  const { offline: _was, ...rest } = item;
  return (offline ? { ...rest, offline: true } : rest) as T;
}

export function toUploading(item: WaitingItem): UploadingItem {
  return { ...factsOf(item), status: 'uploading', batch: item.batch, attempt: 1, progress: { sent: 0, total: item.size, speed: 0 } };
}

export function withProgress(item: UploadingItem, progress: UploadProgress): UploadingItem {
  const { sent, total, speed, etaSeconds } = progress;
  const { converting: _done, ...uploading } = item;
  return { ...uploading, progress: { sent, total, speed, ...(etaSeconds !== undefined && { etaSeconds }) } };
}

/** Converting before the upload: `fraction` of the file's duration is done (0 to 1). */
export function withConverting(item: UploadingItem, fraction: number, to: string): UploadingItem {
  return { ...item, converting: { fraction: Math.min(1, Math.max(0, fraction)), to } };
}

export function withAttempt(item: UploadingItem, attempt: number): UploadingItem {
  return { ...item, attempt };
}

/** Keeps only the link, asset ID and expiry of what the provider answered. */
function keptResult(result: UploadResult): UploadResult {
  const { url, assetId, expiresAt, locationRemoved, fingerprint, reused } = result;
  const converted = keptConversion(result.converted);
  return {
    ...(url !== undefined && { url }), ...(assetId !== undefined && { assetId }), ...(expiresAt !== undefined && { expiresAt }),
    ...(locationRemoved === true && { locationRemoved }), ...(fingerprint !== undefined && { fingerprint }),
    ...(converted !== undefined && { converted }), ...(reused === true && { reused }),
  };
}

export function toDone(item: UploadingItem, result: UploadResult, at: number): DoneItem {
  return { ...factsOf(item), status: 'done', batch: item.batch, attempt: item.attempt, finishedAt: at, result: keptResult(result) };
}

/** Uploaded; the provider is still processing it. */
export function toProcessing(item: UploadingItem, result: UploadResult, at: number): ProcessingItem {
  return { ...factsOf(item), status: 'processing', batch: item.batch, attempt: item.attempt, finishedAt: at, result: keptResult(result) };
}

/** The provider says it is ready to use. */
export function toReady(item: ProcessingItem, at: number): DoneItem {
  return { ...factsOf(item), status: 'done', batch: item.batch, attempt: item.attempt, finishedAt: item.finishedAt, result: item.result, readyAt: at };
}

/** Failed while uploading, or at the provider while it processed it (Retry uploads it again). */
export function toFailed(item: ActiveItem | ProcessingItem, error: UploadErrorInfo, at: number): FailedItem {
  return { ...factsOf(item), status: 'failed', batch: item.batch, attempt: item.attempt, error, finishedAt: at };
}

export function toCancelled(item: ActiveItem, at: number): CancelledItem {
  return { ...factsOf(item), status: 'cancelled', batch: item.batch, attempt: item.attempt, finishedAt: at };
}
