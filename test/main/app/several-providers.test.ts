// @vitest-environment node
// One file to several providers, as the app's core does it (the real queue, settings, history
// and call handlers in a temp data folder, uploading to a loopback provider server): new files
// going where the settings say, a refusal said once per file, the primary's link copied by
// itself, "Already uploaded?" asked per provider, and a pasted image kept until every provider has it.

import { access } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppNotice } from '../../../shared/ipc-contract.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import { openAppCore, type AppCore } from '../../../electron/main/app/app-core.ts';
import type { DesktopPort } from '../../../electron/main/calls/call-ports.ts';
import { makeTempDir, mediaBytes, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';
import { startProviderServer, type ProviderServer } from '../../fixtures/provider-server.ts';

let server: ProviderServer;
let mediaDir: string;
let dataDir: string;
let core: AppCore | undefined;
let clipboard: string[];
let notices: AppNotice[];
let dialogFiles: string[];
let pasted: Buffer | undefined;

beforeAll(async () => {
  server = await startProviderServer();
  mediaDir = await makeTempDir('media-uploader-several-media-');
});
afterAll(async () => {
  await server.close();
  await removeDir(mediaDir);
});
beforeEach(async () => {
  dataDir = await makeTempDir('media-uploader-several-data-');
  clipboard = [];
  notices = [];
  dialogFiles = [];
  pasted = undefined;
  server.reset();
});
afterEach(async () => {
  await core?.close();
  core = undefined;
  await removeDir(dataDir);
});

async function openCore(): Promise<AppCore> {
  const desktop: DesktopPort = {
    pickMediaFiles: async () => dialogFiles, pickExportPath: async () => undefined, confirmKeyChange: async () => false, confirmDeleteUpload: async () => false,
    openExternal: async () => undefined, showInFolder: async () => undefined, thumbnail: async () => undefined, readPastedImage: async () => pasted,
    copyText: async (text) => void clipboard.push(text),
  };
  core = await openAppCore({
    dataDir, keys: memorySecretStore(server.keys), baseUrl: () => server.baseUrl, desktop,
    emit: (event, payload) => {
      if (event === 'app:notice') notices.push(payload as AppNotice);
    },
  });
  return core;
}

const items = (app: AppCore): QueueItem[] => [...app.queue.snapshot().items];

/** Past the queue's broadcast interval, so main's watchers (copies, offers) have seen the latest change. */
const afterBroadcast = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('one file to several providers in the app', () => {
  it('sends new files where the settings say: the default provider first (the primary), then the others', async () => {
    const app = await openCore();
    await app.handlers['settings:set']({ defaultProvider: 'wavespeed', alsoSendTo: ['heygen', 'wavespeed'] });
    dialogFiles = [await writeMediaFile(mediaDir, 'png', { name: 'face.png' })];
    const { added } = await app.handlers['queue:add-dialog']({});
    expect(added).toHaveLength(2);
    expect(items(app).map((i) => [i.provider, i.primary === true])).toEqual([['wavespeed', true], ['heygen', false]]);
    // A call naming its providers wins over the settings.
    dialogFiles = [await writeMediaFile(mediaDir, 'mp3', { name: 'song.mp3' })];
    await app.handlers['queue:add-dialog']({ provider: ['memories', 'assemblyai'] });
    expect(items(app).slice(2).map((i) => i.provider)).toEqual(['memories', 'assemblyai']);
  });

  it('says once that a file is not media, however many providers it was for', async () => {
    const app = await openCore();
    const notes = join(mediaDir, 'notes.txt');
    await writeFile(notes, 'not media at all');
    dialogFiles = [notes];
    const result = await app.handlers['queue:add-dialog']({ provider: ['assemblyai', 'memories', 'heygen'] });
    expect(result.added).toEqual([]);
    expect(result.refused.map((r) => r.name)).toEqual(['notes.txt']);
  });

  it('copies the primary provider’s link by itself when the file is the batch, once', async () => {
    const app = await openCore();
    const song = await writeMediaFile(mediaDir, 'mp3', { name: 'single.mp3' });
    await app.queue.add([song], ['wavespeed', 'assemblyai']);
    const [wavespeed, assemblyai] = items(app);
    app.queue.setPrimary(assemblyai?.id ?? '');
    app.queue.start();
    await app.queue.whenSettled();
    await afterBroadcast();
    await app.autoCopy.whenCopied();
    const done = items(app);
    expect(done.map((i) => i.status)).toEqual(['done', 'done']);
    const link = done[1]?.status === 'done' ? done[1].result.url : undefined;
    expect(link).toMatch(/^https:\/\//);
    expect(clipboard).toEqual([link]);
    expect(notices.map((n) => n.title)).toEqual(['The link for single.mp3 was copied.']);
    expect(wavespeed?.id).not.toBe(assemblyai?.id);
  });

  it('offers an earlier upload only for the provider that has it', async () => {
    const app = await openCore();
    const song = await writeMediaFile(mediaDir, 'mp3', { name: 'again.mp3', size: 123_457 });
    await app.queue.add([song], 'assemblyai', { start: true });
    await app.queue.whenSettled();
    app.queue.clearFinished();
    await app.queue.add([song], ['wavespeed', 'assemblyai']);
    await afterBroadcast();
    await afterBroadcast();
    const [wavespeed, assemblyai] = items(app);
    expect(wavespeed?.status === 'idle' && wavespeed.earlier).toBeUndefined();
    expect(assemblyai?.status === 'idle' && assemblyai.earlier).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
  });

  it('keeps a pasted image until every provider has it, then deletes it', async () => {
    const app = await openCore();
    // Large enough for WaveSpeedAI's slow reading to take a second.
    pasted = Buffer.concat([mediaBytes('png'), Buffer.alloc(20_000)]);
    const { added } = await app.handlers['queue:paste-image']({ provider: ['heygen', 'wavespeed'] });
    expect(added).toHaveLength(2);
    const path = items(app)[0]?.path ?? '';
    // HeyGen's upload ends first; WaveSpeedAI's still needs the file.
    server.script({ provider: 'wavespeed', bytesPerSecond: 20_000 });
    app.queue.start();
    await server.waitFor((r) => r.provider === 'heygen' && r.response !== undefined);
    await afterBroadcast();
    await expect(access(path)).resolves.toBeUndefined();
    await app.queue.whenSettled();
    await afterBroadcast();
    expect(server.uploads().map((r) => [r.provider, r.fileBytes]).sort()).toEqual([['heygen', pasted.length], ['wavespeed', pasted.length]]);
    await expect(access(path)).rejects.toThrow();
  });
});
