// The app behind a proxy that asks for a password, whole: electron/main/index.ts under the strict
// Electron model, Settings' "This proxy" naming a real tinyproxy with BasicAuth, and a loopback
// provider behind an https front reached through the proxy's CONNECT. The proxy's 407 opens the
// native prompt (a second window, modal to the app's); what its page sends is the person's answer.
// The upload then goes through the proxy (its log shows the tunnel), the sign-in is in the real
// keychain (the Secret Service) afterwards, and nowhere else: not in settings.json, the list, the
// history, or anything the app printed.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { proxyPasswordStore } from '../../../electron/core/keys/proxy-passwords.ts';
import { createKeychainStore, openKeychain } from '../../../electron/core/keys/secret-store.ts';
import { PROXY_SIGN_IN_CHANNEL } from '../../../shared/proxy-sign-in-channel.ts';
import type { QueuePatch } from '../../../shared/queue-types.ts';
import type { ElectronModel } from '../../fixtures/electron-model/electron-model.ts';
import type { ModelBrowserWindow, ModelWebContents } from '../../fixtures/electron-model/model-window.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { startProviderServer, type ProviderServer } from '../../fixtures/provider-server.ts';
import { makeThrowawayCa } from '../../fixtures/throwaway-ca.ts';
import { startTinyproxy, type Tinyproxy } from '../../fixtures/tinyproxy.ts';
import { startTlsFront, type TlsFront } from '../../fixtures/tls-front.ts';
import { loadedWindow, startAppUnderModel, until, type AppUnderModel } from '../app-under-model.ts';

const keychainReady = (await createKeychainStore({ service: `media-uploader-model-probe-${process.pid}` }).describe()).persistent;
if (!keychainReady) console.warn('The proxy sign-in under the Electron model is skipped: no Secret Service answers here (run under dbus-run-session with gnome-keyring, as .ci/run does).');

let dir: string;
let server: ProviderServer;
let front: TlsFront;
let locked: Tinyproxy;
let running: AppUnderModel | undefined;
const printed: string[] = [];

beforeAll(async () => {
  dir = await makeTempDir('media-uploader-model-proxy-');
  const ca = await makeThrowawayCa(dir);
  // The engine trusts the system's store, read on this process's first https connection
  // (trusted-certificates.ts): here, the throwaway CA alone, as a company's root would be installed.
  process.env['SSL_CERT_FILE'] = ca.caFile;
  process.env['SSL_CERT_DIR'] = ca.emptyDir;
  server = await startProviderServer();
  front = await startTlsFront(Number(new URL(server.baseUrl).port), ca);
  locked = await startTinyproxy(dir, 'locked', { connectPorts: [Number(new URL(front.origin).port)], basicAuth: 'ada lovelace' });
  // Everything the app prints, to look for the password in.
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await locked?.close();
  await front?.close();
  await server?.close();
  await removeDir(dir);
});
afterEach(async () => {
  await running?.close();
  running = undefined;
});

type Answer = { ok: true; value: unknown } | { ok: false; code: string; error: string };
const call = async (model: ElectronModel, contents: ModelWebContents, channel: string, arg?: unknown): Promise<Answer> =>
  (await model.invoke(contents, channel, ...(arg === undefined ? [] : [arg]))) as Answer;

/** The prompt window, the `count`th window made, once it is shown with its page loaded. */
async function prompt(model: ElectronModel, count: number): Promise<{ win: ModelBrowserWindow; page: string }> {
  await until(() => model.windowsMade === count && model.windows.length === 2 && model.windows[1]!.visible && !model.windows[1]!.webContents.isLoading(), `prompt ${count - 1} is shown`);
  const win = model.windows[1]!;
  const url = win.webContents.getURL();
  return { win, page: Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8') };
}

/** Every file the app wrote in its data folder, as text. */
async function dataFiles(root: string): Promise<string> {
  const texts: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) texts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return texts.join('\n');
}

async function queueItems(model: ElectronModel, contents: ModelWebContents): Promise<QueuePatch['items']> {
  const answer = await call(model, contents, 'queue:get');
  if (!answer.ok) throw new Error(answer.error);
  return (answer.value as QueuePatch).items;
}

const start = async (): Promise<AppUnderModel> => {
  const [host, port] = locked.hostPort.split(':');
  running = await startAppUnderModel({
    settings: { uploadWhenAdded: true, defaultProvider: 'assemblyai', proxy: { mode: 'manual', host: host!, port: Number(port) } },
    env: { MEDIA_UPLOADER_BASE_URL: front.origin },
  });
  return running;
};

describe.skipIf(!keychainReady)('the app behind a proxy that asks for a password', () => {
  it('asks in its prompt, asks again after a wrong password, uploads through the proxy, and keeps the sign-in in the keychain alone', async () => {
    const { model, dataDir } = await start();
    const service = process.env['MEDIA_UPLOADER_KEYCHAIN_SERVICE']!;
    const main = await loadedWindow(model);
    server.reset();
    const logBefore = (await locked.log()).length;

    // Saving the key checks it with the provider, through the proxy: its 407 asks.
    const saving = call(model, main.webContents, 'keys:set', { provider: 'assemblyai', key: server.keys.assemblyai });
    const first = await prompt(model, 2);
    expect(first.page).toContain(`The proxy ${locked.hostPort} asks for a user name and password.`);
    expect(first.win.options).toMatchObject({ parent: main, modal: true });
    model.send(first.win.webContents, PROXY_SIGN_IN_CHANNEL, { username: 'ada', password: 'babbage' });
    const second = await prompt(model, 3);
    expect(second.page).toContain(`The proxy ${locked.hostPort} did not accept that user name and password.`);
    model.send(second.win.webContents, PROXY_SIGN_IN_CHANNEL, { username: 'ada', password: 'lovelace' });
    expect(await saving).toMatchObject({ ok: true, value: { saved: true, outcome: 'saved', status: { check: { state: 'working' } } } });

    // A file handed over: it goes through the proxy with the sign-in, asking nothing more.
    const media = await makeTempDir('media-uploader-model-media-');
    try {
      const file = await writeMediaFile(media, 'mp3', { name: 'interview.mp3', size: 200_000 });
      model.secondInstance(['electron', file], '/', { files: [file] });
      await until(() => server.uploads('assemblyai').length === 1, 'the upload arrives');
      await vi.waitFor(async () => expect((await queueItems(model, main.webContents))[0]).toMatchObject({ name: 'interview.mp3', status: 'done' }));
    } finally {
      await removeDir(media);
    }
    expect(model.windowsMade).toBe(3);
    expect((await locked.log()).slice(logBefore)).toContain(`CONNECT ${new URL(front.origin).host}`);

    const kept = proxyPasswordStore(openKeychain(service));
    expect(await kept.get(locked.hostPort)).toEqual({ username: 'ada', password: 'lovelace' });
    const written = await dataFiles(dataDir);
    expect(written).toContain('interview.mp3');
    expect(written).toContain(locked.hostPort.split(':')[0]);
    for (const secret of ['lovelace', 'babbage']) {
      expect(written).not.toContain(secret);
      expect(printed.join('\n')).not.toContain(secret);
      expect(JSON.stringify(main.webContents.sent)).not.toContain(secret);
    }

    // Settings' "Forget proxy password": gone from the keychain.
    expect(await call(model, main.webContents, 'proxy:forget-password')).toEqual({ ok: true, value: { forgotten: true } });
    expect(await kept.get(locked.hostPort)).toBeUndefined();
    await createKeychainStore({ service }).delete('assemblyai');
  });

  it('a cancel leaves the proxy’s sentence: on the key check (saved only when asked to), then on the upload’s row', async () => {
    const { model } = await start();
    const service = process.env['MEDIA_UPLOADER_KEYCHAIN_SERVICE']!;
    const main = await loadedWindow(model);
    server.reset();
    const saving = call(model, main.webContents, 'keys:set', { provider: 'assemblyai', key: server.keys.assemblyai });
    model.send((await prompt(model, 2)).win.webContents, PROXY_SIGN_IN_CHANNEL, null);
    const checked = await saving;
    expect(checked).toMatchObject({ ok: true, value: { saved: false, outcome: 'unchecked' } });
    expect((checked as { value: { message: string } }).value.message).toContain(`The proxy ${locked.hostPort} asks for a user name and password`);
    expect(await call(model, main.webContents, 'keys:set', { provider: 'assemblyai', key: server.keys.assemblyai, evenIfUnchecked: true })).toMatchObject({ ok: true, value: { saved: true } });

    const media = await makeTempDir('media-uploader-model-media-');
    try {
      const file = await writeMediaFile(media, 'mp3', { name: 'locked-out.mp3' });
      model.secondInstance(['electron', file], '/', { files: [file] });
      // The key check's cancel was not a batch's: the upload asks again, and is cancelled too.
      const { win } = await prompt(model, 3);
      win.close();
      await vi.waitFor(async () => expect((await queueItems(model, main.webContents))[0]).toMatchObject({ status: 'failed', error: { code: 'PROXY_AUTH' } }));
    } finally {
      await removeDir(media);
    }
    expect(server.uploads()).toEqual([]);
    expect(await proxyPasswordStore(openKeychain(service)).get(locked.hostPort)).toBeUndefined();
    await createKeychainStore({ service }).delete('assemblyai');
  });
});
