// One change to the upload list as one line of its file (queue-store.ts), and back: an item in
// its new state (`{"item":{…}}`, whole, so the last line for an id is all there is to know) or an
// item taken off the list (`{"removed":"<id>"}`). Reading is forgiving: a line that is not a
// valid change (a torn write, a damaged disk, a newer app's state) is skipped and counted.

import { ERROR_CODES } from '../../../shared/error-codes.ts';
import { PROVIDER_IDS } from '../../../shared/providers.ts';
import { savedForm, type SavedItem } from '../../../shared/queue-transitions.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import { cleanDetail } from '../errors/upload-error.ts';
import { ENVIRONMENT_KEY_NAME, isKeyId, keyNameIssue } from '../../../shared/key-names.ts';

const PROVIDER_SET: ReadonlySet<unknown> = new Set(PROVIDER_IDS);
const ERROR_CODE_SET: ReadonlySet<unknown> = new Set(ERROR_CODES);
const STATUSES: ReadonlySet<unknown> = new Set(['idle', 'waiting', 'uploading', 'processing', 'done', 'failed', 'cancelled', 'interrupted']);

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
/**
 * Absent, or a key's name with its id where it was sent. A line with a key that is not one is
 * skipped whole: without it a retry would take the default key, which may be another account's.
 */
const optionalKey = (v: unknown): boolean => v === undefined
  || (isObject(v) && typeof v.name === 'string' && (keyNameIssue(v.name) === undefined || v.name === ENVIRONMENT_KEY_NAME) && (v.id === undefined || isKeyId(v.id)));

/**
 * The saved item's shape (shared/queue-transitions.ts SavedItem), checked by hand: zod took
 * 140 ms for a list of 10,000 on this project's machines, this takes a few (test/bench/queue-bench.ts).
 * Only what the app reads is checked; restoredItem() rebuilds the item from these fields alone.
 */
function isSavedItem(value: unknown): value is SavedItem {
  if (!isObject(value)) return false;
  const v = value;
  const facts = typeof v.id === 'string' && v.id !== '' && v.id.length <= 100 && typeof v.path === 'string' && v.path !== ''
    && typeof v.name === 'string' && isCount(v.size) && isNumber(v.mtimeMs) && optionalString(v.formatId)
    && PROVIDER_SET.has(v.provider) && isNumber(v.addedAt) && STATUSES.has(v.status) && optionalKey(v.key)
    && (v.group === undefined || (typeof v.group === 'string' && v.group !== '' && v.group.length <= 100)) && (v.primary === undefined || v.primary === true);
  if (!facts) return false;
  if (v.status === 'idle') return v.attempt === 0;
  if (!isCount(v.batch) || !isCount(v.attempt)) return false;
  switch (v.status) {
    case 'done':
    case 'processing': {
      const r = v.result;
      return isNumber(v.finishedAt) && (v.readyAt === undefined || isNumber(v.readyAt))
        && isObject(r) && optionalString(r.url) && optionalString(r.assetId) && optionalString(r.expiresAt);
    }
    case 'failed': {
      const e = v.error;
      return isNumber(v.finishedAt) && isObject(e) && ERROR_CODE_SET.has(e.code) && typeof e.message === 'string'
        && (e.status === undefined || isNumber(e.status)) && optionalString(e.detail) && (e.values === undefined || (isObject(e.values) && !Array.isArray(e.values)));
    }
    case 'cancelled':
      return isNumber(v.finishedAt);
    default:
      return true;
  }
}

/** The line that records `item` in its present state. */
export function itemLine(item: QueueItem): string {
  return `${JSON.stringify({ item: savedForm(item) })}\n`;
}

export function removedLine(id: string): string {
  return `${JSON.stringify({ removed: id })}\n`;
}

/** Which item a line changes, read without parsing the rest; what it says is read by lineItem(). */
export type LineTarget = { readonly id: string } | { readonly removed: string };

const ITEM_START = '{"item":{"id":"';
const REMOVED_START = '{"removed":"';
// Ids are the queue's UUIDs: nothing in them needs escaping in JSON.
const PLAIN_ID = /^[\w-]{1,100}$/;

/**
 * Reads a line only as far as which item it is about. A list's file holds several lines per
 * item (added, started, uploading, done…) and only the last one counts, so only that one is
 * parsed (lineItem): parsing all 40,000 lines of a list of 10,000 took most of the time and
 * memory of a restore (test/bench/queue-bench.ts). Lines this app wrote begin with the id;
 * any other line is parsed to find it.
 */
export function lineTarget(line: string): LineTarget | undefined {
  const id = plainIdAfter(line, ITEM_START);
  if (id !== undefined) return { id };
  const removed = plainIdAfter(line, REMOVED_START);
  if (removed !== undefined) return { removed };
  const value = parseJson(line);
  if (!isObject(value)) return undefined;
  if (typeof value.removed === 'string' && value.item === undefined) return { removed: value.removed };
  const itemId = isObject(value.item) ? value.item.id : undefined;
  return typeof itemId === 'string' && itemId !== '' ? { id: itemId } : undefined;
}

function plainIdAfter(line: string, start: string): string | undefined {
  if (!line.startsWith(start)) return undefined;
  const end = line.indexOf('"', start.length);
  const id = end < 0 ? '' : line.slice(start.length, end);
  return PLAIN_ID.test(id) ? id : undefined;
}

/** The item a line records, if it is one this app can restore. */
export function lineItem(line: string): SavedItem | undefined {
  const value = parseJson(line);
  if (!isObject(value) || !isSavedItem(value.item)) return undefined;
  const item = value.item;
  // A list saved by an earlier version may hold a provider's words as they came (a key, escapes,
  // 60 KB): they are cleaned as every detail is now (upload-error.ts cleanDetail).
  if (item.status !== 'failed' || item.error.detail === undefined) return item;
  const { detail, ...error } = item.error;
  const clean = cleanDetail(detail);
  return { ...item, error: { ...error, ...(clean !== undefined && { detail: clean }) } };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
