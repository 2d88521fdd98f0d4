// The engine when the connection itself goes wrong mid-body: a reset, a server that stops
// reading, a file that changes while it is sent, and a person pressing Cancel.

import { appendFile, utimes } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { UploadProgress } from '../../electron/core/progress-meter.ts';
import { UploadError } from '../../electron/core/upload-error.ts';
import { uploadFile } from '../../electron/core/upload-file.ts';
import { makeTempDir, removeDir, sha256OfFile, writeMediaFile } from '../fixtures/media-files.ts';
import { startProviderServer, TEST_KEYS, type ProviderServer } from '../fixtures/provider-server.ts';

const MiB = 1024 * 1024;
// Larger than loopback socket buffers on both ends, so a server that stops reading really
// stops the sender instead of the whole file vanishing into kernel buffers.
const BIG = 64 * MiB;
// Slow enough that a test can act while the body is still arriving; 64 MiB then takes ~2 s.
const SLOW = 32 * MiB;

async function failure(pending: Promise<unknown>): Promise<UploadError> {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadError);
  return error as UploadError;
}

describe('uploadFile: trouble during the body', () => {
  let server: ProviderServer;
  let dir: string;
  beforeAll(async () => {
    server = await startProviderServer();
    dir = await makeTempDir();
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await server.close();
    await removeDir(dir);
  });

  it.each(['assemblyai', 'wavespeed'] as const)('%s: a connection reset halfway is retried from the start and succeeds', async (provider) => {
    const path = await writeMediaFile(dir, 'mp4', { name: `reset-${provider}.mp4`, size: 16 * MiB });
    server.script({ kind: 'upload', resetAfterBytes: 4 * MiB });
    const retries: string[] = [];
    const outcome = await uploadFile({
      path, provider, key: TEST_KEYS[provider], baseUrl: server.baseUrl,
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
      onRetry: (_n, error) => retries.push(error.code),
    });
    expect(retries).toEqual(['NETWORK']);
    expect(outcome).toMatchObject({ attempts: 2, bytes: 16 * MiB });
    const [cut, whole] = server.uploads();
    expect(cut).toMatchObject({ bodyEnd: 'reset' });
    expect(cut?.bodyBytes).toBeLessThan(16 * MiB);
    expect(whole).toMatchObject({ bodyEnd: 'complete', fileBytes: 16 * MiB, sha256: await sha256OfFile(path) });
  });

  it('a server that stops reading is a TIMEOUT after stallMs, and is retried', async () => {
    const path = await writeMediaFile(dir, 'mp4', { name: 'stall.mp4', size: BIG });
    server.script({ kind: 'upload', times: Infinity, stallAfterBytes: 0 });
    const error = await failure(
      uploadFile({
        path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: server.baseUrl,
        timeouts: { stallMs: 300 },
        retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
      }),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(server.uploads().map((r) => r.bodyEnd)).toEqual(['stalled', 'stalled']);
  });

  it('a server that reads everything but never answers is a TIMEOUT after responseMs', async () => {
    const path = await writeMediaFile(dir, 'mp3', { name: 'silent.mp3', size: 100_000 });
    server.script({ kind: 'upload', delayMs: 5_000 });
    const error = await failure(
      uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: server.baseUrl, timeouts: { responseMs: 300 }, retry: { attempts: 1 } }),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(server.uploads()[0]?.bodyEnd).toBe('complete');
  });

  it('a file that grows while it is sent fails with FILE_CHANGED and is not retried', async () => {
    const path = await writeMediaFile(dir, 'mp4', { name: 'growing.mp4', size: BIG });
    server.script({ kind: 'upload', bytesPerSecond: SLOW });
    const pending = uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: server.baseUrl, retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } });
    await server.waitFor((r) => r.bodyBytes > MiB);
    await appendFile(path, Buffer.alloc(10));
    const error = await failure(pending);
    expect(error.code).toBe('FILE_CHANGED');
    expect(error.message).toContain('growing.mp4');
    expect(server.uploads()).toHaveLength(1);
    expect(server.uploads()[0]?.response).toBeUndefined();
  });

  it('a file rewritten in place (same size, new mtime) while it is sent fails with FILE_CHANGED', async () => {
    const path = await writeMediaFile(dir, 'mp4', { name: 'touched.mp4', size: BIG });
    server.script({ kind: 'upload', bytesPerSecond: SLOW });
    const pending = uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: server.baseUrl });
    await server.waitFor((r) => r.bodyBytes > MiB);
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    expect((await failure(pending)).code).toBe('FILE_CHANGED');
    expect(server.uploads()[0]?.response).toBeUndefined();
  });

  it.each(['assemblyai', 'memories'] as const)('%s: cancel mid-upload is CANCELLED at once, without a retry', async (provider) => {
    const path = await writeMediaFile(dir, 'mp4', { name: `cancel-${provider}.mp4`, size: BIG });
    server.script({ kind: 'upload', bytesPerSecond: SLOW });
    const controller = new AbortController();
    const seen: UploadProgress[] = [];
    const pending = uploadFile({
      path, provider, key: TEST_KEYS[provider], baseUrl: server.baseUrl, signal: controller.signal,
      onProgress: (p) => seen.push(p),
    });
    await server.waitFor((r) => r.bodyBytes > 2 * MiB);
    controller.abort();
    const error = await failure(pending);
    expect(error.code).toBe('CANCELLED');
    expect(seen.at(-1)?.sent).toBeLessThan(BIG);
    const [record] = server.uploads();
    await server.waitFor((r) => r === record && r.bodyEnd !== 'pending');
    expect(record?.bodyEnd).toBe('aborted');
    expect(server.uploads()).toHaveLength(1);
  });

  it('cancel while waiting to retry is CANCELLED too', async () => {
    const path = await writeMediaFile(dir, 'mp3', { name: 'cancel-wait.mp3' });
    server.script({ kind: 'upload', reply: { status: 503, headers: { 'retry-after': '60' }, body: { error: 'busy' } } });
    const controller = new AbortController();
    const pending = uploadFile({
      path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: server.baseUrl, signal: controller.signal,
      onRetry: () => controller.abort(),
    });
    expect((await failure(pending)).code).toBe('CANCELLED');
    expect(server.uploads()).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const path = await writeMediaFile(dir, 'mp3', { name: 'never.mp3' });
    const error = await failure(uploadFile({ path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: server.baseUrl, signal: AbortSignal.abort() }));
    expect(error.code).toBe('CANCELLED');
    expect(server.requests).toHaveLength(0);
  });
});
