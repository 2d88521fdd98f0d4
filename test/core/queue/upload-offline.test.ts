// Offline is a state, not a failure (issue 23): the real queue against the loopback providers,
// with its online signal flipped by hand as Electron's `net` would. Files started while offline
// wait and say why; back online they go by themselves. An upload cut while offline is tried
// again once the connection is back, without spending the retry budget. None is sent twice,
// none fails.

import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../shared/providers.ts';
import { OnlineState } from '../../../electron/core/network/online-signal.ts';
import type { QueueDeps } from '../../../electron/core/queue/queue-send.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();

function makeQueue(online: OnlineState, overrides: Partial<QueueDeps> = {}): UploadQueue {
  return new UploadQueue({
    getKey: async (p: ProviderId) => TEST_KEYS[p],
    settings: () => ({ concurrency: 2, regions: {} }),
    baseUrl: () => loop.server.baseUrl,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    readyChecks: false,
    online,
    ...overrides,
  });
}

/** Each file arrived whole exactly once (a cut attempt arrives 'reset', never 'complete'). */
function completeUploadsBySize(): number[] {
  return loop.server.uploads().filter((r) => r.bodyEnd === 'complete').map((r) => r.fileBytes ?? -1).sort((a, b) => a - b);
}

describe('UploadQueue offline', () => {
  it('keeps started files waiting while offline, saying why, and sends them once when the connection is back', async () => {
    const online = new OnlineState(false);
    const queue = makeQueue(online);
    const sizes = [200_001, 200_002, 200_003];
    const files = await Promise.all(sizes.map((size, n) => writeMediaFile(loop.dir, 'mp3', { name: `offline${n}.mp3`, size })));
    const { added } = await queue.add(files, 'assemblyai', { start: true });
    // Nothing can start while offline, however long it lasts: give it time to do wrong.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(added.map((id) => queue.get(id))).toEqual(added.map(() => expect.objectContaining({ status: 'waiting', offline: true })));
    expect(loop.server.requests).toHaveLength(0);

    online.set(true);
    expect(added.map((id) => queue.get(id))).not.toContainEqual(expect.objectContaining({ offline: true }));
    expect(await queue.whenSettled()).toEqual({ done: 3, failed: 0, cancelled: 0 });
    expect(completeUploadsBySize()).toEqual(sizes);
    expect(loop.server.uploads()).toHaveLength(3);
  });

  it('marks files waiting for their turn when the connection goes, and clears the mark when it is back', async () => {
    const online = new OnlineState(true);
    const queue = makeQueue(online, { settings: () => ({ concurrency: 1, regions: {} }) });
    const files = await Promise.all([1, 2].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `turn${n}.mp3`, size: 300_000 + n })));
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 1_000_000 });
    const { added } = await queue.add(files, 'assemblyai', { start: true });
    await loop.server.waitFor((r) => r.bodyBytes > 10_000);
    online.set(false);
    expect(queue.get(added[1] ?? '')).toMatchObject({ status: 'waiting', offline: true });
    // The first upload was not cut: it ends; the second does not start while offline.
    await expect.poll(() => queue.get(added[0] ?? '')?.status, { timeout: 5000 }).toBe('done');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(queue.get(added[1] ?? '')?.status).toBe('waiting');
    expect(loop.server.uploads()).toHaveLength(1);
    online.set(true);
    expect(await queue.whenSettled()).toEqual({ done: 2, failed: 0, cancelled: 0 });
    expect(loop.server.uploads()).toHaveLength(2);
  });

  it('tries an upload cut while offline again when the connection is back, without spending its one attempt', async () => {
    const online = new OnlineState(true);
    // One attempt only: a cut that counted would fail the file.
    const queue = makeQueue(online, { retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 50 } });
    const file = await writeMediaFile(loop.dir, 'mp4', { name: 'cut.mp4', size: 2_000_000 });
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 1_000_000, resetAfterBytes: 300_000 });
    const { added } = await queue.add([file], 'wavespeed', { start: true });
    const id = added[0] ?? '';
    await loop.server.waitFor((r) => r.bodyBytes > 0);
    online.set(false);
    await expect.poll(() => queue.get(id), { timeout: 5000 }).toMatchObject({ status: 'uploading', offline: true });
    expect(loop.server.uploads().map((r) => r.bodyEnd)).toEqual(['reset']);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(loop.server.uploads()).toHaveLength(1);

    online.set(true);
    expect(await queue.whenSettled()).toEqual({ done: 1, failed: 0, cancelled: 0 });
    expect(queue.get(id)).toMatchObject({ status: 'done', attempt: 2 });
    expect(queue.get(id)).not.toHaveProperty('offline');
    expect(completeUploadsBySize()).toEqual([2_000_000]);
  });

  it('cancels a file waiting for the connection at once', async () => {
    const online = new OnlineState(false);
    const queue = makeQueue(online);
    const file = await writeMediaFile(loop.dir, 'mp3', { name: 'never.mp3', size: 100_000 });
    const { added } = await queue.add([file], 'assemblyai', { start: true });
    queue.cancel(added[0] ?? '');
    expect(await queue.whenSettled()).toEqual({ done: 0, failed: 0, cancelled: 1 });
    online.set(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loop.server.requests).toHaveLength(0);
  });

  it('ends the batch when the files waiting for the connection are removed, sending nothing', async () => {
    const online = new OnlineState(false);
    const queue = makeQueue(online);
    const files = await Promise.all([1, 2].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `removed${n}.mp3` })));
    const { added } = await queue.add(files, 'assemblyai', { start: true });
    const settled = queue.whenSettled();
    for (const id of added) queue.remove(id);
    const hung = new Promise((resolve) => setTimeout(() => resolve('still running after 2 s'), 2_000));
    expect(await Promise.race([settled, hung])).toEqual({ done: 0, failed: 0, cancelled: 0 });
    online.set(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loop.server.requests).toHaveLength(0);
  });
});
