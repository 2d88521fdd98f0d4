// The upload list survives a restart (queue-store.ts, queue-restore.ts): the real queue uploads
// to a loopback server with its journal in a temp data folder, then "crashes" (its journal goes
// silent, as a killed process's would) and a new queue is restored from the folder. The SIGKILL
// version of this is queue-crash.test.ts.

import { appendFile, mkdir, readFile, rename, rmdir, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../shared/providers.ts';
import { newItem } from '../../../shared/queue-transitions.ts';
import { isActive, isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { itemLine } from '../../../electron/core/queue/queue-line.ts';
import { restoreQueue } from '../../../electron/core/queue/queue-restore.ts';
import { QUEUE_FILE_NAME, type QueueJournal, type QueueStore } from '../../../electron/core/queue/queue-store.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { makeTempDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { providerError, TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();

interface Running {
  readonly queue: UploadQueue;
  readonly store: QueueStore;
  readonly restored: readonly QueueItem[];
  /** The process dies here: nothing more reaches the disk, and its uploads stop. */
  crash(): void;
}

/** What the app does at start (app-core.ts): restore the list, then run a queue that keeps it. */
async function start(dataDir: string, options: { concurrency?: number; journal?: (store: QueueStore) => QueueJournal } = {}): Promise<Running> {
  const reports: string[] = [];
  const { store, items } = await restoreQueue(dataDir, (sentence) => reports.push(sentence));
  let alive = true;
  const real = options.journal?.(store) ?? store;
  const journal: QueueJournal = {
    saved: (item) => alive && real.saved(item),
    removed: (id) => alive && real.removed(id),
    whenWritten: () => real.whenWritten(),
  };
  const queue = new UploadQueue({
    getKey: async (p: ProviderId) => TEST_KEYS[p],
    settings: () => ({ concurrency: options.concurrency ?? 2, regions: {} }),
    baseUrl: () => loop.server.baseUrl,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    journal,
  });
  queue.restore(items);
  return {
    queue, store, restored: items,
    crash: () => {
      alive = false;
      queue.cancelAll();
    },
  };
}

const byName = (items: readonly QueueItem[]) => new Map(items.map((item) => [item.name, item]));
const fileLines = async (dataDir: string) => (await readFile(join(dataDir, QUEUE_FILE_NAME), 'utf8')).split('\n').filter((l) => l !== '');

describe('the upload list across a restart', () => {
  it('brings back outcomes as they were, an upload as interrupted, a waiting file as not started, and starts nothing', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const app = await start(dataDir, { concurrency: 1 });
    const [done, failed, cancelled, running, waiting, idle] = await Promise.all(
      ['done.mp3', 'failed.png', 'cancelled.mp3', 'running.mp4', 'waiting.mp3', 'idle.wav'].map((name, n) =>
        writeMediaFile(loop.dir, name.endsWith('.png') ? 'png' : name.endsWith('.mp4') ? 'mp4' : name.endsWith('.wav') ? 'wav' : 'mp3', { name, size: 200_000 + n }),
      ),
    );
    await app.queue.add([done as string], 'assemblyai', { start: true });
    await app.queue.whenSettled();
    loop.server.script({ provider: 'heygen', reply: providerError('heygen', 403, 'Plan does not allow uploads') });
    await app.queue.add([failed as string], 'heygen', { start: true });
    await app.queue.whenSettled();
    const { added: [cancelledId = ''] } = await app.queue.add([cancelled as string], 'assemblyai');
    app.queue.start([cancelledId]);
    app.queue.cancel(cancelledId);
    await app.queue.whenSettled();
    loop.server.script({ kind: 'upload', bytesPerSecond: 100_000 });
    await app.queue.add([running as string, waiting as string], 'assemblyai', { start: true });
    await app.queue.add([idle as string], 'assemblyai');
    await loop.server.waitFor((r) => r.bodyBytes > 1000 && r.response === undefined);
    const before = byName(app.queue.snapshot().items);
    expect([...before.values()].map((i) => i.status)).toEqual(['done', 'failed', 'cancelled', 'uploading', 'waiting', 'idle']);
    await app.store.whenWritten();
    app.crash();

    const sent = loop.server.uploads().length;
    const next = await start(dataDir);
    const after = byName(next.queue.snapshot().items);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(after.get('done.mp3')).toEqual(before.get('done.mp3'));
    expect(after.get('failed.png')).toEqual(before.get('failed.png'));
    expect(after.get('cancelled.mp3')).toEqual(before.get('cancelled.mp3'));
    expect(after.get('running.mp4')).toMatchObject({ status: 'interrupted', attempt: 1, id: before.get('running.mp4')?.id });
    expect(after.get('waiting.mp3')).toMatchObject({ status: 'idle', id: before.get('waiting.mp3')?.id });
    expect(after.get('idle.wav')).toEqual(before.get('idle.wav'));
    // Nothing starts by itself.
    expect(next.queue.snapshot().items.filter(isActive)).toEqual([]);
    await sleep(100);
    expect(loop.server.uploads()).toHaveLength(sent);

    // "Upload all" starts what was never sent, not the interrupted upload; Retry sends that.
    next.queue.start();
    await next.queue.whenSettled();
    expect(loop.server.uploads()).toHaveLength(sent + 2);
    expect(next.queue.get(after.get('running.mp4')?.id ?? '')?.status).toBe('interrupted');
    next.queue.retry(after.get('running.mp4')?.id ?? '');
    await next.queue.whenSettled();
    expect(next.queue.get(after.get('running.mp4')?.id ?? '')?.status).toBe('done');
    // New batches are numbered after the restored ones.
    const batchOf = (item: QueueItem | undefined) => (item === undefined || item.status === 'idle' ? 0 : item.batch);
    const restoredBatches = [...before.values()].map(batchOf);
    expect(batchOf(next.queue.get(after.get('waiting.mp3')?.id ?? ''))).toBeGreaterThan(Math.max(...restoredBatches));
    await next.store.whenWritten();
    next.crash();
  });

  it('marks a file that moved or changed since, and never uploads it', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const dir = await makeTempDir();
    const app = await start(dataDir);
    const paths = await Promise.all(['moved.mp3', 'edited.mp3', 'touched.mp3', 'same.mp3'].map((name, n) => writeMediaFile(dir, 'mp3', { name, size: 1000 + n })));
    const { added } = await app.queue.add(paths, 'assemblyai');
    await app.store.whenWritten();
    app.crash();
    const [moved = '', edited = '', touched = ''] = paths;
    await rename(moved, join(dir, 'elsewhere.mp3'));
    await appendFile(edited, 'more bytes');
    await utimes(touched, new Date(), new Date(Date.now() + 60_000));

    const next = await start(dataDir);
    const problems = next.queue.snapshot().items.map((item) => (isBlocked(item) ? item.problem.code : undefined));
    expect(problems).toEqual(['FILE_NOT_FOUND', 'FILE_CHANGED', 'FILE_CHANGED', undefined]);
    const movedItem = next.queue.get(added[0] ?? '');
    expect(movedItem !== undefined && isBlocked(movedItem) && movedItem.problem.message).toBe(
      'moved.mp3 is no longer there. It may have been moved or deleted; add it again from its new place.',
    );
    const editedItem = next.queue.get(added[1] ?? '');
    expect(editedItem !== undefined && isBlocked(editedItem) && editedItem.problem.message).toBe(
      'edited.mp3 has changed since it was added to the list, so it was not uploaded. Add it again to upload it as it is now.',
    );
    // Another provider does not make the file come back.
    next.queue.setProvider([added[0] ?? ''], 'wavespeed');
    expect(next.queue.get(added[0] ?? '')).toMatchObject({ provider: 'wavespeed', problem: { code: 'FILE_NOT_FOUND' } });
    next.queue.start();
    await next.queue.whenSettled();
    expect(loop.server.uploads()).toHaveLength(1);
    expect(next.queue.snapshot().items.map((i) => i.status)).toEqual(['idle', 'idle', 'idle', 'done']);
    await next.store.whenWritten();
    next.crash();
  });

  it('keeps removed and cleared files gone, and the list in its order', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const app = await start(dataDir);
    const paths = await Promise.all([1, 2, 3, 4, 5].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `order-${n}.mp3`, size: 3000 + n })));
    const { added } = await app.queue.add(paths, 'assemblyai');
    app.queue.start([added[1] ?? '', added[3] ?? '']);
    await app.queue.whenSettled();
    app.queue.remove(added[0] ?? '');
    app.queue.clearFinished();
    await app.store.whenWritten();
    app.crash();
    const next = await start(dataDir);
    expect(next.queue.snapshot().items.map((i) => i.name)).toEqual(['order-3.mp3', 'order-5.mp3']);
    next.crash();
  });

  it('keeps the file proportional to the list: superseded lines are replaced away', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const app = await start(dataDir);
    const paths = await Promise.all([1, 2, 3].map((n) => writeMediaFile(loop.dir, 'png', { name: `flip-${n}.png`, size: 4000 + n })));
    const { added } = await app.queue.add(paths, 'heygen');
    // 3,000 changes of provider: 9,000 lines if nothing were ever replaced.
    for (let i = 0; i < 3000; i += 1) {
      app.queue.setProvider(added, i % 2 === 0 ? 'wavespeed' : 'heygen');
      if (i % 100 === 0) await app.store.whenWritten();
    }
    await app.store.whenWritten();
    expect((await fileLines(dataDir)).length).toBeLessThanOrEqual(2 * 3 + 1000 + 3);
    app.crash();
    const next = await start(dataDir);
    expect(next.queue.snapshot().items.map((i) => i.provider)).toEqual(['heygen', 'heygen', 'heygen']);
    // The start rewrote the file to one line per item.
    expect(await fileLines(dataDir)).toHaveLength(3);
    next.crash();
  });

  it('skips a torn last line and a damaged one, counting them, and rewrites the file whole', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const keep = newItem({ id: 'keep', path: join(loop.dir, 'nowhere.mp3'), name: 'nowhere.mp3', size: 10, mtimeMs: 1, formatId: 'mp3', provider: 'assemblyai', addedAt: 1 });
    const other = newItem({ ...keep, id: 'other', name: 'other.mp3' });
    await writeFile(join(dataDir, QUEUE_FILE_NAME), `${itemLine(keep)}{"item":{"id":"bad"\n${itemLine(other)}{"removed":"ot`);
    const next = await start(dataDir);
    expect(next.store.damagedLines).toBe(1);
    expect(next.queue.snapshot().items.map((i) => i.id)).toEqual(['keep', 'other']);
    const lines = await fileLines(dataDir);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { item: { id: string } }).item.id)).toEqual(['keep', 'other']);
    next.crash();
  });

  it('reports a failed write once, goes on in memory, and writes the whole list once it can', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const reports: string[] = [];
    const { store, items } = await restoreQueue(dataDir, (sentence) => reports.push(sentence));
    const queue = new UploadQueue({ getKey: async () => undefined, settings: () => ({ concurrency: 1, regions: {} }), journal: store });
    queue.restore(items);
    const paths = await Promise.all([1, 2, 3].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `unsaved-${n}.mp3`, size: 5000 + n })));
    // The file's name taken by a folder: every append and every replacement fails.
    await unlink(join(dataDir, QUEUE_FILE_NAME)).catch(() => undefined);
    await mkdir(join(dataDir, QUEUE_FILE_NAME));
    await queue.add(paths.slice(0, 2), 'assemblyai');
    await store.whenWritten();
    await queue.add(paths.slice(2), 'assemblyai');
    await store.whenWritten();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^The upload list could not be saved in .+ \(EISDIR\)\. Check that the disk is connected\. The uploads go on/);
    expect(queue.snapshot().items).toHaveLength(3);

    await rmdir(join(dataDir, QUEUE_FILE_NAME));
    queue.setProvider([queue.snapshot().items[0]?.id ?? ''], 'wavespeed');
    await store.whenWritten();
    await store.close();
    const again = await restoreQueue(dataDir, () => undefined);
    expect(again.items.map((i) => [i.name, i.provider])).toEqual([
      ['unsaved-1.mp3', 'wavespeed'], ['unsaved-2.mp3', 'assemblyai'], ['unsaved-3.mp3', 'assemblyai'],
    ]);
    await again.store.close();
  });

  it('writes "uploading" to the disk before the first byte is sent', async () => {
    const dataDir = await makeTempDir('queue-data-');
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let holding = false;
    const app = await start(dataDir, {
      journal: (store) => ({
        saved: (item) => store.saved(item),
        removed: (id) => store.removed(id),
        // Holds back the disk once the file is uploading: the queue must wait for it.
        whenWritten: async () => {
          if (holding) await gate;
          await store.whenWritten();
        },
      }),
    });
    const file = await writeMediaFile(loop.dir, 'mp3', { name: 'write-ahead.mp3', size: 6000 });
    const { added } = await app.queue.add([file], 'assemblyai');
    holding = true;
    app.queue.start(added);
    await sleep(200);
    expect(app.queue.get(added[0] ?? '')?.status).toBe('uploading');
    expect(loop.server.uploads()).toHaveLength(0);
    open();
    await app.queue.whenSettled();
    expect(loop.server.uploads()).toHaveLength(1);
    app.crash();
  });

  it('while quitting, keeps the uploads the quit stops as they were, so they come back interrupted', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const app = await start(dataDir, { concurrency: 1 });
    const paths = await Promise.all([1, 2].map((n) => writeMediaFile(loop.dir, 'mp4', { name: `quit-${n}.mp4`, size: 400_000 + n })));
    loop.server.script({ kind: 'upload', bytesPerSecond: 100_000 });
    await app.queue.add(paths, 'assemblyai', { start: true });
    await loop.server.waitFor((r) => r.bodyBytes > 1000);
    app.store.quitting();
    app.queue.cancelAll();
    await app.queue.whenSettled();
    expect(app.queue.snapshot().items.map((i) => i.status)).toEqual(['cancelled', 'cancelled']);
    await app.store.close();
    const next = await start(dataDir);
    expect(next.queue.snapshot().items.map((i) => i.status)).toEqual(['interrupted', 'idle']);
    next.crash();
  });
});
