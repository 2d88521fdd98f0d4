// The engine when a provider says no or misbehaves: each documented status mapped to its code,
// retries (with Retry-After as a floor), and answers that must not pass for success.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/error-codes.ts';
import { PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import { uploadFile, type UploadRequest } from '../../../electron/core/sending/upload-file.ts';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';
import {
  htmlPage,
  MALFORMED_JSON,
  MEMORIES_BODY_FAILURE,
  providerError,
  TEST_KEYS,
} from '../../fixtures/provider-server.ts';

// Tiny delays so retries cost milliseconds; the counts are what is being tested.
const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

describe('uploadFile: provider errors and odd answers', () => {
  const loop = useLoopback();
  let mp4: string;
  beforeAll(async () => {
    mp4 = await writeMediaFile(loop.dir, 'mp4', { size: 200_000 });
  });

  function send(provider: ProviderId, extra: Partial<UploadRequest> = {}): Promise<unknown> {
    return uploadFile({ path: mp4, provider, key: TEST_KEYS[provider], baseUrl: loop.server.baseUrl, retry: FAST, ...extra });
  }
  describe.each(PROVIDER_IDS)('%s', (provider) => {
    it('a wrong key is KEY_REJECTED at once, with the provider’s words as detail', async () => {
      const error = await uploadFailure(send(provider, { key: `wrong-${provider}-key` }));
      expect(error).toMatchObject({ code: 'KEY_REJECTED', status: 401 });
      expect(error.detail).toBeTruthy();
      expect(loop.server.uploads()).toHaveLength(1);
    });

    it.each([
      [403, 'FORBIDDEN'],
      [413, 'TOO_LARGE'],
    ] as const)('%i is %s and is not retried', async (status, code: ErrorCode) => {
      loop.server.script({ kind: 'upload', times: Infinity, reply: providerError(provider, status) });
      expect(await uploadFailure(send(provider))).toMatchObject({ code, status });
      expect(loop.server.uploads()).toHaveLength(1);
    });

    it('429 is retried, then RATE_LIMITED', async () => {
      loop.server.script({ kind: 'upload', times: Infinity, reply: providerError(provider, 429) });
      expect(await uploadFailure(send(provider))).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(loop.server.uploads()).toHaveLength(FAST.attempts);
    });

    it.each([500, 503, 504])('%i is retried, then PROVIDER_ERROR', async (status) => {
      loop.server.script({ kind: 'upload', times: Infinity, reply: providerError(provider, status) });
      expect(await uploadFailure(send(provider))).toMatchObject({ code: 'PROVIDER_ERROR', status });
      expect(loop.server.uploads()).toHaveLength(FAST.attempts);
    });

    it('a 502 HTML page from a proxy is a provider error, retried, then a success', async () => {
      loop.server.script({ kind: 'upload', reply: htmlPage(502) });
      const retries: ErrorCode[] = [];
      const outcome = await send(provider, { onRetry: (_n, error) => retries.push(error.code) });
      expect(retries).toEqual(['PROVIDER_ERROR']);
      expect(outcome).toMatchObject({ attempts: 2 });
      expect(loop.server.uploads().map((r) => r.response?.status)).toEqual([502, 200]);
    });

    it('malformed JSON on a 200 is BAD_RESPONSE, never a success', async () => {
      loop.server.script({ kind: 'upload', reply: MALFORMED_JSON });
      expect(await uploadFailure(send(provider))).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
      expect(loop.server.uploads()).toHaveLength(1);
    });

    it('a 200 JSON answer without the field the user copies is BAD_RESPONSE', async () => {
      const bodies: Record<ProviderId, object> = {
        assemblyai: {},
        memories: { code: 200, msg: 'success', data: {}, success: true, failed: false },
        wavespeed: { code: 200, message: 'success', data: { type: 'video' } },
        heygen: { code: 100, data: {}, msg: null, message: null },
      };
      loop.server.script({ kind: 'upload', reply: { status: 200, body: bodies[provider] } });
      expect(await uploadFailure(send(provider))).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
    });

    it('a 400 fails at once with the provider’s message', async () => {
      loop.server.script({ kind: 'upload', times: Infinity, reply: providerError(provider, 400, 'Invalid file') });
      const error = await uploadFailure(send(provider));
      expect(error).toMatchObject({ status: 400, detail: 'Invalid file' });
      expect(loop.server.uploads()).toHaveLength(1);
    });
  });

  it.each([
    ['memories', 402, 'FORBIDDEN'],
    ['memories', 415, 'UNSUPPORTED_TYPE'],
    ['memories', 405, 'PROVIDER_ERROR'],
    ['memories', 409, 'PROVIDER_ERROR'],
    ['assemblyai', 404, 'PROVIDER_ERROR'],
  ] as const)('%s’s documented %i is %s, at once', async (provider, status, code: ErrorCode) => {
    loop.server.script({ kind: 'upload', times: Infinity, reply: providerError(provider, status) });
    expect(await uploadFailure(send(provider))).toMatchObject({ code, status });
    expect(loop.server.uploads()).toHaveLength(1);
  });

  it('memories.ai saying failure in a 200 body is an error, not an empty success', async () => {
    loop.server.script({ kind: 'upload', reply: MEMORIES_BODY_FAILURE });
    const error = await uploadFailure(send('memories', { retry: { attempts: 1 } }));
    expect(error.code).not.toBe('BAD_RESPONSE');
    expect(error).toMatchObject({ status: 200, detail: 'upload failed' });
  });

  it('memories.ai’s 400 "Request has exceeded the limit." is RATE_LIMITED', async () => {
    loop.server.script({ kind: 'upload', times: Infinity, reply: providerError('memories', 400, 'Request has exceeded the limit.') });
    expect(await uploadFailure(send('memories', { retry: { attempts: 1 } }))).toMatchObject({ code: 'RATE_LIMITED', status: 400 });
  });

  it('HeyGen’s key code on a 400 is KEY_REJECTED', async () => {
    loop.server.script({ kind: 'upload', reply: { status: 400, body: { code: 40009, message: 'Invalid credentials provided' } } });
    expect(await uploadFailure(send('heygen'))).toMatchObject({ code: 'KEY_REJECTED' });
  });

  it('Retry-After is a floor under the backoff, then the retry succeeds', async () => {
    loop.server.script({ kind: 'upload', times: 2, reply: providerError('assemblyai', 429, undefined, { 'retry-after': '1' }) });
    const delays: number[] = [];
    const outcome = await send('assemblyai', { onRetry: (_n, _e, delayMs) => delays.push(delayMs) });
    // Without Retry-After the FAST policy never waits more than 5 ms.
    expect(delays).toHaveLength(2);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(1000);
    expect(outcome).toMatchObject({ attempts: 3 });
    expect(loop.server.uploads().map((r) => r.response?.status)).toEqual([429, 429, 200]);
  });

  it('no message or detail ever carries the key, even when the provider echoes it', async () => {
    const errors: { key: string; error: UploadError }[] = [];
    for (const provider of PROVIDER_IDS) {
      for (const key of [TEST_KEYS[provider], `${TEST_KEYS[provider]}-typo`]) {
        const echo = `The key ${key} is not valid (Bearer ${key})`;
        loop.server.script({ kind: 'upload', reply: providerError(provider, 401, echo) });
        loop.server.script({ kind: 'upload', times: Infinity, reply: { status: 500, headers: { 'content-type': 'text/plain' }, body: echo } });
        errors.push({ key, error: await uploadFailure(send(provider, { key })) });
        errors.push({ key, error: await uploadFailure(send(provider, { key })) });
        errors.push({ key, error: await uploadFailure(send(provider, { key, baseUrl: 'http://127.0.0.1:1', retry: { attempts: 1 } })) });
        loop.server.reset();
      }
    }
    for (const { key, error } of errors) {
      const text = JSON.stringify({ ...error.toInfo(), message: error.message, detail: error.detail });
      expect(text).not.toContain(key);
    }
    expect(errors.map((e) => e.error.code)).toEqual(expect.arrayContaining(['KEY_REJECTED', 'PROVIDER_ERROR', 'NETWORK']));
  });
});
