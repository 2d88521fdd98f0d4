// Deleting an upload from the provider: memories.ai's DELETE /serve/api/v2/{asset_id} and
// HeyGen's DELETE /v3/assets/{asset_id}, with the key and the pace of every request; a plain
// sentence where the provider offers no way, and for an id it does not know.

import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../../shared/providers.ts';
import { ProviderPacer } from '../../../electron/core/sending/provider-pacer.ts';
import { deleteUpload } from '../../../electron/core/sending/remote-delete.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();

async function uploaded(provider: 'memories' | 'heygen', name: string): Promise<string> {
  const path = await writeMediaFile(loop.dir, provider === 'heygen' ? 'wav' : 'mp4', { name, size: 10_000 });
  const outcome = await uploadFile({ path, provider, key: TEST_KEYS[provider], baseUrl: loop.server.baseUrl });
  loop.server.reset();
  return outcome.assetId ?? '';
}

describe('deleteUpload', () => {
  it('memories.ai: DELETE /serve/api/v2/{asset_id} with its key; the asset is gone; again, a sentence that says so', async () => {
    const assetId = await uploaded('memories', 'to-delete.mp4');
    await deleteUpload({ provider: 'memories', assetId, key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl });
    expect(loop.server.requests).toEqual([expect.objectContaining({ kind: 'delete', method: 'DELETE', path: `/serve/api/v2/${assetId}`, response: expect.objectContaining({ status: 200 }) })]);
    expect(loop.server.requests[0]?.headers.authorization).toBe(TEST_KEYS.memories);
    expect(loop.server.asset(assetId)?.deleted).toBe(true);

    const again = await uploadFailure(deleteUpload({ provider: 'memories', assetId, key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl }));
    expect(again).toMatchObject({ code: 'PROVIDER_ERROR', status: 404, message: 'memories.ai does not know this ID, so nothing was deleted. It may have been deleted already.' });
  });

  it('HeyGen: DELETE /v3/assets/{asset_id} with X-API-KEY', async () => {
    const assetId = await uploaded('heygen', 'to-delete.wav');
    await deleteUpload({ provider: 'heygen', assetId, key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });
    expect(loop.server.requests).toEqual([expect.objectContaining({ kind: 'delete', method: 'DELETE', path: `/v3/assets/${assetId}` })]);
    expect(loop.server.requests[0]?.headers['x-api-key']).toBe(TEST_KEYS.heygen);
  });

  it.each([
    ['assemblyai', 'AssemblyAI offers no way to delete an upload. AssemblyAI keeps uploaded files for about 2 days.'],
    ['wavespeed', 'WaveSpeedAI offers no way to delete an upload. WaveSpeedAI deletes uploads after 7 days.'],
  ] as const)('%s: says plainly that it offers no way, and sends nothing', async (provider, sentence) => {
    const error = await uploadFailure(deleteUpload({ provider, assetId: 'anything', key: TEST_KEYS[provider], baseUrl: loop.server.baseUrl }));
    expect(error.message).toBe(sentence);
    expect(loop.server.requests).toEqual([]);
  });

  it('refuses an id no provider would give, and checks the key like any request', async () => {
    const base = { provider: 'memories' as const, baseUrl: loop.server.baseUrl };
    expect((await uploadFailure(deleteUpload({ ...base, assetId: 're 1', key: TEST_KEYS.memories }))).code).toBe('BAD_RESPONSE');
    expect((await uploadFailure(deleteUpload({ ...base, assetId: 're_1\n', key: TEST_KEYS.memories }))).code).toBe('BAD_RESPONSE');
    expect((await uploadFailure(deleteUpload({ ...base, assetId: 're_1', key: undefined }))).code).toBe('KEY_MISSING');
    // No way up to another endpoint, even encoded: a server or proxy may decode %2F again.
    expect((await uploadFailure(deleteUpload({ ...base, assetId: '../upload', key: TEST_KEYS.memories }))).code).toBe('BAD_RESPONSE');
    expect(loop.server.requests).toEqual([]);
    expect((await uploadFailure(deleteUpload({ ...base, assetId: 're_1', key: 'sk-mai-wrong-0000' }))).code).toBe('KEY_REJECTED');
  });

  it('keeps memories.ai’s pace, and can be cancelled while it waits for an answer', async () => {
    const pacer = new ProviderPacer();
    const grants: number[] = [];
    pacer.onGrant = (_p, at) => grants.push(at);
    const assetId = await uploaded('memories', 'paced.mp4');
    const second = await uploaded('memories', 'paced-2.mp4');
    await deleteUpload({ provider: 'memories', assetId, key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl, pacer });
    loop.server.script({ kind: 'delete', delayMs: 5_000 });
    const controller = new AbortController();
    const pending = deleteUpload({ provider: 'memories', assetId: second, key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl, pacer, signal: controller.signal });
    await loop.server.waitFor((r) => r.kind === 'delete' && r.path.endsWith(second));
    controller.abort();
    expect((await uploadFailure(pending)).code).toBe('CANCELLED');
    expect(grants).toHaveLength(2);
    expect((grants[1] ?? 0) - (grants[0] ?? 0)).toBeGreaterThanOrEqual(PROVIDERS.memories.minIntervalMs ?? 0);
  });

  // encodeURIComponent leaves `.` and `..` as they are, and the URL parser then climbs out of
  // /v3/assets/: `..` would have been DELETE /v3/ with the key. `%`, `/`, `?`, `#` and `\\` are
  // encoded, but a server or proxy may decode them again.
  it.each(['.', '..', 'a/../../v1', 'a?b', 'a#b', 'a%2Fb', 'a\\b'])('refuses the asset ID %j without sending anything', async (assetId) => {
    const error = await uploadFailure(deleteUpload({ provider: 'heygen', assetId, key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl }));
    expect(error.code).toBe('BAD_RESPONSE');
    expect(loop.server.requests).toEqual([]);
  });
});
