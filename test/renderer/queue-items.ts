// Queue items for the window's store tests: plain data in the shape main sends.

import type { QueueItem } from '../../shared/queue-types.ts';

export function queueItem(id: string, change: Partial<QueueItem> = {}): QueueItem {
  return {
    id,
    path: `/home/ana/Videos/${id}.mp4`,
    name: `${id}.mp4`,
    size: 1_000_000,
    mtimeMs: 1_700_000_000_000,
    formatId: 'mp4',
    provider: 'assemblyai',
    status: 'idle',
    attempt: 0,
    addedAt: 1_700_000_000_000,
    ...change,
  };
}
