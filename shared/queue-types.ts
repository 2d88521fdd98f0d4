// The queue as both sides see it: plain data that main pushes and the window renders. An item
// is a union by status, so each state carries exactly what it has (an upload's progress, a
// finished upload's link, a failure's error) and an impossible item does not type-check. The
// rules over statuses are the predicates below; nothing else spells out a list of statuses.

import type { ErrorCode, ErrorValues, UploadErrorInfo } from './error-codes.ts';
import type { Conversion } from './conversions.ts';
import type { KeyChoice, UsedKey } from './key-names.ts';
import type { ProviderId } from './providers.ts';

export interface UploadProgress {
  readonly sent: number;
  readonly total: number;
  /** Bytes per second, smoothed; 0 until a first sample exists. */
  readonly speed: number;
  /** Seconds left at the current speed; absent until speed is known. */
  readonly etaSeconds?: number;
}

/** What a finished upload gives the person: a link, an asset ID, or both. */
export interface UploadResult {
  readonly url?: string;
  readonly assetId?: string;
  /** ISO date after which the provider deletes the file, where it says or its retention is known. */
  readonly expiresAt?: string;
  /** A copy without the file's location data (GPS, location atoms) was sent instead of the file itself. */
  readonly locationRemoved?: true;
  /** The file's fingerprint ("xxh3:<hex>"), taken while it was sent (or copied without location): how a repeat is recognised. */
  readonly fingerprint?: string;
  /** A converted copy was sent (shared/conversions.ts): from what, to what, what was encoded again. */
  readonly converted?: Conversion;
  /** Nothing was sent: the same bytes went to the same provider before, and that link was used ("Already uploaded?"). */
  readonly reused?: true;
}

/**
 * An earlier upload of the same bytes (same size and SHA-256) to the same provider whose link
 * has not expired, found in the history when the file was added: the row offers to use it.
 */
export interface EarlierUpload {
  /** The history entry it comes from. */
  readonly historyId: string;
  /** When it was uploaded (ISO). */
  readonly at: string;
  readonly url?: string;
  readonly assetId?: string;
  readonly expiresAt?: string;
  /** The key it was made with, where the history records one: only that key's account can use it. */
  readonly key?: UsedKey;
}

/** What is known about the file and where it goes, whatever its state. */
export interface ItemFacts {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Format id from the file's bytes (shared/media-formats.ts); undefined when unrecognised. */
  readonly formatId?: string;
  readonly provider: ProviderId;
  /**
   * Which of the provider's keys: the one chosen for the file, and from its start the one that
   * sends it (with its id), kept for its retries, status checks and everything done with the
   * upload later (shared/key-names.ts). Absent: the provider's default key, when it starts.
   */
  readonly key?: KeyChoice;
  /** A warning that does not stop the upload (a recommended size limit). */
  readonly caution?: string;
  readonly addedAt: number;
  /**
   * The person asked for the file to be converted where its provider refuses its format
   * ("Convert and upload", --convert): it is, at each start, to shared/conversions.ts's target.
   */
  readonly convert?: true;
  /**
   * Sent again after an outcome: started from failed, cancelled or interrupted (Retry, Retry
   * failed, Resume), or added back by History's Retry. Its link is not copied by itself when it
   * ends (electron/main/app/auto-copy.ts): the person asked for another try, not for the clipboard.
   */
  readonly retried?: true;
  /**
   * Not looked at yet: a big drop shows its rows at once, and main opens and sniffs the files
   * after, in the background (electron/core/queue-checks.ts). Until then size and date are 0,
   * the type is unknown, the provider has no verdict, and a start waits for the check.
   */
  readonly checking?: true;
  /**
   * The items made from one file for several providers at once share this id (shared/provider-groups.ts):
   * each is an upload of its own (progress, result, error, retry, history entry), and the window
   * shows them as one file with a line per provider.
   */
  readonly group?: string;
  /** In a group: the provider whose link "Copy link" copies (the first chosen, until the person picks another). */
  readonly primary?: true;
}

/** Not running: the item can be started (again) or moved to another provider. */
interface AtRest {
  /** Why the chosen provider will refuse the file: it cannot start until this is resolved. */
  readonly problem?: UploadErrorInfo;
}

/** Started: the item belongs to the batch it was started in (shared/batch-progress.ts). */
interface Started {
  /** Numbers the queue's batches: a batch runs from a start while nothing ran until nothing runs. */
  readonly batch: number;
  /** 1 for the first attempt; more when the engine retried. */
  readonly attempt: number;
}

/** Added, not started ("Upload all" starts it). */
export interface IdleItem extends ItemFacts, AtRest {
  readonly status: 'idle';
  readonly attempt: 0;
  /** The same file went to this provider before and its link still works: offered instead of a new upload. */
  readonly earlier?: EarlierUpload;
}

/** Started, waiting for a free slot or the provider's pace. */
export interface WaitingItem extends ItemFacts, Started {
  readonly status: 'waiting';
  readonly attempt: 0;
  /** The computer is offline: it starts by itself once the connection is back. */
  readonly offline?: true;
}

export interface UploadingItem extends ItemFacts, Started {
  readonly status: 'uploading';
  readonly progress: UploadProgress;
  /** While a converted copy is being made, before a byte is sent: how far, 0 to 1, and into what format. */
  readonly converting?: { readonly fraction: number; readonly to: string };
  /** Cut when the computer went offline: it tries again by itself once the connection is back. */
  readonly offline?: true;
}

export interface DoneItem extends ItemFacts, Started {
  readonly status: 'done';
  readonly result: UploadResult;
  readonly finishedAt: number;
  /** When the provider said the upload is ready to use, for uploads it processed first. */
  readonly readyAt?: number;
}

/**
 * The provider has every byte and is still processing them (memories.ai until its metadata says
 * SUCCESS, HeyGen while an asset is "processing"): the ID is known, the upload cannot be used yet.
 * Its status is checked in the background (electron/core/queue/ready-watch.ts) until it is done or failed.
 */
export interface ProcessingItem extends ItemFacts, Started {
  readonly status: 'processing';
  readonly result: UploadResult;
  /** When the provider had the last byte. */
  readonly finishedAt: number;
}

export interface FailedItem extends ItemFacts, Started, AtRest {
  readonly status: 'failed';
  readonly error: UploadErrorInfo;
  readonly finishedAt: number;
}

export interface CancelledItem extends ItemFacts, Started, AtRest {
  readonly status: 'cancelled';
  readonly finishedAt: number;
}

/**
 * Was uploading when the app stopped (a quit, a crash, a power cut), found so at the next start
 * (electron/core/queue/queue-restore.ts). The provider may or may not have received the file whole, so
 * it is never sent again unless the person presses Retry.
 */
export interface InterruptedItem extends ItemFacts, Started, AtRest {
  readonly status: 'interrupted';
}

export type QueueItem = IdleItem | WaitingItem | UploadingItem | ProcessingItem | DoneItem | FailedItem | CancelledItem | InterruptedItem;
export type ItemStatus = QueueItem['status'];
export type ActiveItem = WaitingItem | UploadingItem;
export type RestartableItem = IdleItem | FailedItem | CancelledItem | InterruptedItem;
/** How an upload ended: the provider has it (ready, or still processing it), or it failed or was cancelled. */
export type FinishedItem = DoneItem | ProcessingItem | FailedItem | CancelledItem;
/** How the provider's processing ended: ready to use, or failed there. */
export type ProcessedItem = DoneItem | FailedItem;
export type StartedItem = Exclude<QueueItem, IdleItem>;

/** Waiting or uploading: what a batch is still running, a quit would stop, Ctrl-C cancels. */
export function isActive(item: QueueItem): item is ActiveItem {
  return item.status === 'waiting' || item.status === 'uploading';
}

/** Not running and not done: Upload or Retry can start it, and its provider can be changed. */
export function canRestart(item: QueueItem): item is RestartableItem {
  return item.status === 'idle' || item.status === 'failed' || item.status === 'cancelled' || item.status === 'interrupted';
}

/** Stopped short (failed, or interrupted by the app stopping) and Retry can start it: what "Retry all" starts. */
export function canRetry(item: QueueItem): item is FailedItem | InterruptedItem {
  return (item.status === 'failed' || item.status === 'interrupted') && item.problem === undefined;
}

/** The provider has the file, ready or still processing it: its link or asset ID can be copied. */
export function hasResult(item: QueueItem): item is DoneItem | ProcessingItem {
  return item.status === 'done' || item.status === 'processing';
}

/** Uploaded, and the provider is still processing it: not usable yet. */
export function isProcessing(item: QueueItem): item is ProcessingItem {
  return item.status === 'processing';
}

/** Has been started at least once, so it belongs to a batch. */
export function isStarted(item: QueueItem): item is StartedItem {
  return item.status !== 'idle';
}

/** What "Clear finished" removes: done or cancelled (failed and interrupted ones stay for Retry). */
export function isClearable(item: QueueItem): item is DoneItem | CancelledItem {
  return item.status === 'done' || item.status === 'cancelled';
}

/** Not running, and the chosen provider will refuse the file: Upload and Retry cannot help. */
export function isBlocked(item: QueueItem): item is RestartableItem & { readonly problem: UploadErrorInfo } {
  return canRestart(item) && item.problem !== undefined;
}

/** A change to the queue: upserted items (whole) and removed ids, in queue order when `full`. */
export interface QueuePatch {
  readonly items: readonly QueueItem[];
  readonly removed: readonly string[];
  /** True when `items` is the whole queue, in order: the receiver replaces what it had. */
  readonly full: boolean;
}

/**
 * The head of the queue, for a window's first paint: its first items in order and how many
 * there are in all. A 10,000-file list is ~3 MB to clone across IPC; the rows on screen need
 * the first few dozen (issue 29).
 */
export interface QueueHead {
  readonly items: readonly QueueItem[];
  readonly total: number;
}

export interface RefusedPath {
  /** The path as it was given. */
  readonly path: string;
  readonly name: string;
  /** Why, where it is one of the closed list (a folder without media has none). */
  readonly code?: ErrorCode;
  /** In English; the sentence is made again from the code and `values` in the reader's language (shared/i18n/error-words.ts). */
  readonly message: string;
  readonly values?: ErrorValues;
}

export interface AddResult {
  /** Ids of the items queued, in queue order. */
  readonly added: readonly string[];
  /** Paths that could not be queued at all (missing, unreadable, folders without media). */
  readonly refused: readonly RefusedPath[];
}
