// The engine against the loopback providers: what each provider receives on a successful
// upload (headers, exact length, bytes), and what the engine hands back.

import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { UploadProgress } from '../../../shared/queue-types.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { fingerprintOfFile, sha256OfFile, writeMediaFile, type MediaKind } from '../../fixtures/media-files.ts';
import { TEST_KEYS, type RecordedRequest } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

// Big enough to take many chunks through the engine's reader, small enough to be instant.
const SIZE = 3 * 1024 * 1024 + 123;

describe('uploadFile: what each provider receives', () => {
  const loop = useLoopback();

  const single = (): RecordedRequest => {
    expect(loop.server.requests).toHaveLength(1);
    return loop.server.requests[0] as RecordedRequest;
  };
  const answered = (record: RecordedRequest): unknown => JSON.parse(record.response?.body ?? 'null');

  it('AssemblyAI: raw octet-stream, bare key, exact Content-Length, the very bytes; upload_url back', async () => {
    const path = await writeMediaFile(loop.dir, 'mp3', { name: 'interview.mp3', size: SIZE });
    const outcome = await uploadFile({ path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: loop.server.baseUrl });
    const record = single();
    expect(record).toMatchObject({ method: 'POST', path: '/v2/upload', provider: 'assemblyai', bodyEnd: 'complete', bodyBytes: SIZE, fileBytes: SIZE });
    expect(record.headers).toMatchObject({ authorization: TEST_KEYS.assemblyai, 'content-type': 'application/octet-stream', 'content-length': String(SIZE) });
    expect(record.headers['transfer-encoding']).toBeUndefined();
    expect(record.sha256).toBe(await sha256OfFile(path));
    const body = answered(record) as { upload_url: string };
    // The fingerprint the history keeps is taken from the bytes as they left: the file's own.
    expect(outcome).toEqual({ url: body.upload_url, raw: body, bytes: SIZE, attempts: 1, expiresAt: expect.any(String), fingerprint: await fingerprintOfFile(path) });
    // AssemblyAI keeps uploads about 2 days.
    expect(Date.parse(outcome.expiresAt ?? '') - Date.now()).toBeGreaterThan(2 * 86_400_000 - 60_000);
    expect(Date.parse(outcome.expiresAt ?? '') - Date.now()).toBeLessThanOrEqual(2 * 86_400_000);
  });

  it('memories.ai: one multipart part `file` with its name and type, exact length; asset_id back', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'holiday.mp4', size: SIZE });
    const outcome = await uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl });
    const record = single();
    expect(record.headers.authorization).toBe(TEST_KEYS.memories);
    expect(record.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect(record.headers['content-length']).toBe(String(record.bodyBytes));
    expect(record.bodyEnd).toBe('complete');
    expect(record.parts).toEqual([{ name: 'file', filename: 'holiday.mp4', mimeType: 'video/mp4', bytes: SIZE, sha256: await sha256OfFile(path) }]);
    const body = answered(record) as { data: { asset_id: string } };
    expect(outcome.assetId).toBe(body.data.asset_id);
    expect(outcome.url).toBeUndefined();
    expect(outcome).toMatchObject({ raw: body, bytes: SIZE, attempts: 1 });
  });

  it('WaveSpeedAI: Bearer key, multipart `file`; download_url back with a 7-day expiry', async () => {
    const path = await writeMediaFile(loop.dir, 'png', { name: 'poster.png', size: SIZE });
    const before = Date.now();
    const outcome = await uploadFile({ path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl });
    const record = single();
    expect(record.headers.authorization).toBe(`Bearer ${TEST_KEYS.wavespeed}`);
    expect(record.headers['content-length']).toBe(String(record.bodyBytes));
    expect(record.parts).toEqual([{ name: 'file', filename: 'poster.png', mimeType: 'image/png', bytes: SIZE, sha256: await sha256OfFile(path) }]);
    const body = answered(record) as { data: { download_url: string } };
    expect(outcome.url).toBe(body.data.download_url);
    const expires = Date.parse(outcome.expiresAt ?? '');
    expect(expires - before).toBeGreaterThanOrEqual(7 * 86_400_000 - 60_000);
    expect(expires - before).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);
  });

  it.each([
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['mp3', 'audio/mpeg'],
    ['mp4', 'video/mp4'],
    ['webm', 'video/webm'],
  ] as const)('HeyGen: a %s goes raw with X-API-KEY and Content-Type %s; id and url back', async (kind: MediaKind, mime) => {
    const path = await writeMediaFile(loop.dir, kind, { size: 100_000 });
    const outcome = await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });
    const record = single();
    expect(record.headers).toMatchObject({ 'x-api-key': TEST_KEYS.heygen, 'content-type': mime, 'content-length': '100000' });
    expect(record.headers.authorization).toBeUndefined();
    expect(record).toMatchObject({ path: '/v1/asset', bodyBytes: 100_000, sha256: await sha256OfFile(path) });
    const body = answered(record) as { data: { id: string; url: string } };
    expect(outcome).toMatchObject({ assetId: body.data.id, url: body.data.url, bytes: 100_000, attempts: 1 });
  });

  it('HeyGen: the Content-Type comes from the bytes, not the name (a PNG called .mp4)', async () => {
    const path = await writeMediaFile(loop.dir, 'png', { name: 'renamed.mp4' });
    await uploadFile({ path, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });
    expect(single().headers['content-type']).toBe('image/png');
  });

  it('multipart file names keep their accents and spaces', async () => {
    const path = await writeMediaFile(loop.dir, 'mp3', { name: 'Chanson d’été n°2.mp3' });
    await uploadFile({ path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl });
    expect(single().parts?.[0]?.filename).toBe('Chanson d’été n°2.mp3');
  });

  it('progress counts up to exactly the file size', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'progress.mp4', size: 8 * 1024 * 1024 });
    const seen: UploadProgress[] = [];
    await uploadFile({ path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: loop.server.baseUrl, onProgress: (p) => seen.push(p) });
    const sent = seen.map((p) => p.sent);
    expect(sent.length).toBeGreaterThan(2);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ sent: 8 * 1024 * 1024, total: 8 * 1024 * 1024 });
  });

  it('an unchanged queued stamp uploads; the EU region keeps the documented path', async () => {
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'stamped.wav' });
    const { size, mtimeMs } = await stat(path);
    const outcome = await uploadFile({ path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: loop.server.baseUrl, region: 'eu', expected: { size, mtimeMs } });
    expect(outcome.bytes).toBe(size);
    expect(single().path).toBe('/v2/upload');
  });
});
