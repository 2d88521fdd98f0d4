// One history entry as one line of the history file, and back. Reading is forgiving: a line
// that is not a valid entry (a torn write, a bit flipped by a failing disk) is skipped and
// counted, never a reason to refuse the whole history.

import { ERROR_CODES } from '../../../shared/error-codes.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDER_IDS } from '../../../shared/providers.ts';
import { isFingerprint } from '../files/fingerprint.ts';
import { isKeyId } from '../../../shared/key-names.ts';

export type NewHistoryEntry = Omit<HistoryEntry, 'id' | 'at'> & { at?: string };

/**
 * Fields added to an entry after it was written (shared/history-types.ts HistoryAmendment). An
 * amendment is the whole entry written again with them: the file stays append-only, an older
 * app keeps the first copy it reads (as it does with any repeated line), and this one merges the
 * copies (mergeEntries), so neither order nor a repeated line can lose one.
 */
export const AMENDMENTS = ['readyAt', 'removedAt'] as const;

/** One entry from two copies of it: the first's facts with every amendment either copy has (the earliest date of each). */
export function mergeEntries(first: HistoryEntry, second: HistoryEntry): HistoryEntry {
  let merged = first;
  for (const field of AMENDMENTS) {
    const theirs = second[field];
    const ours = merged[field];
    if (theirs !== undefined && (ours === undefined || theirs < ours)) merged = { ...merged, [field]: theirs };
  }
  return merged;
}

/** A complete entry with only the known fields, in a fixed order, optional ones left out when empty. */
export function completeEntry(input: NewHistoryEntry, id: string, at: string): HistoryEntry {
  const entry: Record<string, unknown> = {
    id,
    at,
    name: input.name,
    path: input.path,
    size: input.size,
    provider: input.provider,
    ok: input.ok,
  };
  for (const field of ['url', 'assetId', 'expiresAt', 'fingerprint', 'keyName', 'keyId', 'errorCode', 'errorMessage'] as const) {
    const value = input[field];
    if (value !== undefined && value !== '') entry[field] = value;
  }
  if (isObject(input.errorValues)) entry.errorValues = input.errorValues;
  entry.source = input.source;
  for (const field of AMENDMENTS) {
    const value = input[field];
    if (value !== undefined && value !== '') entry[field] = value;
  }
  // Written entries are checked as strictly as read ones, and more: a fingerprint must be one.
  const keyProblem = (entry.keyId === undefined) !== (entry.keyName === undefined) || (entry.keyId !== undefined && !isKeyId(entry.keyId));
  if (!isStoredEntry(entry) || keyProblem || (entry.fingerprint !== undefined && !isFingerprint(entry.fingerprint)) || (input.errorCode !== undefined && entry.errorCode === undefined)) {
    throw new Error(`Not a valid history entry: ${JSON.stringify(entry).slice(0, 300)}`);
  }
  return entry;
}

export function entryLine(entry: HistoryEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

export function parseEntryLine(line: string): HistoryEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  return isStoredEntry(value) ? value : undefined;
}

const PROVIDER_SET: ReadonlySet<unknown> = new Set(PROVIDER_IDS);
const ERROR_CODE_SET: ReadonlySet<unknown> = new Set(ERROR_CODES);
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What an entry is (shared/history-types.ts HistoryEntry), checked by hand for every line read
 * and every entry written. Opening a history of 100,000 entries runs this 100,000 times; zod's
 * parse built a copy of every object (a third of the time to open), and loading zod at all cost
 * the command line about 30 ms of start-up.
 */
function isStoredEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const valid = typeof v.id === 'string' && v.id !== '' && typeof v.at === 'string' && v.at !== ''
    && typeof v.name === 'string' && typeof v.path === 'string' && typeof v.size === 'number' && typeof v.ok === 'boolean'
    && PROVIDER_SET.has(v.provider) && (v.source === 'app' || v.source === 'cli')
    && optionalString(v.url) && optionalString(v.assetId) && optionalString(v.expiresAt) && optionalString(v.fingerprint) && optionalString(v.errorMessage)
    && optionalString(v.readyAt) && optionalString(v.removedAt) && optionalString(v.keyName) && optionalString(v.keyId);
  if (!valid) return false;
  // A code from a newer version of the app is dropped rather than losing the whole entry.
  if (v.errorCode !== undefined && !ERROR_CODE_SET.has(v.errorCode)) delete v.errorCode;
  // Values that are not an object are not values: the entry is shown by its message.
  if (v.errorValues !== undefined && !isObject(v.errorValues)) delete v.errorValues;
  // Entries from before fingerprints said their algorithm held a SHA-256 in hex as `sha256`.
  // (Only where there is one: deleting a property makes V8 keep the object in a slower form.)
  if (v.sha256 !== undefined) {
    if (typeof v.sha256 === 'string' && v.fingerprint === undefined) v.fingerprint = `sha256:${v.sha256}`;
    delete v.sha256;
  }
  return true;
}
