// What paths dropped on the queue (or named on the command line) become: the media files in them
// (a folder's, in name order), each opened and sniffed, as new items not started yet; the paths
// that cannot be queued at all are refused, each with its reason.

import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { newItem } from '../../../shared/queue-transitions.ts';
import type { IdleItem, RefusedPath } from '../../../shared/queue-types.ts';
import { expandPaths } from '../files/expand-paths.ts';
import { inspectAll } from '../files/inspect-all.ts';

export async function newItems(paths: readonly string[], provider: ProviderId, newId: () => string, retried = false, keyName?: string): Promise<{ items: IdleItem[]; refused: RefusedPath[] }> {
  const { files, refused } = await expandPaths(paths);
  const inspected = await inspectAll(files, PROVIDERS[provider].name, refused);
  const now = Date.now();
  const items = inspected.map((file) => newItem({
    id: newId(), path: file.path, name: file.name, size: file.size, mtimeMs: file.mtimeMs, provider, addedAt: now,
    ...(file.formatId !== undefined && { formatId: file.formatId }),
    ...(retried && { retried: true }),
    ...(keyName !== undefined && { key: { name: keyName } }),
  }));
  return { items, refused };
}
