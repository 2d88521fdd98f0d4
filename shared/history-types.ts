// One line of the upload history: every attempt's outcome, success or failure.

import type { ErrorCode, ErrorValues } from './error-codes.ts';
import type { UsedKey } from './key-names.ts';
import type { ProviderId } from './providers.ts';

export interface HistoryEntry {
  readonly id: string;
  /** ISO date of the outcome. */
  readonly at: string;
  readonly name: string;
  readonly path: string;
  readonly size: number;
  readonly provider: ProviderId;
  readonly ok: boolean;
  readonly url?: string;
  readonly assetId?: string;
  readonly expiresAt?: string;
  /**
   * The uploaded file's fingerprint, "<algorithm>:<hex>" (electron/core/files/fingerprint.ts), taken
   * while it streamed. Entries written before it existed held `sha256` (hex), read as "sha256:<hex>".
   */
  readonly fingerprint?: string;
  /**
   * The key the upload was made with: its name then ("Work", "from the environment") and its id
   * (electron/core/key-id.ts), never the key. Absent in entries written before keys had names.
   */
  readonly keyName?: string;
  readonly keyId?: string;
  readonly errorCode?: ErrorCode;
  /** The failure's sentence in English (logs, exports, and entries written before `errorValues`). */
  readonly errorMessage?: string;
  /** What the sentence was made from, to say it again in the reader's language (shared/i18n/error-words.ts). */
  readonly errorValues?: ErrorValues;
  /** Where the upload came from. */
  readonly source: 'app' | 'cli';
  /** ISO date the provider said the upload is ready to use, for uploads it processes first (memories.ai, HeyGen v3). */
  readonly readyAt?: string;
  /** ISO date the upload was deleted from the provider (History's "Delete from …", `media-uploader delete`). */
  readonly removedAt?: string;
}

/** What can be added to an entry after it was written: things that happened to the upload later. */
export type HistoryAmendment = Pick<HistoryEntry, 'readyAt' | 'removedAt'>;

export interface HistoryPage {
  readonly entries: readonly HistoryEntry[];
  /** How many entries match the search in all. */
  readonly total: number;
  /** How many of those are successful uploads. */
  readonly uploaded: number;
  /**
   * How many of those are failed attempts still failed: not counting a failure whose file was
   * uploaded to the same provider afterwards (electron/core/history/history-later.ts).
   */
  readonly failed: number;
  /** The ids, among `entries`, of failed attempts whose file was uploaded to the same provider afterwards. */
  readonly uploadedLater: readonly string[];
}

/** The key an entry records its upload was made with; undefined for entries from before keys had names. */
export function usedKeyOfEntry(entry: Pick<HistoryEntry, 'keyName' | 'keyId'>): UsedKey | undefined {
  return entry.keyName === undefined || entry.keyId === undefined ? undefined : { name: entry.keyName, id: entry.keyId };
}

/** `{ key }` where the entry records the key that made it, to spread into what is said of the upload. */
export function keyFieldOf(entry: Pick<HistoryEntry, 'keyName' | 'keyId'>): { key?: UsedKey } {
  const key = usedKeyOfEntry(entry);
  return key === undefined ? {} : { key };
}
