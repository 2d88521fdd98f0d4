// Uploads the provider processes before they can be used: the queue keeps them "processing",
// checks in the background until memories.ai's metadata or HeyGen's statuses say ready (or
// FAILED, which becomes an error with Retry), and the history records when each became ready. The
// checks keep memories.ai's one request a second together with the uploads, and give way to them.

import { afterEach, describe, expect, it } from 'vitest';
import { newItem, toProcessing, toUploading, toWaiting } from '../../../shared/queue-transitions.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import type { ProcessedItem, QueueItem } from '../../../shared/queue-types.ts';
import { recordHistory } from '../../../electron/core/history/history-recorder.ts';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { ProviderPacer } from '../../../electron/core/sending/provider-pacer.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import type { QueueDeps } from '../../../electron/core/queue/queue-send.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { makeTempDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();
const queues: UploadQueue[] = [];
afterEach(() => {
  for (const queue of queues.splice(0)) queue.cancelAll();
});

function makeQueue(overrides: Partial<QueueDeps> = {}): UploadQueue {
  const queue = new UploadQueue({
    getKey: async (p: ProviderId) => TEST_KEYS[p],
    settings: () => ({ concurrency: 3, regions: {} }),
    baseUrl: () => loop.server.baseUrl,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    // Checks as fast as the provider's pace lets them.
    readyChecks: { firstMs: 20, maxMs: 40 },
    ...overrides,
  });
  queues.push(queue);
  return queue;
}

/** Every state the item passes through, as the queue announces changes. */
function statesOf(queue: UploadQueue, id: () => string | undefined): string[] {
  const states: string[] = [];
  queue.subscribe((patch) => {
    for (const item of patch.items) if (item.id === id() && states.at(-1) !== item.status) states.push(item.status);
  }, 1);
  return states;
}

const nextProcessed = (queue: UploadQueue): Promise<ProcessedItem> => new Promise((resolve) => queue.once('processed', resolve));

describe('uploads the provider still processes', () => {
  it('memories.ai: "processing" until its metadata says SUCCESS, then done, ready at a known time, in the history too', async () => {
    const dir = await makeTempDir();
    const history = await HistoryStore.open(dir);
    const queue = makeQueue();
    const recorder = recordHistory(queue, history, 'app', (_item, error) => {
      throw error;
    });
    loop.server.script({ provider: 'memories', kind: 'upload', statuses: ['UPLOADING', 'SUCCESS'] });
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'garden.mp4', size: 300_000 });
    let id: string | undefined;
    const states = statesOf(queue, () => id);
    const processed = nextProcessed(queue);
    ({ added: [id] } = await queue.add([path], 'memories', { start: true }));
    const summary = await queue.whenSettled();
    // For the batch it is uploaded: the provider has every byte.
    expect(summary).toEqual({ done: 1, failed: 0, cancelled: 0 });
    const ready = await processed;
    await recorder.whenWritten();

    expect(ready).toMatchObject({ status: 'done', readyAt: expect.any(Number) });
    expect(states).toEqual(expect.arrayContaining(['uploading', 'processing', 'done']));
    expect(states.indexOf('processing')).toBeLessThan(states.indexOf('done'));
    expect(loop.server.ofKind('status', 'memories').map((r) => JSON.parse(r.response?.body ?? '{}').data.resource[0].upload_status)).toEqual(['UPLOADING', 'SUCCESS']);
    const [entry] = history.all();
    expect(entry).toMatchObject({ ok: true, assetId: ready.status === 'done' ? ready.result.assetId : '', readyAt: new Date(ready.status === 'done' ? ready.readyAt ?? 0 : 0).toISOString() });
    // Written to the file, not only kept in memory: a new reader sees one entry, ready.
    await history.close();
    const reopened = await HistoryStore.open(dir);
    expect(reopened.all()).toEqual([entry]);
    await reopened.close();
  });

  it('memories.ai FAILED becomes an error with Retry, recorded as a failed attempt; Retry uploads it again', async () => {
    const queue = makeQueue();
    const recorded: { ok: boolean; errorCode?: string; readyAt?: string }[] = [];
    const recorder = recordHistory(queue, { append: async (e) => void recorded.push(e) }, 'app', () => undefined);
    loop.server.script({ provider: 'memories', kind: 'upload', statuses: ['UPLOADING', 'FAILED'] });
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'broken.mp4', size: 100_000 });
    const failed = nextProcessed(queue);
    const { added: [id = ''] } = await queue.add([path], 'memories', { start: true });
    const item = await failed;
    expect(item).toMatchObject({
      status: 'failed',
      error: { code: 'PROVIDER_ERROR', message: 'memories.ai could not process broken.mp4 after it arrived, so it cannot be used. Press Retry to upload it again.', detail: 'upload_status FAILED' },
    });
    await recorder.whenWritten();
    expect(recorded.map((e) => [e.ok, e.errorCode])).toEqual([[true, undefined], [false, 'PROVIDER_ERROR']]);

    const again = nextProcessed(queue);
    queue.retry(id);
    expect((await again).status).toBe('done');
    expect(loop.server.uploads('memories')).toHaveLength(2);
  });

  it('HeyGen: complete answers "processing", its statuses then say completed', async () => {
    const queue = makeQueue();
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'voice-over.wav', size: 50_000 });
    const processed = nextProcessed(queue);
    const { added: [id] } = await queue.add([path], 'heygen', { start: true });
    await queue.whenSettled();
    expect(queue.get(id ?? '')).toMatchObject({ status: 'processing', result: { assetId: expect.any(String), url: expect.stringMatching(/^https:\/\//) } });
    expect(await processed).toMatchObject({ id, status: 'done', readyAt: expect.any(Number) });
    const [check] = loop.server.ofKind('status', 'heygen');
    expect(check).toMatchObject({ path: '/v3/assets/statuses', method: 'GET' });
    expect(check?.headers['x-api-key']).toBe(TEST_KEYS.heygen);
  });

  it('providers without a status are done at once; nothing is checked', async () => {
    const queue = makeQueue();
    const path = await writeMediaFile(loop.dir, 'mp3', { name: 'talk.mp3', size: 50_000 });
    const { added: [id] } = await queue.add([path], 'assemblyai', { start: true });
    await queue.whenSettled();
    await queue.whenProcessed();
    expect(queue.get(id ?? '')?.status).toBe('done');
    expect(loop.server.ofKind('status')).toEqual([]);
  });

  it('a list restored with an upload still processing checks it again', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'restored.mp4', size: 20_000 });
    const sent = await uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl });
    const uploading = toUploading(toWaiting(newItem({ id: 'r1', path, name: 'restored.mp4', size: 20_000, mtimeMs: 1, provider: 'memories', addedAt: 1, formatId: 'mp4' }), 1));
    const queue = makeQueue();
    const processed = nextProcessed(queue);
    queue.restore([toProcessing(uploading, sent, 2)]);
    expect(await processed).toMatchObject({ id: 'r1', status: 'done', result: { assetId: sent.assetId } });
  });

  it('removing a processing upload from the list stops its checks', async () => {
    const queue = makeQueue({ readyChecks: { firstMs: 300, maxMs: 300 } });
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'gone.mp4', size: 20_000 });
    const { added: [id = ''] } = await queue.add([path], 'memories', { start: true });
    await queue.whenSettled();
    queue.remove(id);
    await queue.whenProcessed();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(loop.server.ofKind('status')).toEqual([]);
  });
});

describe('memories.ai’s one request a second covers uploads and status checks', () => {
  it('every request to it is granted a second after the one before, uploads first', async () => {
    const pacer = new ProviderPacer();
    const grants: number[] = [];
    pacer.onGrant = (provider, at) => {
      if (provider === 'memories') grants.push(at);
    };
    const queue = makeQueue({ pacer });
    loop.server.script({ provider: 'memories', kind: 'upload', times: 3, statuses: ['UPLOADING', 'SUCCESS'] });
    const files = await Promise.all([1, 2, 3].map((n) => writeMediaFile(loop.dir, 'mp4', { name: `paced-${n}.mp4`, size: 50_000 })));
    let processed = 0;
    const allReady = new Promise<void>((resolve) => queue.on('processed', () => ++processed === 3 && resolve()));
    await queue.add(files, 'memories', { start: true });
    await allReady;

    const requests = loop.server.requests.filter((r) => r.provider === 'memories');
    expect(requests.map((r) => r.kind)).toEqual(['upload', 'upload', 'upload', 'status', 'status', 'status', 'status', 'status', 'status']);
    // Each request the server saw went through the pace, a full second after the one before.
    // (Measured where the pace is kept: when the server reads them depends on a busy machine.)
    expect(grants).toHaveLength(requests.length);
    for (let i = 1; i < grants.length; i++) expect((grants[i] ?? 0) - (grants[i - 1] ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(queue.snapshot().items.every((item: QueueItem) => item.status === 'done')).toBe(true);
  });
});
