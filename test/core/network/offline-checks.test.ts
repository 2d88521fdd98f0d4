// Key checks and status checks while the computer is offline (issue 23): a key check says so
// plainly instead of asking (or, cut by the connection going, instead of blaming the service or a
// proxy out of reach), and is never a verdict on the key; a status check waits for the connection
// and is asked as soon as it is back, and a check that failed as the connection went never
// fails the upload the provider already has.

import { describe, expect, it } from 'vitest';
import { checkKey, offlineCheckSentence } from '../../../electron/core/keys/key-check.ts';
import { OnlineState } from '../../../electron/core/network/online-signal.ts';
import { environmentProxyChooser, useProxyChooser } from '../../../electron/core/network/proxy-choice.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { ProviderPacer } from '../../../electron/core/sending/provider-pacer.ts';
import { ReadyWatch } from '../../../electron/core/queue/ready-watch.ts';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { newItem, toProcessing, toUploading, toWaiting } from '../../../shared/queue-transitions.ts';
import type { ProcessedItem, ProcessingItem } from '../../../shared/queue-types.ts';
import { checkFromTest } from '../../../electron/main/settings/key-checks.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { freePort } from '../../fixtures/tinyproxy.ts';

const loop = useLoopback();

describe('a key check while offline', () => {
  it('says the computer is offline, asks nothing, and leaves the key unjudged', async () => {
    const result = await checkKey('heygen', TEST_KEYS.heygen, { baseUrl: loop.server.baseUrl, online: new OnlineState(false) });
    expect(result).toMatchObject({ ok: false, code: 'NETWORK', message: offlineCheckSentence('HeyGen') });
    expect(result.message).toBe('This computer is offline, so whether the HeyGen key works could not be checked. Press Check again once it is back online.');
    expect(loop.server.requests).toEqual([]);
    expect(checkFromTest(result, new Date()).state).toBe('unchecked');
  });

  it('cut by the connection going, through a proxy it can no longer reach: offline, not "the proxy refused"', async () => {
    const online = new OnlineState(true);
    const unreachable = await freePort();
    useProxyChooser(() => {
      // The connection goes as the request leaves: the proxy is out of reach because of it.
      online.set(false);
      return { kind: 'proxy', secure: false, host: '127.0.0.1', port: unreachable };
    });
    try {
      const result = await checkKey('assemblyai', TEST_KEYS.assemblyai, { baseUrl: loop.server.baseUrl, online });
      expect(result).toMatchObject({ ok: false, code: 'NETWORK', message: offlineCheckSentence('AssemblyAI') });
      // The same check online names the proxy, as before.
      online.set(true);
      useProxyChooser(() => ({ kind: 'proxy', secure: false, host: '127.0.0.1', port: unreachable }));
      expect(await checkKey('assemblyai', TEST_KEYS.assemblyai, { baseUrl: loop.server.baseUrl, online })).toMatchObject({ ok: false, code: 'PROXY_REFUSED' });
    } finally {
      useProxyChooser(environmentProxyChooser);
    }
  });
});

describe('status checks while offline', () => {
  it('ask nothing while offline, and ask as soon as the connection is back', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'processing.mp4', size: 20_000 });
    const sent = await uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl });
    loop.server.reset();
    const online = new OnlineState(false);
    const queue = new UploadQueue({
      getKey: async (p: ProviderId) => TEST_KEYS[p],
      settings: () => ({ concurrency: 1, regions: {} }),
      baseUrl: () => loop.server.baseUrl,
      readyChecks: { firstMs: 20, maxMs: 40 },
      // A pace of its own: memories.ai's one request a second would otherwise hold the first check past the wait below.
      pacer: new ProviderPacer(),
      online,
    });
    try {
      const uploading = toUploading(toWaiting(newItem({ id: 'p1', path, name: 'processing.mp4', size: 20_000, mtimeMs: 1, provider: 'memories', addedAt: 1, formatId: 'mp4' }), 1));
      const processed = new Promise<ProcessedItem>((resolve) => queue.once('processed', resolve));
      queue.restore([toProcessing(uploading, sent, 2)]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(loop.server.ofKind('status')).toEqual([]);
      expect(queue.get('p1')?.status).toBe('processing');
      online.set(true);
      expect(await processed).toMatchObject({ id: 'p1', status: 'done' });
    } finally {
      queue.cancelAll();
    }
  });

  it('a refusal met as the connection went (a proxy out of reach) does not fail the upload; the next check online decides', async () => {
    const online = new OnlineState(true);
    const outcomes: string[] = [];
    let checks = 0;
    const uploading = toUploading(toWaiting(newItem({ id: 'x', path: '/x.mp4', name: 'x.mp4', size: 1, mtimeMs: 1, provider: 'memories', addedAt: 1, formatId: 'mp4' }), 1));
    const item: ProcessingItem = toProcessing(uploading, { assetId: 'asset-x' }, 2);
    const watch = new ReadyWatch({
      schedule: { firstMs: 5, maxMs: 10 },
      online,
      check: async () => {
        checks += 1;
        if (checks === 1) {
          online.set(false);
          throw UploadError.of('PROXY_REFUSED', 'memories.ai', { extra: 'proxy.corp:3128' });
        }
        return { readiness: 'ready' as const, raw: {} };
      },
      ready: () => outcomes.push('ready'),
      failed: (_item, error) => outcomes.push(`failed ${error.code}`),
    });
    watch.watch(item);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outcomes).toEqual([]);
    expect(checks).toBe(1);
    online.set(true);
    await watch.whenIdle();
    expect(outcomes).toEqual(['ready']);
  });
});
