// --reuse: files already uploaded to the same provider with the same key (same size and
// fingerprint, link not expired, per the history) are not sent again; their earlier link is
// reported instead.

import { PROVIDERS } from '../../shared/providers.ts';
import { keyFieldOf, type HistoryEntry } from '../../shared/history-types.ts';
import { isBlocked } from '../../shared/queue-types.ts';
import { dataDir } from '../core/files/data-dir.ts';
import { HistoryStore } from '../core/history/history-store.ts';
import { reuseKeyOf, type KeyBook } from '../core/keys/key-book.ts';
import { findReusable } from '../core/history/reuse-upload.ts';
import type { UploadQueue } from '../core/queue/upload-queue.ts';
import type { FileOutcome } from './upload-report.ts';

export interface Reuse {
  /** The ids still to upload. */
  readonly start: string[];
  readonly reused: FileOutcome[];
}

async function historyEntries(env: NodeJS.ProcessEnv): Promise<readonly HistoryEntry[]> {
  try {
    const history = await HistoryStore.open(dataDir(env));
    const entries = history.all();
    await history.close();
    return entries;
  } catch {
    // No history to compare with: every file is simply uploaded.
    return [];
  }
}

/**
 * Takes the files that can reuse an earlier upload off the queue, and says what each reuses. Only
 * an upload made with the key a file goes with is reused: another key's belongs to another account.
 */
export async function reuseEarlier(queue: UploadQueue, ids: readonly string[], env: NodeJS.ProcessEnv, keys: Pick<KeyBook, 'forNewUpload' | 'forEarlierUpload'>): Promise<Reuse> {
  const entries = await historyEntries(env);
  const start: string[] = [];
  const reused: FileOutcome[] = [];
  for (const id of ids) {
    const item = queue.get(id);
    if (item === undefined || isBlocked(item) || entries.length === 0) {
      start.push(id);
      continue;
    }
    const key = await reuseKeyOf(keys, item.provider, item.key?.name);
    if (key === undefined) {
      // No key to go with: the upload itself says so, in its own words.
      start.push(id);
      continue;
    }
    const file = { path: item.path, name: item.name, size: item.size, provider: item.provider, providerName: PROVIDERS[item.provider].name, key };
    // A file that cannot be read now is uploaded as usual, and fails there with its own sentence.
    const match = await findReusable(entries, file).catch(() => undefined);
    if (match === undefined) {
      start.push(id);
      continue;
    }
    queue.remove(id);
    reused.push({
      file: item.path, provider: item.provider, ok: true, bytes: item.size, reused: match.at,
      ...keyFieldOf(match),
      ...(match.url !== undefined && { url: match.url }), ...(match.assetId !== undefined && { assetId: match.assetId }),
    });
  }
  return { start, reused };
}

