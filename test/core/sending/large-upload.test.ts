// The providers' large-file ways (electron/core/sending/large-upload.ts) against loopback servers that
// behave like them: a ticket from the provider's API, the bytes to a signed link on a separate
// storage origin that checks signature, headers and exact size, and HeyGen's `complete`. Files
// under the thresholds keep the upload endpoints. No key ever reaches the storage origin.

import { describe, expect, it } from 'vitest';
import type { UploadProgress } from '../../../shared/queue-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { endpointUrl } from '../../../electron/core/sending/endpoint-url.ts';
import { isRetryable, readStorageAnswer } from '../../../electron/core/sending/response-reading.ts';
import type { UploadError } from '../../../electron/core/errors/upload-error.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { sha256OfFile, writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS, type RecordedRequest } from '../../fixtures/provider-server.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';

const MB = 1_000_000;
const MiB = 1024 * 1024;
const FAST_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

/** Storage requests carry no key of any kind, and went to the storage origin, not the API's. */
function expectNoKey(requests: readonly RecordedRequest[]): void {
  for (const r of requests) {
    expect(r.keyArrived).toBe(false);
    expect(r.headers.authorization).toBeUndefined();
    expect(r.headers['x-api-key']).toBeUndefined();
  }
}

describe('large files go the provider’s large-file way', () => {
  const loop = useLoopback();
  const storage = (): RecordedRequest[] => loop.server.ofKind('storage');

  it('memories.ai, 600 MB: a signed URL for its name, then one multipart part `file` POSTed there without the key', async () => {
    const size = 600 * MB;
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'wedding film.mp4', size });
    const progress: UploadProgress[] = [];
    const outcome = await uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl, onProgress: (p) => progress.push(p) });

    const [ticket, ...rest] = loop.server.requests;
    expect(ticket).toMatchObject({ kind: 'ticket', method: 'POST', path: '/serve/api/v2/upload/signed-url', json: { original_filename: 'wedding film.mp4' } });
    expect(ticket?.headers).toMatchObject({ authorization: TEST_KEYS.memories, 'content-type': 'application/json' });
    const answer = JSON.parse(ticket?.response?.body ?? '{}') as { data: { asset_id: string; signed_url: string } };
    expect(rest).toHaveLength(1);
    const [bytes] = rest;
    expect(bytes).toMatchObject({ kind: 'storage', method: 'POST', bodyEnd: 'complete', fileBytes: size, response: { status: 200 } });
    expect(`${loop.server.storageUrl}${bytes?.path}${bytes?.query}`).toBe(answer.data.signed_url);
    expect(bytes?.parts).toEqual([{ name: 'file', filename: 'wedding film.mp4', mimeType: 'video/mp4', bytes: size, sha256: await sha256OfFile(path) }]);
    expectNoKey(storage());
    expect(loop.server.uploads()).toEqual([]);

    // Usable only once its metadata says SUCCESS: not ready yet.
    expect(outcome).toMatchObject({ assetId: answer.data.asset_id, ready: false, bytes: size, attempts: 1 });
    // Progress counts the bytes sent to storage, up to all of them.
    expect(progress.at(-1)).toMatchObject({ sent: size, total: size });
    for (let i = 1; i < progress.length; i++) expect(progress[i]?.sent).toBeGreaterThanOrEqual(progress[i - 1]?.sent ?? 0);
  });

  it('HeyGen, a 20 MB MP4: a v3 direct upload, PUT with exactly its headers and length, then complete', async () => {
    const size = 20 * MB;
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'avatar-intro.mp4', size });
    const outcome = await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });

    expect(loop.server.requests.map((r) => r.kind)).toEqual(['ticket', 'storage', 'complete']);
    const [ticket, put, complete] = loop.server.requests;
    expect(ticket).toMatchObject({ method: 'POST', path: '/v3/assets/direct-uploads', json: { filename: 'avatar-intro.mp4', content_type: 'video/mp4', size_bytes: size } });
    expect(ticket?.headers['x-api-key']).toBe(TEST_KEYS.heygen);
    const issued = JSON.parse(ticket?.response?.body ?? '{}') as { data: { asset_id: string; upload_headers: Record<string, string> } };
    expect(put).toMatchObject({ method: 'PUT', bodyEnd: 'complete', fileBytes: size, sha256: await sha256OfFile(path), response: { status: 200 } });
    expect(put?.headers).toMatchObject({ 'content-type': issued.data.upload_headers['Content-Type'], 'content-length': String(size) });
    expect(put?.headers['transfer-encoding']).toBeUndefined();
    expectNoKey([put as RecordedRequest]);
    expect(complete).toMatchObject({ method: 'POST', path: `/v3/assets/${issued.data.asset_id}/complete`, json: {} });
    expect(complete?.headers['x-api-key']).toBe(TEST_KEYS.heygen);
    const done = JSON.parse(complete?.response?.body ?? '{}') as { data: { url: string } };
    // complete says "processing": the asset id and link, not ready yet.
    expect(outcome).toMatchObject({ assetId: issued.data.asset_id, url: done.data.url, ready: false, bytes: size, attempts: 1 });
  });

  it('HeyGen, a WAV of any size: v3 takes it, the old endpoint is never asked', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'voice.wav', size: 200_000 });
    const outcome = await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });
    expect(loop.server.requests.map((r) => r.kind)).toEqual(['ticket', 'storage', 'complete']);
    expect(loop.server.requests[0]?.json).toMatchObject({ content_type: 'audio/wav', size_bytes: 200_000 });
    expect(outcome.assetId).toEqual(expect.any(String));
  });

  it('WaveSpeedAI, a 400 MB video: a media upload ticket, PUT with its headers and no key; download_url back', async () => {
    const size = 400 * MB;
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'drone.mp4', size });
    const outcome = await uploadFile({ path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl });
    const [ticket, put] = loop.server.requests;
    expect(loop.server.requests).toHaveLength(2);
    expect(ticket).toMatchObject({ kind: 'ticket', path: '/api/v3/media/uploads', json: { filename: 'drone.mp4', size, content_type: 'video/mp4' } });
    expect(ticket?.headers.authorization).toBe(`Bearer ${TEST_KEYS.wavespeed}`);
    const issued = JSON.parse(ticket?.response?.body ?? '{}') as { data: { download_url: string; upload: { headers: Record<string, string> } } };
    expect(put).toMatchObject({ kind: 'storage', method: 'PUT', fileBytes: size, sha256: await sha256OfFile(path), response: { status: 200 } });
    expect(put?.headers).toMatchObject({ 'content-type': issued.data.upload.headers['Content-Type'], 'content-length': String(size) });
    expectNoKey(storage());
    expect(outcome).toMatchObject({ url: issued.data.download_url, bytes: size, attempts: 1 });
    expect(outcome.ready).toBeUndefined();
  });

  it('files under the thresholds keep the upload endpoints', async () => {
    const heygen = await writeMediaFile(loop.dir, 'mp4', { name: 'short.mp4', size: 10 * MB });
    const wavespeed = await writeMediaFile(loop.dir, 'png', { name: 'frame.png', size: 2 * MB });
    await uploadFile({ path: heygen, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });
    await uploadFile({ path: wavespeed, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl });
    expect(loop.server.requests.map((r) => `${r.kind} ${r.path}`)).toEqual(['upload /v1/asset', 'upload /api/v3/media/upload/binary']);
  });
});

describe('when a step of the large-file way goes wrong', () => {
  const loop = useLoopback();
  const kinds = (): string[] => loop.server.requests.map((r) => r.kind);

  it('a storage 503 is retried from a fresh ticket, and the bytes go whole the second time', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'retry.wav', size: 3 * MiB });
    loop.server.script({ kind: 'storage', reply: { status: 503, body: '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>' } });
    const retried: string[] = [];
    const outcome = await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, retry: FAST_RETRY, onRetry: (_n, e) => retried.push(`${e.code} ${e.status ?? ''}`) });
    expect(retried).toEqual(['PROVIDER_ERROR 503']);
    expect(kinds()).toEqual(['ticket', 'storage', 'ticket', 'storage', 'complete']);
    const [first, , second] = loop.server.requests;
    expect(first?.response?.body).not.toBe(second?.response?.body);
    const tickets = loop.server.ofKind('ticket').map((r) => (JSON.parse(r.response?.body ?? '{}') as { data: { asset_id: string } }).data.asset_id);
    expect(new Set(tickets).size).toBe(2);
    // The asset confirmed is the second ticket's, whose link took the bytes.
    expect(loop.server.ofKind('complete')[0]?.path).toBe(`/v3/assets/${tickets[1]}/complete`);
    expect(outcome).toMatchObject({ assetId: tickets[1], attempts: 2 });
  });

  it('an expired signature is retried with a fresh ticket', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'late.wav', size: MiB });
    loop.server.script({ kind: 'ticket', expiredLink: true });
    const retried: string[] = [];
    const outcome = await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, retry: FAST_RETRY, onRetry: (_n, e) => retried.push(e.detail ?? '') });
    const [, refused, , accepted] = loop.server.requests;
    expect(refused).toMatchObject({ kind: 'storage', response: { status: 403, body: expect.stringContaining('Request has expired') } });
    expect(accepted).toMatchObject({ kind: 'storage', response: { status: 200 }, fileBytes: MiB });
    expect(retried).toEqual([expect.stringMatching(/^The upload link expired/)]);
    expect(outcome.attempts).toBe(2);
  });

  it('an expired link that keeps expiring fails with a sentence, not a loop', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'never.wav', size: MiB });
    loop.server.script({ kind: 'ticket', times: Infinity, expiredLink: true });
    const error = await uploadFailure(uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, retry: FAST_RETRY }));
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', status: 403, message: 'HeyGen had a problem on its side. Try again in a few minutes.' });
    expect(kinds()).toEqual(['ticket', 'storage', 'ticket', 'storage', 'ticket', 'storage']);
  });

  it('a refused key on the ticket is KEY_REJECTED at once, as for any upload', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'key.wav', size: MiB });
    const error = await uploadFailure(uploadFile({ path, provider: 'heygen', key: 'hg-wrong-key-000', baseUrl: loop.server.baseUrl, retry: FAST_RETRY }));
    expect(error.code).toBe('KEY_REJECTED');
    expect(kinds()).toEqual(['ticket']);
  });

  it('a WaveSpeedAI key refused before the first top-up says so', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'topup.mp4', size: 301 * MB });
    const error = await uploadFailure(uploadFile({ path, provider: 'wavespeed', key: 'ws-not-topped-up', baseUrl: loop.server.baseUrl, retry: FAST_RETRY }));
    expect(error.code).toBe('KEY_REJECTED');
    expect(error.message).toContain('first top-up');
    expect(kinds()).toEqual(['ticket']);
  });

  it('a file larger than the ticket’s max_bytes is TOO_LARGE before a byte is sent', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'huge.wav', size: 2 * MiB });
    loop.server.script({
      kind: 'ticket',
      reply: { status: 200, body: { data: { asset_id: 'a1', upload_url: `${loop.server.storageUrl}/bucket/x`, upload_headers: {}, max_bytes: MB, status: 'pending_upload' } } },
    });
    const error = await uploadFailure(uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, retry: FAST_RETRY }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('the limit is 1.0 MB');
    expect(kinds()).toEqual(['ticket']);
  });

  it.each([
    ['asks for the key in a header', (storageUrl: string) => ({ upload_url: `${storageUrl}/bucket/x`, upload_headers: { 'X-Api-Key': TEST_KEYS.heygen } }), 'never sent there'],
    ['is not https', () => ({ upload_url: 'http://storage.example.com/bucket/x', upload_headers: {} }), 'not an https:// address'],
    ['has a user name in it', () => ({ upload_url: 'https://me:pw@storage.example.com/bucket/x', upload_headers: {} }), 'user name or password'],
    ['sets Content-Length itself', (storageUrl: string) => ({ upload_url: `${storageUrl}/bucket/x`, upload_headers: { 'Content-Length': '1' } }), 'does not send'],
    ['has a line break in a header', (storageUrl: string) => ({ upload_url: `${storageUrl}/bucket/x`, upload_headers: { 'Content-Type': 'video/mp4\r\nX-Evil: 1' } }), 'control characters'],
  ])('a ticket whose storage link %s is BAD_RESPONSE, and nothing is sent', async (_what, data, problem) => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'odd.wav', size: MiB });
    loop.server.script({ kind: 'ticket', reply: { status: 200, body: { data: { asset_id: 'a1', ...data(loop.server.storageUrl), status: 'pending_upload' } } } });
    const error = await uploadFailure(uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, retry: FAST_RETRY }));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.detail).toContain(problem);
    expect(error.message).not.toContain(TEST_KEYS.heygen);
    expect(kinds()).toEqual(['ticket']);
  });

  it('a failed complete is retried on its own: the bytes are not sent again', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'confirm.wav', size: MiB });
    loop.server.script({ kind: 'complete', reply: { status: 500, body: { error: { code: 'internal_error', message: 'Try again' } } } });
    const outcome = await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, retry: FAST_RETRY });
    expect(kinds()).toEqual(['ticket', 'storage', 'complete', 'complete']);
    expect(outcome.attempts).toBe(1);
  });

  it('a ticket that never comes is a TIMEOUT after responseMs, like an upload’s answer, and is retried', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'slow-ticket.wav', size: MiB });
    loop.server.script({ kind: 'ticket', times: Infinity, delayMs: 5_000 });
    const error = await uploadFailure(uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, timeouts: { responseMs: 300 }, retry: { ...FAST_RETRY, attempts: 2 } }));
    expect(error.code).toBe('TIMEOUT');
    expect(kinds()).toEqual(['ticket', 'ticket']);
  });

  it('a storage host that stops reading is a TIMEOUT after stallMs, retried from a fresh ticket', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'stuck.wav', size: 64 * MiB });
    loop.server.script({ kind: 'storage', times: Infinity, stallAfterBytes: 0 });
    const error = await uploadFailure(uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, timeouts: { stallMs: 300 }, retry: { ...FAST_RETRY, attempts: 2 } }));
    expect(error.code).toBe('TIMEOUT');
    expect(kinds()).toEqual(['ticket', 'storage', 'ticket', 'storage']);
  });
});

describe('cancel stops every step', () => {
  const loop = useLoopback();
  const kinds = (): string[] => loop.server.requests.map((r) => r.kind);

  async function cancelWhen(seen: (r: RecordedRequest) => boolean, path: string): Promise<void> {
    const controller = new AbortController();
    const pending = uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, signal: controller.signal, retry: FAST_RETRY });
    await loop.server.waitFor(seen);
    controller.abort();
    const error = await uploadFailure(pending);
    expect(error.code).toBe('CANCELLED');
  }

  it('while the ticket is asked for', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'c1.wav', size: MiB });
    loop.server.script({ kind: 'ticket', delayMs: 5_000 });
    await cancelWhen((r) => r.kind === 'ticket' && r.bodyEnd === 'complete', path);
    expect(kinds()).toEqual(['ticket']);
  });

  it('while the bytes go to storage', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'c2.wav', size: 32 * MiB });
    loop.server.script({ kind: 'storage', bytesPerSecond: 4 * MiB });
    await cancelWhen((r) => r.kind === 'storage' && r.bodyBytes > MiB, path);
    await loop.server.waitFor((r) => r.kind === 'storage' && r.bodyEnd !== 'pending');
    expect(loop.server.ofKind('storage')[0]?.bodyEnd).toBe('aborted');
    expect(kinds()).toEqual(['ticket', 'storage']);
  });

  it('while the provider confirms', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'c3.wav', size: MiB });
    loop.server.script({ kind: 'complete', delayMs: 5_000 });
    await cancelWhen((r) => r.kind === 'complete' && r.bodyEnd === 'complete', path);
    expect(kinds()).toEqual(['ticket', 'storage', 'complete']);
  });
});

describe('--base-url moves every request to the provider’s API, never the storage links', () => {
  it('HeyGen’s two hosts and memories.ai’s paths all move; the documented paths stay', () => {
    const base = { baseUrl: 'http://127.0.0.1:4321' };
    const heygen = PROVIDERS.heygen;
    const large = heygen.largeUpload;
    expect(endpointUrl(heygen, heygen.upload, base).href).toBe('http://127.0.0.1:4321/v1/asset');
    expect(large !== undefined && endpointUrl(heygen, large.ticket, base).href).toBe('http://127.0.0.1:4321/v3/assets/direct-uploads');
    expect(large?.complete !== undefined && endpointUrl(heygen, large.complete, { ...base, assetId: 'a/b' }).href).toBe('http://127.0.0.1:4321/v3/assets/a%2Fb/complete');
    expect(heygen.statusCheck !== undefined && endpointUrl(heygen, heygen.statusCheck, { ...base, assetId: 'abc' }).href).toBe('http://127.0.0.1:4321/v3/assets/statuses?asset_ids=abc');
    expect(endpointUrl(heygen, heygen.keyCheck, base).href).toBe('http://127.0.0.1:4321/v3/users/me');
    const memories = PROVIDERS.memories;
    expect(memories.deleteUpload !== undefined && endpointUrl(memories, memories.deleteUpload, { ...base, assetId: 're_1' }).href).toBe('http://127.0.0.1:4321/serve/api/v2/re_1');
    expect(() => endpointUrl(memories, memories.statusCheck ?? memories.upload)).toThrow(/needs an asset id/);
  });

  it('the storage link is used exactly as given: its own origin, path and signature', async () => {
    // The 20 MB HeyGen and 600 MB memories.ai tests above check the link byte for byte; here the
    // proof that the API base never leaks into it: a storage origin on another port took the bytes.
    const { startProviderServer } = await import('../../fixtures/provider-server.ts');
    const server = await startProviderServer();
    try {
      const { makeTempDir, removeDir } = await import('../../fixtures/media-files.ts');
      const dir = await makeTempDir();
      const path = await writeMediaFile(dir, 'wav', { name: 'where.wav', size: 1000 });
      await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: server.baseUrl });
      const [put] = server.ofKind('storage');
      expect(new URL(server.storageUrl).port).not.toBe(new URL(server.baseUrl).port);
      expect(put?.headers.host).toBe(new URL(server.storageUrl).host);
      await removeDir(dir);
    } finally {
      await server.close();
    }
  });
});

describe('a storage host’s refusal', () => {
  const answer = (status: number, body: string) => ({ status, headers: {}, body, complete: true, requestUrl: new URL('https://storage.googleapis.com/b/o') });

  it('Google’s 400 ExpiredToken and Amazon’s 403 "Request has expired" are worth a fresh ticket', () => {
    for (const [status, body] of [[400, '<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>'], [403, '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>']] as const) {
      const error = (() => {
        try {
          readStorageAnswer(answer(status, body), 'memories.ai', []);
        } catch (e) {
          return e as UploadError;
        }
        return undefined;
      })();
      expect(error).toMatchObject({ code: 'PROVIDER_ERROR', status, retryable: true });
      expect(error !== undefined && isRetryable(error)).toBe(true);
    }
  });

  it('a refused signature is not retried, and is never called a key problem (no key goes there)', () => {
    expect(() => readStorageAnswer(answer(403, '<Error><Code>SignatureDoesNotMatch</Code></Error>'), 'HeyGen', [])).toThrow(expect.objectContaining({ code: 'PROVIDER_ERROR', status: 403 }));
    expect(() => readStorageAnswer(answer(401, ''), 'HeyGen', [])).toThrow(expect.objectContaining({ code: 'PROVIDER_ERROR' }));
    expect(() => readStorageAnswer(answer(413, '<Error><Code>EntityTooLarge</Code></Error>'), 'HeyGen', [])).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(readStorageAnswer(answer(204, ''), 'HeyGen', [])).toBeUndefined();
  });
});
