// What paths dropped on the queue (or named on the command line) become: the media files in them
// (a folder's, in name order), as new items not started yet, each one's row "Checking…" until
// its file is opened and sniffed (queue-checks.ts); the paths that cannot be queued at all are
// refused, each with its reason. No file is opened here: a folder's listing says what is in it.

import { basename } from 'node:path';
import type { ProviderId } from '../../../shared/providers.ts';
import { newItem } from '../../../shared/queue-transitions.ts';
import type { IdleItem, RefusedPath } from '../../../shared/queue-types.ts';
import { expandPaths } from '../files/expand-paths.ts';

export async function newItems(paths: readonly string[], provider: ProviderId, newId: () => string, retried = false, keyName?: string): Promise<{ items: IdleItem[]; refused: RefusedPath[] }> {
  const { files, refused } = await expandPaths(paths);
  const now = Date.now();
  const items = files.map((path) => newItem({
    id: newId(), path, name: basename(path), size: 0, mtimeMs: 0, provider, addedAt: now, checking: true,
    ...(retried && { retried: true }),
    ...(keyName !== undefined && { key: { name: keyName } }),
  }));
  return { items, refused };
}
