// The queue as both sides see it: plain data that main pushes and the window renders.

import type { ErrorCode, UploadErrorInfo } from './error-codes.ts';
import type { ProviderId } from './providers.ts';

/**
 * idle: added, not started ("Upload all" starts it) · waiting: started, waiting for a free
 * slot or the provider's pace · uploading · done · failed · cancelled.
 */
export type ItemStatus = 'idle' | 'waiting' | 'uploading' | 'done' | 'failed' | 'cancelled';

export interface ItemProgress {
  readonly sent: number;
  readonly total: number;
  readonly speed: number;
  readonly etaSeconds?: number;
}

export interface ItemResult {
  readonly url?: string;
  readonly assetId?: string;
  readonly expiresAt?: string;
}

export interface QueueItem {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Format id from the file's bytes (shared/media-formats.ts); undefined when unrecognised. */
  readonly formatId?: string;
  readonly provider: ProviderId;
  readonly status: ItemStatus;
  /** Why the chosen provider will refuse the file: it cannot start until this is resolved. */
  readonly problem?: UploadErrorInfo;
  /** A warning that does not stop the upload (a recommended size limit). */
  readonly caution?: string;
  readonly progress?: ItemProgress;
  /** 1 for the first attempt; more when the engine retried. */
  readonly attempt: number;
  readonly result?: ItemResult;
  readonly error?: UploadErrorInfo;
  readonly addedAt: number;
  readonly finishedAt?: number;
}

/** A change to the queue: upserted items (whole) and removed ids, in queue order when `full`. */
export interface QueuePatch {
  readonly items: readonly QueueItem[];
  readonly removed: readonly string[];
  /** True when `items` is the whole queue, in order: the receiver replaces what it had. */
  readonly full: boolean;
}

export interface RefusedPath {
  /** The path as it was given. */
  readonly path: string;
  readonly name: string;
  /** Why, where it is one of the closed list (a folder without media has none). */
  readonly code?: ErrorCode;
  readonly message: string;
}

export interface AddResult {
  /** Ids of the items queued, in queue order. */
  readonly added: readonly string[];
  /** Paths that could not be queued at all (missing, unreadable, folders without media). */
  readonly refused: readonly RefusedPath[];
}
