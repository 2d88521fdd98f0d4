// One file to several providers at once (shared/provider-groups.ts): an item per provider, tied
// by a group, each uploading, failing, cancelling, restoring and recorded on its own, against
// the loopback provider servers; and the list edits of "Send to" with several providers.

import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { fileKey } from '../../../shared/provider-groups.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { isActive, isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { recordHistory } from '../../../electron/core/history/history-recorder.ts';
import { restoreQueue } from '../../../electron/core/queue/queue-restore.ts';
import type { QueueJournal } from '../../../electron/core/queue/queue-store.ts';
import type { QueueDeps } from '../../../electron/core/queue/queue-send.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { jpegWithLocation } from '../../fixtures/located-media.ts';
import { makeTempDir, sha256OfFile, writeMediaFile } from '../../fixtures/media-files.ts';
import { providerError, TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();

function makeQueue(overrides: Partial<QueueDeps> = {}) {
  const history: Omit<HistoryEntry, 'id' | 'at'>[] = [];
  const queue = new UploadQueue({
    getKey: async (p: ProviderId) => TEST_KEYS[p],
    settings: () => ({ concurrency: 3, regions: {} }),
    baseUrl: () => loop.server.baseUrl,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    readyChecks: false,
    ...overrides,
  });
  const recorder = recordHistory(queue, { append: async (e) => void history.push(e) }, 'app', () => undefined);
  const settled = async () => {
    const summary = await queue.whenSettled();
    await recorder.whenWritten();
    return summary;
  };
  return { queue, history, settled };
}

const items = (queue: UploadQueue) => queue.snapshot().items;
const byProvider = (list: readonly QueueItem[]) => new Map(list.map((item) => [item.provider, item]));

describe('a file sent to several providers', () => {
  it('gives each provider an upload of its own: both receive the exact bytes, and the history has two entries', async () => {
    const { queue, history, settled } = makeQueue();
    const song = await writeMediaFile(loop.dir, 'mp3', { name: 'interview.mp3', size: 300_000 });
    const { added } = await queue.add([song], ['assemblyai', 'memories']);
    expect(added).toHaveLength(2);
    const [first, second] = items(queue);
    // One group, the first chosen provider its primary; the rest are an ordinary upload each.
    expect(first).toMatchObject({ provider: 'assemblyai', status: 'idle', primary: true, group: expect.any(String) });
    expect(second).toMatchObject({ provider: 'memories', status: 'idle', group: first?.group });
    expect(second?.primary).toBeUndefined();
    queue.start();
    expect(await settled()).toEqual({ done: 2, failed: 0, cancelled: 0 });

    const sha = await sha256OfFile(song);
    expect(loop.server.uploads('assemblyai').map((r) => [r.sha256, r.fileBytes])).toEqual([[sha, 300_000]]);
    expect(loop.server.uploads('memories').map((r) => [r.sha256, r.fileBytes])).toEqual([[sha, 300_000]]);
    const done = byProvider(items(queue));
    expect(done.get('assemblyai')).toMatchObject({ status: 'done', result: { url: expect.stringMatching(/^https:\/\//) } });
    // memories.ai processes what it receives (its readiness is ready-status.test.ts's subject).
    expect(done.get('memories')).toMatchObject({ status: 'processing', result: { assetId: expect.any(String) } });
    expect(history.map((h) => [h.name, h.provider, h.ok]).sort()).toEqual([['interview.mp3', 'assemblyai', true], ['interview.mp3', 'memories', true]]);
  });

  it('lets the provider that refuses the file say so on its own item, and the others still go', async () => {
    const { queue, history, settled } = makeQueue();
    const photo = await writeMediaFile(loop.dir, 'png', { name: 'portrait.png' });
    await queue.add([photo], ['assemblyai', 'heygen', 'wavespeed']);
    const refused = byProvider(items(queue)).get('assemblyai');
    expect(refused !== undefined && isBlocked(refused) && refused.problem).toMatchObject({ code: 'UNSUPPORTED_TYPE', message: expect.stringContaining('AssemblyAI does not accept PNG image files') });
    // The primary is the first chosen that takes the file: a refusal has no link to copy.
    expect(items(queue).filter((i) => i.primary === true).map((i) => i.provider)).toEqual(['heygen']);
    queue.start();
    expect(await settled()).toEqual({ done: 2, failed: 0, cancelled: 0 });
    expect(loop.server.uploads().map((r) => r.provider).sort()).toEqual(['heygen', 'wavespeed']);
    expect(byProvider(items(queue)).get('assemblyai')?.status).toBe('idle');
    expect(history.map((h) => h.provider).sort()).toEqual(['heygen', 'wavespeed']);
  });

  it('fails, retries and cancels one provider’s upload without touching the other’s', async () => {
    const { queue, history, settled } = makeQueue();
    const film = await writeMediaFile(loop.dir, 'mp4', { name: 'talk.mp4', size: 4_000_000 });
    // WaveSpeedAI reads slowly, so it is still uploading when HeyGen refuses its key.
    loop.server.script({ provider: 'wavespeed', bytesPerSecond: 1_000_000 });
    loop.server.script({ provider: 'heygen', reply: providerError('heygen', 401) });
    const heygenEnds = new Promise<QueueItem>((resolve) => queue.on('finished', (item) => item.provider === 'heygen' && resolve(item)));
    await queue.add([film], ['wavespeed', 'heygen'], { start: true });
    const running = await loop.server.waitFor((r) => r.provider === 'wavespeed' && r.bodyBytes > 200_000);
    const heygen = await heygenEnds;
    expect(heygen).toMatchObject({ status: 'failed', error: { code: 'KEY_REJECTED' } });
    expect(byProvider(items(queue)).get('wavespeed')?.status).toBe('uploading');

    const wavespeed = byProvider(items(queue)).get('wavespeed');
    queue.cancel(wavespeed?.id ?? '');
    await settled();
    expect(running.bodyEnd).not.toBe('complete');
    expect(items(queue).map((i) => [i.provider, i.status])).toEqual([['wavespeed', 'cancelled'], ['heygen', 'failed']]);

    // Retry HeyGen alone: the cancelled WaveSpeedAI upload stays cancelled.
    queue.retry(heygen.id);
    expect(await settled()).toEqual({ done: 1, failed: 0, cancelled: 0 });
    expect(items(queue).map((i) => [i.provider, i.status])).toEqual([['wavespeed', 'cancelled'], ['heygen', 'done']]);
    expect(loop.server.uploads('heygen').at(-1)?.sha256).toBe(await sha256OfFile(film));
    expect(history.map((h) => [h.provider, h.ok])).toEqual([['heygen', false], ['heygen', true]]);
  });

  it('removes each provider’s location data from a copy of its own', async () => {
    const { queue, settled } = makeQueue({ scratchDir: await makeTempDir() });
    const photo = join(loop.dir, 'beach.jpg');
    await writeFile(photo, jpegWithLocation('located'));
    await queue.add([photo], ['heygen', 'wavespeed'], { start: true });
    await settled();
    for (const item of items(queue)) expect(item).toMatchObject({ status: 'done', result: { locationRemoved: true } });
    // Each received the photo as it must become without its location (written out by the fixture).
    const removed = createHash('sha256').update(jpegWithLocation('removed')).digest('hex');
    expect(loop.server.uploads().map((r) => [r.provider, r.sha256]).sort()).toEqual([['heygen', removed], ['wavespeed', removed]]);
    expect(removed).not.toBe(await sha256OfFile(photo));
  });

  it('brings both providers’ lines back from the journal after the app stops in the middle', async () => {
    const dataDir = await makeTempDir('queue-data-');
    const first = await restoreQueue(dataDir, () => undefined);
    let alive = true;
    const journal: QueueJournal = {
      saved: (item) => alive && first.store.saved(item),
      removed: (id) => alive && first.store.removed(id),
      whenWritten: () => first.store.whenWritten(),
    };
    const { queue } = makeQueue({ journal });
    const song = await writeMediaFile(loop.dir, 'mp3', { name: 'long-interview.mp3', size: 2_000_000 });
    loop.server.script({ kind: 'upload', times: 2, bytesPerSecond: 200_000 });
    await queue.add([song], ['memories', 'assemblyai'], { start: true });
    await loop.server.waitFor((r) => r.provider === 'memories' && r.bodyBytes > 10_000);
    await loop.server.waitFor((r) => r.provider === 'assemblyai' && r.bodyBytes > 10_000);
    const before = items(queue);
    expect(before.map((i) => i.status)).toEqual(['uploading', 'uploading']);
    await first.store.whenWritten();
    // The process dies: nothing more reaches the disk.
    alive = false;
    queue.cancelAll();
    await queue.whenSettled();

    const next = await restoreQueue(dataDir, () => undefined);
    expect(next.items.map((i) => [i.id, i.provider, i.status, i.group, i.primary])).toEqual(
      before.map((i) => [i.id, i.provider, 'interrupted', i.group, i.primary]),
    );
    expect(new Set(next.items.map(fileKey)).size).toBe(1);
    await next.store.close();
    await first.store.close();
  });
});

describe('choosing a file’s providers again', () => {
  it('adds, moves and removes providers at rest, keeps uploads that ran, and keeps the primary', async () => {
    const { queue, settled } = makeQueue();
    const song = await writeMediaFile(loop.dir, 'mp3', { name: 'song.mp3' });
    const { added: [id = ''] } = await queue.add([song], 'assemblyai');
    expect(queue.get(id)?.group).toBeUndefined();

    queue.setProviders([id], ['assemblyai', 'memories', 'heygen']);
    const three = items(queue);
    expect(three.map((i) => [i.provider, i.primary === true])).toEqual([['assemblyai', true], ['memories', false], ['heygen', false]]);
    expect(new Set(three.map((i) => i.group)).size).toBe(1);
    expect(three[0]?.group).toEqual(expect.any(String));

    // A provider already in the file's group is not given a second item.
    const heygenId = three[2]?.id ?? '';
    queue.setProvider([heygenId], 'memories');
    expect(items(queue).map((i) => i.provider)).toEqual(['assemblyai', 'memories', 'heygen']);

    queue.setPrimary(three[1]?.id ?? '');
    expect(items(queue).map((i) => i.primary === true)).toEqual([false, true, false]);

    // memories.ai uploads; then the choice drops it and HeyGen for WaveSpeedAI: the upload that
    // ran stays (and stays the primary), HeyGen's item at rest moves to WaveSpeedAI.
    queue.start([three[1]?.id ?? '']);
    await settled();
    queue.setProviders([id], ['assemblyai', 'wavespeed']);
    expect(items(queue).map((i) => [i.id, i.provider, i.status, i.primary === true])).toEqual([
      [id, 'assemblyai', 'idle', false], [three[1]?.id, 'memories', 'processing', true], [heygenId, 'wavespeed', 'idle', false],
    ]);

    // Only the provider whose upload ran: the others at rest go, and it is a file like any other.
    queue.setProviders([heygenId], ['memories']);
    expect(items(queue).map((i) => [i.provider, i.status])).toEqual([['memories', 'processing']]);
    expect(items(queue)[0]?.group).toBeUndefined();
    expect(items(queue)[0]?.primary).toBeUndefined();
  });

  it('sends every file of a drop to each chosen provider, once per file', async () => {
    const { queue } = makeQueue();
    const files = await Promise.all(['a.mp3', 'b.mp3'].map((name) => writeMediaFile(loop.dir, 'mp3', { name })));
    const { added } = await queue.add(files, ['heygen', 'assemblyai', 'heygen']);
    expect(added).toHaveLength(4);
    const list = items(queue);
    expect(list.map((i) => [i.name, i.provider])).toEqual([['a.mp3', 'heygen'], ['a.mp3', 'assemblyai'], ['b.mp3', 'heygen'], ['b.mp3', 'assemblyai']]);
    expect(new Set(list.map(fileKey)).size).toBe(2);
    expect(list.filter((i) => i.primary === true).map((i) => i.provider)).toEqual(['heygen', 'heygen']);
    expect(list.every((i) => !isActive(i))).toBe(true);

    // Removing one provider's item leaves the other a file sent to one provider, as any other.
    queue.remove(list[0]?.id ?? '');
    expect(queue.get(list[1]?.id ?? '')).toMatchObject({ provider: 'assemblyai', status: 'idle' });
    expect(queue.get(list[1]?.id ?? '')?.group).toBeUndefined();
    expect(queue.get(list[3]?.id ?? '')?.group).toBe(list[2]?.group);
  });
});
