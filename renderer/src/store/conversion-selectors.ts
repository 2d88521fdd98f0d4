// Which refused files "Convert and upload" can help: refused for their format by their provider,
// where a format it takes exists (shared/conversions.ts). Derived, never stored.

import { conversionTarget } from '../../../shared/conversions.ts';
import { mediaFormat, type MediaFormat } from '../../../shared/media-formats.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { perItem } from './per-item.ts';
import type { QueueState } from './queue-selectors.ts';

/** The format a refused file would be converted to; undefined where converting would not help. */
export function conversionFor(item: QueueItem): MediaFormat | undefined {
  if (!isBlocked(item) || item.problem.code !== 'UNSUPPORTED_TYPE') return undefined;
  return mediaFormat(conversionTarget(PROVIDERS[item.provider], item.formatId));
}

const isConvertible = perItem((item) => conversionFor(item) !== undefined);

let lastQueue: QueueState['queue'];
let lastIds: readonly string[] = [];

/** Ids of the files "Convert all" would convert and upload, in queue order (memoised on the queue). */
export function selectConvertibleIds(state: QueueState): readonly string[] {
  if (state.queue === lastQueue) return lastIds;
  lastQueue = state.queue;
  const queue = state.queue;
  lastIds = queue === undefined ? [] : queue.queueIds.filter((id) => {
    const item = queue.queueById.get(id);
    return item !== undefined && isConvertible(item);
  });
  return lastIds;
}
