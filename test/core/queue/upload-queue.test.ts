// The queue: concurrency limit, memories.ai's pace, cancel, retry, remove, coalesced patches,
// preflight problems that keep a file from starting, batches, and history records (through
// the recorder that listens to it).

import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { batchProgress } from '../../../shared/batch-progress.ts';
import { isBlocked, type QueueItem, type QueuePatch } from '../../../shared/queue-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { recordHistory, STOPPED_BY_QUIT, type HistoryAppender } from '../../../electron/core/history/history-recorder.ts';
import type { QueueDeps } from '../../../electron/core/queue/queue-send.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { makeTempDir, writeMediaFile, writeMediaSet } from '../../fixtures/media-files.ts';
import { providerError, TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();

function makeQueue(overrides: Partial<QueueDeps> = {}, appender?: HistoryAppender) {
  const history: Omit<HistoryEntry, 'id' | 'at'>[] = [];
  const queue = new UploadQueue({
    getKey: async (p: ProviderId) => TEST_KEYS[p],
    settings: () => ({ concurrency: 2, regions: {} }),
    baseUrl: () => loop.server.baseUrl,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    // Whether uploads become ready is ready-status.test.ts's subject; here it would only add requests.
    readyChecks: false,
    ...overrides,
  });
  const historyErrors: [string, unknown][] = [];
  const recorder = recordHistory(queue, appender ?? { append: async (e) => void history.push(e) }, 'app', (item, error) => historyErrors.push([item.name, error]));
  /** Resolves once the batch is over and its outcomes are in the history. */
  const settled = async () => {
    const summary = await queue.whenSettled();
    await recorder.whenWritten();
    return summary;
  };
  return { queue, history, historyErrors, settled, recorder };
}

/** The provider's verdict on an item that has not run. */
const problemOf = (item: QueueItem | undefined) => (item !== undefined && isBlocked(item) ? item.problem : undefined);

describe('UploadQueue', () => {
  it('uploads everything it was asked to, never more than the concurrency limit at once', async () => {
    const { queue, history, settled } = makeQueue();
    const files = await Promise.all([1, 2, 3, 4, 5].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `c${n}.mp3`, size: 400_000 })));
    loop.server.script({ kind: 'upload', times: 5, bytesPerSecond: 4_000_000 });
    let peak = 0;
    queue.subscribe(() => {
      peak = Math.max(peak, queue.snapshot().items.filter((i) => i.status === 'uploading').length);
    }, 5);
    const { added } = await queue.add(files, 'assemblyai');
    expect(added).toHaveLength(5);
    expect(queue.snapshot().items.every((i) => i.status === 'idle')).toBe(true);
    queue.start();
    const summary = await settled();
    expect(summary).toEqual({ done: 5, failed: 0, cancelled: 0 });
    expect(peak).toBe(2);
    expect(loop.server.uploads()).toHaveLength(5);
    expect(history.filter((h) => h.ok && h.url !== undefined && h.source === 'app')).toHaveLength(5);
  });

  it('keeps memories.ai uploads at least a second apart', async () => {
    const { queue } = makeQueue({ settings: () => ({ concurrency: 3, regions: {} }) });
    // Each body takes ~100 ms to read, so the poll below sees every request while it is open.
    const files = await Promise.all([1, 2, 3].map((n) => writeMediaFile(loop.dir, 'mp4', { name: `m${n}.mp4`, size: 200_000 })));
    loop.server.script({ provider: 'memories', times: 3, bytesPerSecond: 2_000_000 });
    // Note when each request first shows up at the loop.server (polled every 10 ms).
    const seen = new Map<number, number>();
    const poll = setInterval(() => {
      for (const r of loop.server.uploads('memories')) if (!seen.has(r.id)) seen.set(r.id, performance.now());
    }, 10);
    const { added } = await queue.add(files, 'memories', { start: true });
    await queue.whenSettled();
    clearInterval(poll);
    const starts = [...seen.values()].sort((a, b) => a - b);
    expect(starts).toHaveLength(added.length);
    for (let i = 1; i < starts.length; i++) expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('marks a file the provider refuses and never starts it', async () => {
    const set = await writeMediaSet(await makeTempDir());
    const { queue } = makeQueue();
    const { added } = await queue.add([set.png, set.mp3], 'assemblyai');
    const [png, mp3] = added.map((id) => queue.get(id));
    expect(problemOf(png)?.code).toBe('UNSUPPORTED_TYPE');
    expect(problemOf(png)?.message).toContain('AssemblyAI does not accept PNG image files');
    expect(problemOf(mp3)).toBeUndefined();
    queue.start();
    await queue.whenSettled();
    expect(queue.get(png?.id ?? '')?.status).toBe('idle');
    expect(loop.server.uploads('assemblyai')).toHaveLength(1);
    // Choosing a provider that takes PNG clears the problem.
    queue.setProvider([png?.id ?? ''], 'heygen');
    expect(problemOf(queue.get(png?.id ?? ''))).toBeUndefined();
  });

  it('refuses paths it cannot queue, with a reason, and queues the rest', async () => {
    const set = await writeMediaSet(await makeTempDir());
    const { queue } = makeQueue();
    const result = await queue.add([set.missing, set.mp3], 'assemblyai');
    expect(result.added).toHaveLength(1);
    expect(result.refused).toEqual([expect.objectContaining({ path: set.missing, code: 'FILE_NOT_FOUND' })]);
  });

  it('cancels an upload mid-way and can retry it to success', async () => {
    const { queue, history } = makeQueue();
    const file = await writeMediaFile(loop.dir, 'mp4', { name: 'long.mp4', size: 8_000_000 });
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 2_000_000 });
    const { added } = await queue.add([file], 'wavespeed', { start: true });
    const id = added[0] ?? '';
    await loop.server.waitFor((r) => r.bodyBytes > 500_000);
    queue.cancel(id);
    await queue.whenSettled();
    expect(queue.get(id)?.status).toBe('cancelled');
    expect(history).toHaveLength(0);
    queue.retry(id);
    await queue.whenSettled();
    expect(queue.get(id)).toMatchObject({ status: 'done', result: { url: expect.stringMatching(/^https:\/\//) } });
  });

  it('fails with the provider error, records the failure, and retries on request', async () => {
    const { queue, history, settled } = makeQueue();
    const file = await writeMediaFile(loop.dir, 'png', { name: 'denied.png' });
    loop.server.script({ provider: 'heygen', times: 1, reply: providerError('heygen', 403, 'Plan does not allow uploads') });
    const { added } = await queue.add([file], 'heygen', { start: true });
    const id = added[0] ?? '';
    await settled();
    expect(queue.get(id)).toMatchObject({ status: 'failed', error: { code: 'FORBIDDEN', status: 403 } });
    expect(history[0]).toMatchObject({ ok: false, errorCode: 'FORBIDDEN', name: 'denied.png' });
    queue.retry(id);
    await settled();
    expect(queue.get(id)?.status).toBe('done');
    expect(history[1]).toMatchObject({ ok: true });
  });

  it('fails KEY_MISSING without sending when no key is stored', async () => {
    const { queue } = makeQueue({ getKey: async () => undefined });
    const file = await writeMediaFile(loop.dir, 'mp3', { name: 'nokey.mp3' });
    const { added } = await queue.add([file], 'assemblyai', { start: true });
    await queue.whenSettled();
    expect(queue.get(added[0] ?? '')).toMatchObject({ status: 'failed', error: { code: 'KEY_MISSING' } });
    expect(loop.server.requests).toHaveLength(0);
  });

  it('sends coalesced patches: progress of a long upload arrives as a few patches, not one per chunk', async () => {
    const { queue } = makeQueue();
    // 40 MB read at 20 MB/s: long enough that loopback socket buffers (a few MB) do not swallow it at once.
    const file = await writeMediaFile(loop.dir, 'mp3', { name: 'ticks.mp3', size: 40_000_000 });
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 20_000_000 });
    const patches: QueuePatch[] = [];
    queue.subscribe((p) => patches.push(p), 100);
    await queue.add([file], 'assemblyai', { start: true });
    await queue.whenSettled();
    const progressPatches = patches.filter((p) => p.items.some((i) => i.status === 'uploading'));
    expect(progressPatches.length).toBeGreaterThan(1);
    // About two seconds of upload at ~10 patches/s: far fewer than the ~150 chunks of 256 KiB.
    expect(progressPatches.length).toBeLessThan(50);
    expect(patches.at(-1)?.items.at(-1)?.status).toBe('done');
  });

  it('keeps the result and reports it when the history cannot record an upload', async () => {
    const { queue, historyErrors: reported, settled } = makeQueue({}, { append: async () => Promise.reject(new Error('The disk is full.')) });
    const file = await writeMediaFile(loop.dir, 'mp3', { name: 'unrecorded.mp3' });
    const { added } = await queue.add([file], 'assemblyai', { start: true });
    await settled();
    expect(queue.get(added[0] ?? '')).toMatchObject({ status: 'done', result: { url: expect.stringMatching(/^https:\/\//) } });
    expect(reported).toEqual([['unrecorded.mp3', new Error('The disk is full.')]]);
  });

  it('cancels everything waiting or uploading at once, and records none of it', async () => {
    const { queue, history, settled } = makeQueue();
    const files = await Promise.all([1, 2, 3].map((n) => writeMediaFile(loop.dir, 'mp4', { name: `all${n}.mp4`, size: 4_000_000 })));
    loop.server.script({ kind: 'upload', times: 3, bytesPerSecond: 1_000_000 });
    const { added } = await queue.add(files, 'wavespeed', { start: true });
    await loop.server.waitFor((r) => r.bodyBytes > 100_000);
    expect(queue.snapshot().items.map((i) => i.status).sort()).toEqual(['uploading', 'uploading', 'waiting']);
    queue.cancelAll();
    expect(await settled()).toEqual({ done: 0, failed: 0, cancelled: 3 });
    expect(added.map((id) => queue.get(id)?.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(history).toHaveLength(0);
  });

  it('numbers batches: files started while one runs join it, a start after it ends begins the next at 0 %', async () => {
    const { queue, settled } = makeQueue();
    const big = await writeMediaFile(loop.dir, 'mp3', { name: 'big.mp3', size: 3_000_000 });
    const joins = await writeMediaFile(loop.dir, 'mp3', { name: 'joins.mp3', size: 100_000 });
    const later = await writeMediaFile(loop.dir, 'mp3', { name: 'later.mp3', size: 100_000 });
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 3_000_000 });
    const [bigId = '', joinsId = '', laterId = ''] = (await queue.add([big, joins, later], 'assemblyai')).added;
    queue.start([bigId]);
    await loop.server.waitFor((r) => r.bodyBytes > 100_000);
    queue.start([joinsId]);
    expect(await settled()).toEqual({ done: 2, failed: 0, cancelled: 0 });
    const batchOf = (id: string) => {
      const item = queue.get(id);
      return item === undefined || item.status === 'idle' ? undefined : item.batch;
    };
    expect(batchOf(joinsId)).toBe(batchOf(bigId));
    expect(batchProgress(queue.snapshot().items)).toMatchObject({ active: false, files: 2, fraction: 1 });

    queue.start([laterId]);
    expect(batchOf(laterId)).toBe((batchOf(bigId) ?? 0) + 1);
    // The finished 3 MB do not count: the new upload starts at nothing sent of its own 100 kB.
    expect(batchProgress(queue.snapshot().items)).toMatchObject({ active: true, files: 1, totalBytes: 100_000, sentBytes: 0, fraction: 0 });
    expect(await settled()).toEqual({ done: 1, failed: 0, cancelled: 0 });
  });

  it('removes and clears finished items, telling subscribers', async () => {
    const { queue } = makeQueue();
    const files = await Promise.all([1, 2].map((n) => writeMediaFile(loop.dir, 'jpeg', { name: `r${n}.jpg` })));
    const removed: string[] = [];
    queue.subscribe((p) => removed.push(...p.removed), 1);
    const { added } = await queue.add(files, 'wavespeed', { start: true });
    await queue.whenSettled();
    queue.clearFinished();
    await new Promise((r) => setTimeout(r, 20));
    expect(queue.snapshot().items).toHaveLength(0);
    expect(removed.sort()).toEqual([...added].sort());
  });

  it('pauses: no new upload starts, the running one finishes, and resuming starts the rest', async () => {
    const { queue, settled } = makeQueue({ settings: () => ({ concurrency: 1, regions: {} }) });
    const files = await Promise.all([1, 2, 3].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `pause${n}.mp3`, size: 300_000 + n })));
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 1_000_000 });
    const told: boolean[] = [];
    queue.on('paused', (paused) => told.push(paused));
    const { added } = await queue.add(files, 'assemblyai', { start: true });
    await loop.server.waitFor((r) => r.bodyBytes > 10_000);
    queue.pause();
    queue.pause();
    expect(queue.paused).toBe(true);
    // The running upload goes on to the end; the others wait.
    await expect.poll(() => queue.get(added[0] ?? '')?.status, { timeout: 5000 }).toBe('done');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(added.map((id) => queue.get(id)?.status)).toEqual(['done', 'waiting', 'waiting']);
    expect(loop.server.uploads()).toHaveLength(1);
    queue.resume();
    expect(await settled()).toEqual({ done: 3, failed: 0, cancelled: 0 });
    expect(told).toEqual([true, false]);
  });

  it('records the uploads a quit stops, but not the files still waiting for their turn', async () => {
    const { queue, history, recorder } = makeQueue({ settings: () => ({ concurrency: 1, regions: {} }) });
    const files = await Promise.all([1, 2].map((n) => writeMediaFile(loop.dir, 'mp4', { name: `quit${n}.mp4`, size: 2_000_000 + n })));
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 500_000 });
    await queue.add(files, 'assemblyai', { start: true });
    await loop.server.waitFor((r) => r.bodyBytes > 10_000);
    expect(queue.snapshot().items.map((i) => i.status)).toEqual(['uploading', 'waiting']);
    // makeQueue's recorder is the app's: tell it the cancels to come are the quit's.
    recorder.recordStops();
    queue.cancelAll();
    await queue.whenSettled();
    await recorder.whenWritten();
    expect(history.map((h) => [h.name, h.errorCode, h.errorMessage])).toEqual([['quit1.mp4', 'CANCELLED', STOPPED_BY_QUIT]]);
  });
});
