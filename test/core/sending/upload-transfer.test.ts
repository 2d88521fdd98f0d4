// The engine when the connection itself goes wrong mid-body: a reset, a server that stops
// reading, a file that changes while it is sent, and a person pressing Cancel.

import { appendFile, utimes } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { UploadProgress } from '../../../shared/queue-types.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { sha256OfFile, writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';

const MiB = 1024 * 1024;
// Larger than loopback socket buffers on both ends, so a server that stops reading really
// stops the sender instead of the whole file vanishing into kernel buffers.
const BIG = 64 * MiB;
// Slow enough that a test can act while the body is still arriving; 64 MiB then takes ~2 s.
const SLOW = 32 * MiB;

describe('uploadFile: trouble during the body', () => {
  const loop = useLoopback();

  it.each(['assemblyai', 'wavespeed'] as const)('%s: a connection reset halfway is retried from the start and succeeds', async (provider) => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: `reset-${provider}.mp4`, size: 16 * MiB });
    loop.server.script({ kind: 'upload', resetAfterBytes: 4 * MiB });
    const retries: string[] = [];
    const outcome = await uploadFile({
      path, provider, key: TEST_KEYS[provider], baseUrl: loop.server.baseUrl,
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
      onRetry: (_n, error) => retries.push(error.code),
    });
    expect(retries).toEqual(['NETWORK']);
    expect(outcome).toMatchObject({ attempts: 2, bytes: 16 * MiB });
    const [cut, whole] = loop.server.uploads();
    expect(cut).toMatchObject({ bodyEnd: 'reset' });
    expect(cut?.bodyBytes).toBeLessThan(16 * MiB);
    expect(whole).toMatchObject({ bodyEnd: 'complete', fileBytes: 16 * MiB, sha256: await sha256OfFile(path) });
  });

  it('a loop.server that stops reading is a TIMEOUT after stallMs, and is retried', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'stall.mp4', size: BIG });
    loop.server.script({ kind: 'upload', times: Infinity, stallAfterBytes: 0 });
    const error = await uploadFailure(
      uploadFile({
        path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: loop.server.baseUrl,
        timeouts: { stallMs: 300 },
        retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
      }),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(loop.server.uploads().map((r) => r.bodyEnd)).toEqual(['stalled', 'stalled']);
  });

  it('a loop.server that reads everything but never answers is a TIMEOUT after responseMs', async () => {
    const path = await writeMediaFile(loop.dir, 'mp3', { name: 'silent.mp3', size: 100_000 });
    loop.server.script({ kind: 'upload', delayMs: 5_000 });
    const error = await uploadFailure(
      uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, timeouts: { responseMs: 300 }, retry: { attempts: 1 } }),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(loop.server.uploads()[0]?.bodyEnd).toBe('complete');
  });

  it('a file that grows while it is sent fails with FILE_CHANGED and is not retried', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'growing.mp4', size: BIG });
    loop.server.script({ kind: 'upload', bytesPerSecond: SLOW });
    const pending = uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl, retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } });
    await loop.server.waitFor((r) => r.bodyBytes > MiB);
    await appendFile(path, Buffer.alloc(10));
    const error = await uploadFailure(pending);
    expect(error.code).toBe('FILE_CHANGED');
    expect(error.message).toContain('growing.mp4');
    expect(loop.server.uploads()).toHaveLength(1);
    expect(loop.server.uploads()[0]?.response).toBeUndefined();
  });

  it('a file rewritten in place (same size, new mtime) while it is sent fails with FILE_CHANGED', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'touched.mp4', size: BIG });
    loop.server.script({ kind: 'upload', bytesPerSecond: SLOW });
    const pending = uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });
    await loop.server.waitFor((r) => r.bodyBytes > MiB);
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    expect((await uploadFailure(pending)).code).toBe('FILE_CHANGED');
    expect(loop.server.uploads()[0]?.response).toBeUndefined();
  });

  it.each(['assemblyai', 'memories'] as const)('%s: cancel mid-upload is CANCELLED at once, without a retry', async (provider) => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: `cancel-${provider}.mp4`, size: BIG });
    loop.server.script({ kind: 'upload', bytesPerSecond: SLOW });
    const controller = new AbortController();
    const seen: UploadProgress[] = [];
    const pending = uploadFile({
      path, provider, key: TEST_KEYS[provider], baseUrl: loop.server.baseUrl, signal: controller.signal,
      onProgress: (p) => seen.push(p),
    });
    await loop.server.waitFor((r) => r.bodyBytes > 2 * MiB);
    controller.abort();
    const error = await uploadFailure(pending);
    expect(error.code).toBe('CANCELLED');
    expect(seen.at(-1)?.sent).toBeLessThan(BIG);
    const [record] = loop.server.uploads();
    await loop.server.waitFor((r) => r === record && r.bodyEnd !== 'pending');
    expect(record?.bodyEnd).toBe('aborted');
    expect(loop.server.uploads()).toHaveLength(1);
  });

  it('cancel while waiting to retry is CANCELLED too', async () => {
    const path = await writeMediaFile(loop.dir, 'mp3', { name: 'cancel-wait.mp3' });
    loop.server.script({ kind: 'upload', reply: { status: 503, headers: { 'retry-after': '60' }, body: { error: 'busy' } } });
    const controller = new AbortController();
    const pending = uploadFile({
      path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: loop.server.baseUrl, signal: controller.signal,
      onRetry: () => controller.abort(),
    });
    expect((await uploadFailure(pending)).code).toBe('CANCELLED');
    expect(loop.server.uploads()).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const path = await writeMediaFile(loop.dir, 'mp3', { name: 'never.mp3' });
    const error = await uploadFailure(uploadFile({ path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl, signal: AbortSignal.abort() }));
    expect(error.code).toBe('CANCELLED');
    expect(loop.server.requests).toHaveLength(0);
  });
});
