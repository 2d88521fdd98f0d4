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

async function openCore(name: string, answer: string | undefined): Promise<AppCore> {
  core = await openAppCore({
    dataDir: join(dir, `data-${name}`),
    keys: memorySecretStore(server.keys),
    baseUrl: () => server.baseUrl,
    desktop: DESKTOP,
    emit: () => undefined,
    ...(answer !== undefined && { proxy: systemProxyChooser(async () => answer) }),
  });
  return core;
}

async function send(opened: AppCore, name: string): Promise<AppCore['queue']> {
  const path = await writeMediaFile(dir, 'mp3', { name });
  await opened.queue.add([path], 'assemblyai');
  opened.queue.start();
  await opened.queue.whenSettled();
  return opened.queue;
}

async function uploadOne(name: string, answer: string | undefined): Promise<AppCore['queue']> {
  return send(await openCore(name, answer), name);
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

describe('Settings’ proxy choice', () => {
  it('"This proxy" sends through the typed proxy, and "No proxy" goes direct from the next upload on, without a restart', async () => {
    server.reset();
    // The system says DIRECT: only Settings' choice can send it through the proxy.
    const opened = await openCore('typed', 'DIRECT');
    const [host, port] = proxy.hostPort.split(':');
    await opened.handlers['settings:set']({ proxy: { mode: 'manual', host: host!, port: Number(port) } });
    const before = (await proxy.log()).length;
    expect((await send(opened, 'via-typed.mp3')).snapshot().items[0]).toMatchObject({ status: 'done' });
    expect((await proxy.log()).slice(before)).toContain(`POST ${server.baseUrl}/v2/upload`);

    await opened.handlers['settings:set']({ proxy: { mode: 'none', host: host!, port: Number(port) } });
    const after = await proxy.log();
    const queue = await send(opened, 'direct-by-setting.mp3');
    expect(queue.snapshot().items.every((item) => item.status === 'done')).toBe(true);
    expect(server.uploads('assemblyai')).toHaveLength(2);
    expect(await proxy.log()).toBe(after);
  });

  it('"No proxy" goes direct even where the system names a proxy', async () => {
    server.reset();
    const opened = await openCore('none', 'SOCKS5 socks.corp:1080');
    await opened.handlers['settings:set']({ proxy: { mode: 'none' } });
    expect((await send(opened, 'no-proxy.mp3')).snapshot().items[0]).toMatchObject({ status: 'done' });
  });
});

