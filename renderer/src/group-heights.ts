// How tall a file sent to several providers is in the list (file-group-row.tsx), and what an open
// "Technical details" adds under any row (queue-list.tsx): the file's head (the
// file, where it goes, Copy link and Copy all) and a line per provider, taller where the line
// has a sentence under it (a refusal, a failure, a missing key). Worked out from the items, so
// the list never measures a row in the page (queue-words.ts rowHeight does the same for a file).

import type { QueueItem } from '../../shared/queue-types.ts';
import { hasRowMessage } from './queue-words.ts';

// The open "Technical details" panel: the sentence, the provider's words, the code, Copy for support.
export const DETAILS_HEIGHT = 120;
export const GROUP_HEAD_HEIGHT = 56;
// Under the last line.
export const GROUP_FOOT = 8;
export const LINE_HEIGHT = 44;
// Two lines of sentence under the provider's line; three in a narrow window (queue.css at 900px).
export const LINE_MESSAGE_HEIGHT = 84;
export const NARROW_LINE_MESSAGE_HEIGHT = 104;

/** A provider's line, its details open or not (provider-line.tsx sets this height). */
export function lineHeight(item: QueueItem, needsKey: boolean, narrow: boolean, expanded = false): number {
  const details = expanded ? DETAILS_HEIGHT : 0;
  if (!hasRowMessage(item, needsKey)) return LINE_HEIGHT + details;
  return (narrow ? NARROW_LINE_MESSAGE_HEIGHT : LINE_MESSAGE_HEIGHT) + details;
}

/** `expanded(item)`: whether a line's "Technical details" are open. */
export function groupHeight(items: readonly QueueItem[], needsKey: (item: QueueItem) => boolean, narrow: boolean, expanded: (item: QueueItem) => boolean): number {
  let height = GROUP_HEAD_HEIGHT + GROUP_FOOT;
  for (const item of items) height += lineHeight(item, needsKey(item), narrow, expanded(item));
  return height;
}
