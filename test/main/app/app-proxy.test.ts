// The app core takes a proxy chooser (electron/main/app/app-core.ts `proxy`) and the engine follows
// it: Chromium's "PROXY h:p; DIRECT" sends the uploads through that proxy (a real tinyproxy on
// loopback, whose log shows them); "SOCKS5 h:p" fails with its sentence and sends nothing; a
// core opened without one goes back to the environment's choice.

import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../electron/main/app/app-core.ts';
import type { DesktopPort } from '../../../electron/main/calls/call-ports.ts';
import { systemProxyChooser } from '../../../electron/main/network/system-proxy.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';
import { startProviderServer, type ProviderServer } from '../../fixtures/provider-server.ts';
import { startTinyproxy, type Tinyproxy } from '../../fixtures/tinyproxy.ts';

let server: ProviderServer;
let dir: string;
let proxy: Tinyproxy;
let core: AppCore | undefined;

beforeAll(async () => {
  server = await startProviderServer();
  dir = await makeTempDir('media-uploader-app-proxy-');
  proxy = await startTinyproxy(dir, 'app', { connectPorts: [] });
});
afterAll(async () => {
  await proxy.close();
  await server.close();
  await removeDir(dir);
});
afterEach(async () => {
  await core?.close();
  core = undefined;
});

const DESKTOP: DesktopPort = {
  pickMediaFiles: async () => [], pickExportPath: async () => undefined, confirmKeyChange: async () => false, confirmDeleteUpload: async () => false,
  openExternal: async () => undefined, showInFolder: async () => undefined, thumbnail: async () => undefined, readPastedImage: async () => undefined,
  copyText: async () => undefined,
};

async function uploadOne(name: string, answer: string | undefined): Promise<AppCore['queue']> {
  core = await openAppCore({
    dataDir: join(dir, `data-${name}`),
    keys: memorySecretStore(server.keys),
    baseUrl: () => server.baseUrl,
    desktop: DESKTOP,
    emit: () => undefined,
    ...(answer !== undefined && { proxy: systemProxyChooser(async () => answer) }),
  });
  const path = await writeMediaFile(dir, 'mp3', { name });
  await core.queue.add([path], 'assemblyai');
  core.queue.start();
  await core.queue.whenSettled();
  return core.queue;
}

describe('the app follows the system’s proxy', () => {
  it('"PROXY h:p; DIRECT": the upload goes through that proxy', async () => {
    server.reset();
    const queue = await uploadOne('via-system.mp3', `PROXY ${proxy.hostPort}; DIRECT`);
    expect(queue.snapshot().items[0]).toMatchObject({ status: 'done' });
    expect(server.uploads('assemblyai')).toHaveLength(1);
    expect(await proxy.log()).toContain(`POST ${server.baseUrl}/v2/upload`);
  });

  it('"SOCKS5 h:p": fails with the sentence naming it, and sends nothing', async () => {
    server.reset();
    const queue = await uploadOne('via-socks.mp3', 'SOCKS5 socks.corp:1080; DIRECT');
    const [item] = queue.snapshot().items;
    expect(item).toMatchObject({ status: 'failed', error: { code: 'PROXY_UNSUPPORTED' } });
    expect(item?.status === 'failed' && item.error.message).toContain('socks.corp:1080');
    expect(server.requests).toEqual([]);
  });

  it('a core opened without a chooser goes direct again (no proxy in this environment)', async () => {
    server.reset();
    const before = await proxy.log();
    const queue = await uploadOne('direct.mp3', undefined);
    expect(queue.snapshot().items[0]).toMatchObject({ status: 'done' });
    expect(await proxy.log()).toBe(before);
  });
});
