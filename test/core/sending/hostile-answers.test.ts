// Answers a hostile provider, or a proxy in between, could send: they may fail an upload, but
// can neither stall the engine nor pass for a success.

import { englishT } from '../../../shared/i18n/english.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLink } from '../../../electron/core/sending/answer-checks.ts';
import { checkKey } from '../../../electron/core/keys/key-check.ts';
import { plainText } from '../../../electron/core/sending/response-reading.ts';
import { LONGEST_RETRY_WAIT_MS } from '../../../electron/core/sending/retry-policy.ts';
import { uploadFile, type UploadRequest } from '../../../electron/core/sending/upload-file.ts';
import { formatClockTime } from '../../../shared/format-units.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';
import { providerError, TEST_KEYS } from '../../fixtures/provider-server.ts';

// Tiny delays so retries cost milliseconds; the counts are what is being tested.
const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
const MB = 1024 * 1024;

describe('hostile answers', () => {
  const loop = useLoopback();
  let mp4: string;
  beforeAll(async () => {
    mp4 = await writeMediaFile(loop.dir, 'mp4', { size: 50_000 });
  });

  function send(provider: ProviderId, extra: Partial<UploadRequest> = {}): Promise<unknown> {
    return uploadFile({ path: mp4, provider, key: TEST_KEYS[provider], baseUrl: loop.server.baseUrl, retry: FAST, ...extra });
  }

  describe('bodies are read with a cap', () => {
    // Before the cap and the linear stripping, each attempt spent minutes on this page: the
    // test's own time limit is what fails then.
    it('a 1 MB error page of "<" is a PROVIDER_ERROR after the retries', async () => {
      loop.server.script({ kind: 'upload', times: Infinity, reply: { status: 502, headers: { 'content-type': 'text/html' }, body: '<'.repeat(MB) } });
      const error = await uploadFailure(send('assemblyai'));
      expect(error).toMatchObject({ code: 'PROVIDER_ERROR', status: 502 });
      expect(loop.server.uploads()).toHaveLength(FAST.attempts);
    });

    it('an error answer that never ends is read only in part', async () => {
      loop.server.script({ kind: 'upload', times: Infinity, endlessReply: { status: 503, headers: { 'content-type': 'text/plain' }, chunk: 'overloaded '.repeat(1000) } });
      const error = await uploadFailure(send('wavespeed', { timeouts: { responseMs: 60_000 } }));
      expect(error).toMatchObject({ code: 'PROVIDER_ERROR', status: 503 });
      expect(error.detail).toMatch(/^overloaded overloaded/);
    });

    it('a success answer larger than any real one is BAD_RESPONSE, never a success', async () => {
      const body = JSON.stringify({ upload_url: 'https://cdn.assemblyai.com/upload/padded', padding: 'x'.repeat(200_000) });
      loop.server.script({ kind: 'upload', reply: { status: 200, body } });
      expect(await uploadFailure(send('assemblyai'))).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
      expect(loop.server.uploads()).toHaveLength(1);
    });

    it('a key test whose answer never ends is decided by its start', async () => {
      loop.server.script({ kind: 'key-check', endlessReply: { status: 200, chunk: ' '.repeat(16 * 1024) } });
      const result = await checkKey('wavespeed', TEST_KEYS.wavespeed, { baseUrl: loop.server.baseUrl, timeoutMs: 60_000 });
      expect(result).toMatchObject({ ok: true });
    });
  });

  describe('links and asset ids are checked before anyone sees them', () => {
    const wavespeedAnswer = (link: string): object => ({ code: 200, message: 'success', data: { type: 'video', download_url: link, filename: 'a.mp4', size: 1 } });
    const heygenAnswer = (id: string, link?: string): object => ({ code: 100, data: { id, ...(link !== undefined && { url: link }) }, msg: null, message: null });

    it.each([
      ['javascript:', 'javascript:alert(document.cookie)'],
      ['file:', 'file:///etc/passwd'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['a line break', 'https://static.wavespeed.ai/a\nb.mp4'],
      ['an escape sequence', 'https://static.wavespeed.ai/\u001b]52;c;ZXZpbA==\u0007.mp4'],
      ['a bidirectional override', 'https://static.wavespeed.ai/\u202egpj.exe'],
      ['a user name', 'https://static.wavespeed.ai@evil.example/a.mp4'],
      ['2,049 characters', `https://static.wavespeed.ai/${'a'.repeat(2049 - 28)}`],
      ['3 MB', `https://static.wavespeed.ai/${'a'.repeat(3 * MB)}`],
    ])('a link with %s is BAD_RESPONSE, never a success', async (_what, link) => {
      loop.server.script({ kind: 'upload', reply: { status: 200, body: wavespeedAnswer(link) } });
      expect(await uploadFailure(send('wavespeed'))).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
      expect(loop.server.uploads()).toHaveLength(1);
    });

    it.each([
      ['a line break', 'abc\ndef'],
      ['a space', 'abc def'],
      ['an escape sequence', '\u001b[2Jcleared'],
      ['257 characters', 'a'.repeat(257)],
    ])('an asset id with %s is BAD_RESPONSE', async (_what, id) => {
      loop.server.script({ kind: 'upload', reply: { status: 200, body: heygenAnswer(id) } });
      const png = await writeMediaFile(loop.dir, 'png', { name: 'face.png' });
      expect(await uploadFailure(send('heygen', { path: png }))).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
    });

    it('a good link comes back as the URL parser writes it', async () => {
      loop.server.script({ kind: 'upload', reply: { status: 200, body: wavespeedAnswer('HTTPS://Static.WaveSpeed.AI/media/a b.mp4') } });
      expect(await send('wavespeed')).toMatchObject({ url: 'https://static.wavespeed.ai/media/a%20b.mp4' });
      const id = 'a'.repeat(256);
      loop.server.script({ kind: 'upload', reply: { status: 200, body: heygenAnswer(id, `https://resource2.heygen.ai/image/${id}/original`) } });
      const png = await writeMediaFile(loop.dir, 'png', { name: 'face.png' });
      expect(await send('heygen', { path: png })).toMatchObject({ assetId: id });
    });

    it('a plain http link passes from the loopback test server', async () => {
      loop.server.script({ kind: 'upload', reply: { status: 200, body: wavespeedAnswer('http://localhost/a.mp4') } });
      expect(await send('wavespeed')).toMatchObject({ url: 'http://localhost/a.mp4' });
    });

    it('only a loopback request lets a plain http link through', () => {
      const link = 'http://127.0.0.1:9/file.mp4';
      expect(checkLink(link, new URL('http://127.0.0.1:8080/v2/upload'))).toBe(link);
      expect(checkLink(link, new URL('http://[::1]:8080/v2/upload'))).toBe(link);
      expect(checkLink(link, new URL('http://uploads.example/v2/upload'))).toEqual({ problem: expect.any(String) });
      expect(checkLink(link, new URL('https://127.0.0.1/v2/upload'))).toEqual({ problem: expect.any(String) });
      expect(checkLink(`https://a.example/${'a'.repeat(2048 - 18)}`, new URL('https://a.example/'))).toHaveLength(2048);
    });
  });

  describe('a Retry-After too long to wait for', () => {
    const DAY_MS = 86_400_000;
    it.each([
      ['10 days in seconds', String(10 * 86_400), 10 * DAY_MS],
      // Past 2^31 ms, setTimeout fires at once: this used to retry immediately, then give up.
      ['30 days in seconds', String(30 * 86_400), 30 * DAY_MS],
      ['10 days as a date', new Date(Date.now() + 10 * DAY_MS).toUTCString(), 10 * DAY_MS],
      ['more digits than a number holds', '9'.repeat(400), 365 * DAY_MS],
    ])('%s ends the upload at once as RATE_LIMITED, saying until when', async (_what, header, waitMs) => {
      loop.server.script({ kind: 'upload', times: Infinity, reply: providerError('heygen', 429, undefined, { 'retry-after': header }) });
      const png = await writeMediaFile(loop.dir, 'png', { name: 'face.png' });
      const before = Date.now();
      const error = await uploadFailure(send('heygen', { path: png }));
      expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(loop.server.uploads()).toHaveLength(1);
      // The time is the one the server named, as the person's clock shows it (a minute's leeway either way: a date header has whole seconds, so it may fall a moment before the minute `before + waitMs` reaches).
      const said = [-60_000, 0, 60_000].map((slack) => formatClockTime(englishT(), new Date(before + waitMs + slack), new Date(before)));
      expect(said.some((time) => error.message === `HeyGen asks for no more uploads from your account until ${time}. Press Retry after that.`)).toBe(true);
    });

    it('five minutes is still waited for (the wait is cancelled here once it begins)', async () => {
      loop.server.script({ kind: 'upload', reply: providerError('heygen', 503, undefined, { 'retry-after': String(LONGEST_RETRY_WAIT_MS / 1000) }) });
      const png = await writeMediaFile(loop.dir, 'png', { name: 'face.png' });
      const controller = new AbortController();
      const delays: number[] = [];
      const onRetry = (_attempt: number, _error: unknown, delayMs: number): void => {
        delays.push(delayMs);
        controller.abort();
      };
      expect(await uploadFailure(send('heygen', { path: png, signal: controller.signal, onRetry }))).toMatchObject({ code: 'CANCELLED' });
      expect(delays).toEqual([LONGEST_RETRY_WAIT_MS]);
    });
  });

  describe('plainText', () => {
    it('keeps a page’s title, or its text without tags', () => {
      expect(plainText('<html><head><TITLE>502 Bad Gateway</TITLE></head></html>')).toBe('502 Bad Gateway');
      expect(plainText('<p>Service <b>down</b></p>').replace(/\s+/g, ' ').trim()).toBe('Service down');
      expect(plainText('{"error":"plain"}')).toBe('{"error":"plain"}');
    });

    it('ends the text at a "<" that is never closed', () => {
      expect(plainText('<p>half<'.concat('<'.repeat(100)))).toBe(' half');
      expect(plainText('<title'.repeat(10_000))).toBe('');
    });
  });
});
