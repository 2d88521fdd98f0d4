// "Already uploaded?" in the window. A file added (or moved to another provider) whose size
// matches a reusable history entry for its provider is fingerprinted, and if its fingerprint
// matches too, its row offers that entry's link (queue.offerEarlier). The size is compared first, so a
// file is read only when the history holds an upload of exactly its size; reads run one at a
// time in the background, so adding 10,000 files never waits for them. The terminal has the
// same rule as --reuse (electron/cli/reuse-earlier.ts); both use electron/core/history/reuse-upload.ts.

import { keyFieldOf, type HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import type { EarlierUpload, IdleItem, QueuePatch } from '../../../shared/queue-types.ts';
import { reuseKeyOf, type KeyBook } from '../../core/keys/key-book.ts';
import { isReusable, madeWithKey, matchFingerprint, reusableBySize, sizeKey } from '../../core/history/reuse-upload.ts';
import type { UploadQueue } from '../../core/queue/upload-queue.ts';

export interface EarlierOfferDeps {
  readonly queue: Pick<UploadQueue, 'subscribe' | 'get' | 'offerEarlier'>;
  readonly history: { all(): readonly HistoryEntry[] };
  /** Which key each file goes with: only uploads made with that key are offered (reuse-upload.ts madeWithKey). */
  readonly keys?: Pick<KeyBook, 'forNewUpload' | 'forEarlierUpload'>;
  readonly now?: () => number;
}

export interface EarlierOffers {
  stop(): void;
}

export function offerEarlierUploads(deps: EarlierOfferDeps): EarlierOffers {
  const now = deps.now ?? Date.now;
  // Each file is looked at once per provider and version of it; "Upload again" is not undone.
  const looked = new Set<string>();
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  const unsubscribe = deps.queue.subscribe((patch: QueuePatch) => {
    // A row still "Checking…" has no size yet: it is looked at once its file has been.
    const fresh = patch.items.filter((item): item is IdleItem => item.status === 'idle' && item.checking !== true && item.earlier === undefined && item.problem === undefined && !looked.has(lookKey(item)));
    if (fresh.length === 0) return;
    for (const item of fresh) looked.add(lookKey(item));
    const bySize = reusableBySize(deps.history.all(), fresh, now());
    for (const item of fresh) {
      const candidates = bySize.get(sizeKey(item.provider, item.size));
      if (candidates === undefined) continue;
      chain = chain.then(() => check(item, candidates));
    }
  });

  async function check(added: IdleItem, candidates: readonly HistoryEntry[]): Promise<void> {
    const item = deps.queue.get(added.id);
    // Started, removed or moved meanwhile: nothing to offer (a move is looked at as it happens).
    if (stopped || item?.status !== 'idle' || item.provider !== added.provider || item.key?.name !== added.key?.name || item.mtimeMs !== added.mtimeMs) return;
    const key = deps.keys === undefined ? {} : await reuseKeyOf(deps.keys, item.provider, item.key?.name);
    if (key === undefined) return;
    let match: HistoryEntry | undefined;
    try {
      match = await matchFingerprint(item.path, PROVIDERS[item.provider].name, item.name, candidates.filter((entry) => isReusable(entry, now()) && madeWithKey(entry, key)));
    } catch {
      return; // Unreadable now: the upload itself will say so in its own words.
    }
    if (match !== undefined && !stopped) deps.queue.offerEarlier(item.id, earlierOf(match));
  }

  return {
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}

function lookKey(item: IdleItem): string {
  return `${item.id}\n${item.provider}\n${item.key?.name ?? ''}\n${item.size}\n${item.mtimeMs}`;
}

function earlierOf(entry: HistoryEntry): EarlierUpload {
  return {
    historyId: entry.id, at: entry.at,
    ...(entry.url !== undefined && { url: entry.url }),
    ...(entry.assetId !== undefined && { assetId: entry.assetId }),
    ...(entry.expiresAt !== undefined && { expiresAt: entry.expiresAt }),
    ...keyFieldOf(entry),
  };
}

