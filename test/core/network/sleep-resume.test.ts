// Waking from sleep (issue 23): the app's powerMonitor `resume` calls resumedFromSleep(), which
// drops pooled connections and cuts the uploads that made no progress across the sleep, so they
// are tried again at once on a fresh connection instead of after the whole stall timer.

import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../../../electron/core/network/http-client.ts';
import { goingToSleep, resumedFromSleep } from '../../../electron/core/network/sleep-resume.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const MiB = 1024 * 1024;

describe('resumedFromSleep', () => {
  const loop = useLoopback();

  it('cuts an upload whose connection went quiet, and it is tried again at once, long before its stall timer', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'slept.mp4', size: 16 * MiB });
    // The server stops reading: as a connection that died while the computer slept looks.
    loop.server.script({ kind: 'upload', times: 1, stallAfterBytes: 2 * MiB });
    const retries: string[] = [];
    const uploading = uploadFile({
      path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl,
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
      // Far beyond the test's own time limit: only the wake-up can end this attempt in time.
      timeouts: { stallMs: 600_000 },
      onRetry: (_n, error) => retries.push(`${error.code}: ${error.detail ?? ''}`),
    });
    await loop.server.waitFor((r) => r.bodyBytes >= 2 * MiB);
    // No `suspend` was seen (some systems do not send it): every upload in flight is suspect.
    expect(resumedFromSleep()).toBe(1);
    const outcome = await uploading;
    expect(outcome).toMatchObject({ attempts: 2, bytes: 16 * MiB });
    expect(retries).toEqual(['NETWORK: The connection was lost while the computer slept.']);
    expect(loop.server.uploads().map((r) => r.bodyEnd)).toEqual(['stalled', 'complete']);
  }, 20_000);

  it('leaves alone an upload that made progress since the computer went to sleep', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'awake.mp4', size: 4 * MiB });
    loop.server.script({ kind: 'upload', times: 1, bytesPerSecond: 4 * MiB });
    const uploading = uploadFile({ path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl, retry: { attempts: 1 } });
    await loop.server.waitFor((r) => r.bodyBytes > 0);
    goingToSleep();
    const at = loop.server.uploads()[0]?.bodyBytes ?? 0;
    await loop.server.waitFor((r) => r.bodyBytes > at + 1.5 * MiB);
    expect(resumedFromSleep()).toBe(0);
    expect(await uploading).toMatchObject({ attempts: 1 });
  });
});

describe('resumedFromSleep and pooled connections', () => {
  let server: Server;
  let origin: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    // The server would keep an idle connection open far beyond the test: only the client closes it.
    server.keepAliveTimeout = 600_000;
    server.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('closes them, so the next request opens a fresh connection', async () => {
    const answer = await request(new URL('/x', origin), { method: 'GET', connectTimeoutMs: 15_000 });
    expect(await answer.body.text()).toBe('ok');
    const [pooled] = sockets;
    expect(pooled?.closed).toBe(false);
    const closed = new Promise((resolve) => pooled?.once('close', resolve));
    resumedFromSleep();
    await closed;
    const again = await request(new URL('/x', origin), { method: 'GET', connectTimeoutMs: 15_000 });
    expect(await again.body.text()).toBe('ok');
    expect(sockets).toHaveLength(2);
  });
});
