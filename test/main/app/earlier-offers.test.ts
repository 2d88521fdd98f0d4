// The window's "Already uploaded?" watcher (electron/main/app/earlier-offers.ts) over a real file and
// a history: it reads the file only when an entry of its provider and exact size exists, and
// offers the newest reusable entry whose fingerprint is the file's. The queue is the watcher's
// three calls (subscribe, get, offerEarlier), recorded.

import { randomBytes } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerEarlierUploads } from '../../../electron/main/app/earlier-offers.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import type { EarlierUpload, IdleItem, QueuePatch } from '../../../shared/queue-types.ts';
import { fingerprintOfFile, makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { queueItem } from '../../fixtures/queue-items.ts';

let dir: string;
let path: string;
let size: number;
let fingerprint: string;

beforeAll(async () => {
  dir = await makeTempDir('earlier-offers-');
  path = join(dir, 'talk.mp3');
  await writeFile(path, randomBytes(40_000));
  size = (await stat(path)).size;
  fingerprint = await fingerprintOfFile(path);
});
afterAll(() => removeDir(dir));

const entry = (id: string, at: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id, at, name: 'talk.mp3', path, size, provider: 'assemblyai', ok: true, url: `https://cdn.example/${id}`, fingerprint, source: 'app', ...extra,
});

/** Runs the watcher over `history` for one added item; returns what it offered, once its reads are done. */
async function offered(history: HistoryEntry[], item: IdleItem): Promise<Array<{ id: string; earlier: EarlierUpload | undefined }>> {
  const offers: Array<{ id: string; earlier: EarlierUpload | undefined }> = [];
  let listener: ((patch: QueuePatch) => void) | undefined;
  const watcher = offerEarlierUploads({
    queue: {
      subscribe: (l) => ((listener = l), () => undefined),
      get: (id) => (id === item.id ? item : undefined),
      offerEarlier: (id, earlier) => void offers.push({ id, earlier }),
    } as Parameters<typeof offerEarlierUploads>[0]['queue'],
    history: { all: () => history },
  });
  listener?.({ items: [item], removed: [] } as unknown as QueuePatch);
  // The reads run in the background, one at a time: a short wait covers one small file.
  await new Promise((resolve) => setTimeout(resolve, 200));
  watcher.stop();
  return offers;
}

describe('offering an earlier upload of the same file', () => {
  it('offers the newest reusable entry of the same provider and size whose fingerprint matches', async () => {
    const history = [
      entry('older', '2026-12-01T10:00:00.000Z'),
      entry('newest', '2026-12-05T10:00:00.000Z'),
      entry('other-size', '2026-12-06T10:00:00.000Z', { size: size + 1 }),
      entry('other-bytes', '2026-12-06T09:00:00.000Z', { fingerprint: 'xxh3:0000000000000000' }),
      entry('other-provider', '2026-12-06T08:00:00.000Z', { provider: 'wavespeed' }),
    ];
    const offers = await offered(history, queueItem('a', { path, size, name: 'talk.mp3' }));
    expect(offers).toEqual([{ id: 'a', earlier: expect.objectContaining({ historyId: 'newest', url: 'https://cdn.example/newest' }) }]);
  });

  it('offers nothing when no entry has the file\'s size', async () => {
    const offers = await offered([entry('other-size', '2026-12-06T10:00:00.000Z', { size: size + 1 })], queueItem('b', { path, size, name: 'talk.mp3' }));
    expect(offers).toEqual([]);
  });

  it('skips an expired or deleted entry for an older one that still works', async () => {
    const history = [
      entry('works', '2026-11-30T10:00:00.000Z', { expiresAt: '2099-01-01T00:00:00.000Z' }),
      entry('expired', '2026-12-04T10:00:00.000Z', { expiresAt: '2000-01-01T00:00:00.000Z' }),
      entry('deleted', '2026-12-05T10:00:00.000Z', { removedAt: '2026-12-05T11:00:00.000Z' }),
    ];
    const offers = await offered(history, queueItem('c', { path, size, name: 'talk.mp3' }));
    expect(offers.map((o) => o.earlier?.historyId)).toEqual(['works']);
  });
});
