// The upload list as the app finds it at start: read from its file (queue-store.ts), each item
// in the state the next start gives it (shared/queue-transitions.ts `restoredItem`: nothing
// resumes by itself), and each file not yet uploaded looked at again, since the person may have
// moved, deleted or edited it while the app was closed. Such a file is marked, not uploaded.

import { PROVIDERS } from '../../../shared/providers.ts';
import { restoredItem, withFileProblem } from '../../../shared/queue-transitions.ts';
import { canRestart, type QueueItem } from '../../../shared/queue-types.ts';
import { forEachAtOnce } from '../files/at-once.ts';
import { fileStamp } from '../files/file-inspect.ts';
import { QueueStore } from './queue-store.ts';
import { UploadError } from '../errors/upload-error.ts';

// Files looked at together: enough to hide a network drive's latency, few enough not to run out
// of file descriptors or flood a slow disk with 10,000 requests at once.
const CHECKS_AT_ONCE = 32;

export interface RestoredQueue {
  readonly store: QueueStore;
  /** The list in its order, ready for UploadQueue.restore(). */
  readonly items: readonly QueueItem[];
}

/** Opens the list saved in `dir` and brings it back; the file is then rewritten to say just that. */
export async function restoreQueue(dir: string, onError: (sentence: string, error: unknown) => void): Promise<RestoredQueue> {
  const store = await QueueStore.open(dir, onError);
  const items = await checkFiles(store.savedItems().map(restoredItem));
  await store.restart(items);
  return { store, items };
}

async function checkFiles(items: readonly QueueItem[]): Promise<QueueItem[]> {
  const checked = [...items];
  await forEachAtOnce(checked.length, CHECKS_AT_ONCE, async (index) => {
    checked[index] = await checkFile(checked[index] as QueueItem);
  });
  return checked;
}

/** A file not yet uploaded that moved, vanished or changed (size or date) since it was added cannot start. */
export async function checkFile(item: QueueItem): Promise<QueueItem> {
  if (!canRestart(item)) return item;
  try {
    const now = await fileStamp(item.path, PROVIDERS[item.provider].name);
    if (now.size === item.size && now.mtimeMs === item.mtimeMs) return item;
    return withFileProblem(item, {
      code: 'FILE_CHANGED',
      message: `${item.name} has changed since it was added to the list, so it was not uploaded. Add it again to upload it as it is now.`,
    });
  } catch (error) {
    if (error instanceof UploadError) return withFileProblem(item, error.toInfo());
    throw error;
  }
}
