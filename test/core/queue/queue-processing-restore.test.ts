// An upload the provider was still processing when the app stopped comes back "processing" and
// is checked again (it is not sent again); one that became ready keeps the time it did.

import { describe, expect, it } from 'vitest';
import { newItem, toProcessing, toReady, toUploading, toWaiting } from '../../../shared/queue-transitions.ts';
import { lineItem, itemLine } from '../../../electron/core/queue/queue-line.ts';
import { restoreQueue } from '../../../electron/core/queue/queue-restore.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { makeTempDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';

const loop = useLoopback();

describe('the list keeps uploads the provider is processing', () => {
  it('a line for a processing item, and for a ready one, reads back as written', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'line.mp4', size: 1000 });
    const uploading = toUploading(toWaiting(newItem({ id: 'p1', path, name: 'line.mp4', size: 1000, mtimeMs: 5, provider: 'memories', addedAt: 1, formatId: 'mp4' }), 3));
    const processing = toProcessing(uploading, { assetId: 're_000000000000000001' }, 10);
    const ready = toReady(processing, 20);
    expect(lineItem(itemLine(processing))).toEqual({ id: 'p1', path, name: 'line.mp4', size: 1000, mtimeMs: 5, formatId: 'mp4', provider: 'memories', addedAt: 1, status: 'processing', batch: 3, attempt: 1, finishedAt: 10, result: { assetId: 're_000000000000000001' } });
    expect(lineItem(itemLine(ready))).toMatchObject({ status: 'done', finishedAt: 10, readyAt: 20 });
    expect(lineItem(itemLine(ready).replace('"readyAt":20', '"readyAt":"soon"'))).toBeUndefined();
  });

  it('after a restart it is still processing, is checked again, and becomes ready without being sent again', async () => {
    const dataDir = await makeTempDir();
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'across.mp4', size: 30_000 });
    const sent = await uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl });
    const first = await restoreQueue(dataDir, () => undefined);
    const uploading = toUploading(toWaiting(newItem({ id: 'x1', path, name: 'across.mp4', size: 30_000, mtimeMs: 1, provider: 'memories', addedAt: 1, formatId: 'mp4' }), 1));
    first.store.saved(toProcessing(uploading, sent, 2));
    await first.store.whenWritten();
    await first.store.close();

    const { store, items } = await restoreQueue(dataDir, () => undefined);
    expect(items).toEqual([expect.objectContaining({ id: 'x1', status: 'processing', result: expect.objectContaining({ assetId: sent.assetId }) })]);
    const queue = new UploadQueue({
      getKey: async () => TEST_KEYS.memories, settings: () => ({ concurrency: 1, regions: {} }), baseUrl: () => loop.server.baseUrl,
      journal: store, readyChecks: { firstMs: 10, maxMs: 20 },
    });
    const processed = new Promise((resolve) => queue.once('processed', resolve));
    queue.restore(items);
    expect(await processed).toMatchObject({ id: 'x1', status: 'done', readyAt: expect.any(Number) });
    await store.whenWritten();
    await store.close();
    const again = await restoreQueue(dataDir, () => undefined);
    expect(again.items).toEqual([expect.objectContaining({ id: 'x1', status: 'done', readyAt: expect.any(Number) })]);
    await again.store.close();
    expect(loop.server.uploads('memories')).toHaveLength(1);
  });
});
