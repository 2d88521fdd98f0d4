// @vitest-environment node
// Two keys of one provider, each its own account (issue 25): the app's real core (queue, history,
// key book, handlers) over a loopback provider server that accepts both keys, keeps each upload
// for the account whose key made it, and records which key every request carried. An upload with
// the second key is sent with it and recorded so; its status checks, "Already uploaded?", "Use it
// next" and the delete at the provider use that key, under whatever name it has by then; once it
// is removed, each says so, and no other key is tried in its place.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keyVariableSentence, nextStep } from '../../../shared/next-call.ts';
import { usedKeyOf } from '../../../shared/key-names.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import { keyIdOf, keyIdSalt } from '../../../electron/core/keys/key-id.ts';
import type { SecretStore } from '../../../electron/core/keys/secret-store.ts';
import { openAppCore, type AppCore } from '../../../electron/main/app/app-core.ts';
import type { DesktopPort } from '../../../electron/main/calls/call-ports.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';
import { providerError, startProviderServer, TEST_KEYS, type ProviderServer } from '../../fixtures/provider-server.ts';
import { englishT } from '../../../shared/i18n/english.ts';

const CLIENT_AAI = 'aai-client-key-456789';
const CLIENT_MEM = 'sk-mai-client-key-456789';

let server: ProviderServer;
let mediaDir: string;
let dataDir: string;
let core: AppCore | undefined;
let keys: SecretStore;
let deleteQuestions: string[];

beforeAll(async () => {
  server = await startProviderServer({ moreKeys: { assemblyai: [CLIENT_AAI], memories: [CLIENT_MEM] } });
  mediaDir = await makeTempDir('media-uploader-two-keys-media-');
});
afterAll(async () => {
  await server.close();
  await removeDir(mediaDir);
});
beforeEach(async () => {
  dataDir = await makeTempDir('media-uploader-two-keys-data-');
  deleteQuestions = [];
  server.reset();
  // The test keys as a version without names saved them (they become "Default"), and a second key each.
  keys = memorySecretStore(TEST_KEYS);
  await keys.set('assemblyai', CLIENT_AAI, 'Client');
  await keys.set('memories', CLIENT_MEM, 'Client');
  core = await openAppCore({
    dataDir,
    keys,
    baseUrl: () => server.baseUrl,
    tuning: { retry: { baseDelayMs: 10, maxDelayMs: 50 }, readyChecks: { firstMs: 20, maxMs: 40 } },
    desktop: NO_DIALOGS,
    emit: () => undefined,
  });
});
afterEach(async () => {
  await core?.close();
  core = undefined;
  await removeDir(dataDir);
});

const NO_DIALOGS: DesktopPort = {
  pickMediaFiles: async () => [], pickExportPath: async () => undefined, confirmKeyChange: async () => false,
  confirmDeleteUpload: async (provider, file) => (deleteQuestions.push(`${file} from ${provider}`), true),
  openExternal: async () => undefined, showInFolder: async () => undefined, thumbnail: async () => undefined, readPastedImage: async () => undefined, copyText: async () => undefined,
};

function app(): AppCore {
  if (core === undefined) throw new Error('no core');
  return core;
}

async function idOf(key: string): Promise<string> {
  return keyIdOf(key, await keyIdSalt(dataDir));
}

/** Uploads these files to `provider` with the named key (its default when none) and waits until each has an outcome. */
async function upload(paths: readonly string[], provider: 'assemblyai' | 'memories', keyName?: string): Promise<QueueItem[]> {
  const { added } = await app().queue.add(paths, provider, { ...(keyName !== undefined && { keyName }) });
  app().queue.start(added);
  await app().queue.whenSettled();
  return added.map((id) => app().queue.get(id) as QueueItem);
}

/** The history's entry for a file once the recorder has written it. */
async function recorded(name: string) {
  await expect.poll(() => app().history.all().find((e) => e.name === name)).toBeDefined();
  return app().history.all().find((e) => e.name === name)!;
}

describe('an upload with the second of two AssemblyAI keys', () => {
  it('is sent with that key, and the list and the history say which, by name and id', async () => {
    const path = await writeMediaFile(mediaDir, 'mp3', { name: 'client-call.mp3', size: 40_000 });
    const [item] = await upload([path], 'assemblyai', 'client');
    expect(server.uploads('assemblyai').map((r) => r.key)).toEqual([CLIENT_AAI]);
    const id = await idOf(CLIENT_AAI);
    expect(item).toMatchObject({ status: 'done', key: { name: 'Client', id } });
    expect(await recorded('client-call.mp3')).toMatchObject({ keyName: 'Client', keyId: id });
    // Nothing of the key itself is in the history's file.
    expect(JSON.stringify(app().history.all())).not.toContain(CLIENT_AAI.slice(-6));
  });

  it('"Use it next" names that key; "Already uploaded?" offers the upload only to a file going with it', async () => {
    const path = await writeMediaFile(mediaDir, 'mp3', { name: 'interview.mp3', size: 60_000 });
    const [first] = await upload([path], 'assemblyai', 'Client');
    if (first?.status !== 'done') throw new Error(`not done: ${first?.status}`);
    const step = nextStep(englishT(), PROVIDERS.assemblyai, first.result, undefined, 'audio', usedKeyOf(first.key)?.name);
    expect(step?.keyName).toBe('Client');
    expect(step === undefined ? '' : keyVariableSentence(englishT(), step)).toBe('Set $ASSEMBLYAI_API_KEY to your “Client” key first: the upload belongs to that key’s account.');
    await recorded('interview.mp3');

    // The same file again, once for the default key, once for the Client key (checked in that order).
    const byDefault = (await app().queue.add([path], 'assemblyai')).added[0] as string;
    const byClient = (await app().queue.add([path], 'assemblyai', { keyName: 'Client' })).added[0] as string;
    await expect.poll(() => {
      const item = app().queue.get(byClient);
      return item?.status === 'idle' && item.earlier !== undefined;
    }).toBe(true);
    const offered = app().queue.get(byClient);
    expect(offered?.status === 'idle' ? offered.earlier?.key : undefined).toEqual({ name: 'Client', id: await idOf(CLIENT_AAI) });
    const other = app().queue.get(byDefault);
    expect(other?.status === 'idle' ? other.earlier : 'not idle').toBeUndefined();

    await app().handlers['queue:use-earlier']({ id: byClient });
    expect(app().queue.get(byClient)).toMatchObject({ status: 'done', key: { name: 'Client', id: await idOf(CLIENT_AAI) }, result: { reused: true } });
    expect(server.uploads('assemblyai')).toHaveLength(1);
  });
});

describe('memories.ai uploads made with the second key', () => {
  it('are checked and deleted with that key, found by its id after a rename', async () => {
    server.script({ provider: 'memories', kind: 'upload', statuses: ['UPLOADING', 'SUCCESS'] });
    const path = await writeMediaFile(mediaDir, 'mp4', { name: 'site-visit.mp4', size: 80_000 });
    const [item] = await upload([path], 'memories', 'Client');
    expect(item?.status).toBe('processing');
    await app().queue.whenProcessed();
    expect(app().queue.get(item?.id ?? '')?.status).toBe('done');
    const checks = server.ofKind('status', 'memories');
    expect(checks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(checks.map((r) => r.key))).toEqual(new Set([CLIENT_MEM]));

    await keys.rename('memories', 'Client', 'Agency');
    const entry = await recorded('site-visit.mp4');
    // History's Retry goes with the same key, by its new name.
    const { added: [again] } = await app().handlers['history:retry']({ id: entry.id });
    expect(app().queue.get(again ?? '')?.key).toEqual({ name: 'Agency' });
    expect(await app().handlers['history:delete-upload']({ id: entry.id })).toEqual({ deleted: true });
    expect(server.ofKind('delete', 'memories').map((r) => r.key)).toEqual([CLIENT_MEM]);
    expect(server.asset(entry.assetId ?? '')?.deleted).toBe(true);
  });
});

describe('once the key that made an upload is removed', () => {
  it('a retry, a status check, a delete and "Already uploaded?" say so, and never try another key', async () => {
    // A failed AssemblyAI upload with the Client key, and a memories.ai one still processing.
    server.script({ provider: 'assemblyai', kind: 'upload', reply: providerError('assemblyai', 400, 'Bad audio') });
    const song = await writeMediaFile(mediaDir, 'mp3', { name: 'song.mp3', size: 30_000 });
    const [failed] = await upload([song], 'assemblyai', 'Client');
    expect(failed).toMatchObject({ status: 'failed', key: { name: 'Client', id: await idOf(CLIENT_AAI) } });
    server.script({ provider: 'memories', kind: 'upload', statuses: ['UPLOADING'] });
    const film = await writeMediaFile(mediaDir, 'mp4', { name: 'film.mp4', size: 50_000 });
    const [processing] = await upload([film], 'memories', 'Client');
    expect(processing?.status).toBe('processing');
    const entry = await recorded('film.mp4');
    await expect.poll(() => server.ofKind('status', 'memories').length).toBeGreaterThan(0);

    await keys.delete('assemblyai', 'Client');
    await keys.delete('memories', 'Client');

    // History's Retry adds the file back for the same key; starting it says that key is gone.
    const tried = await recorded('song.mp3');
    const { added: [retried] } = await app().handlers['history:retry']({ id: tried.id });
    expect(app().queue.get(retried ?? '')?.key).toEqual({ name: 'Client' });
    app().queue.remove(retried ?? '');

    // Retry: the file is not sent, with any key.
    app().queue.retry(failed?.id ?? '');
    await app().queue.whenSettled();
    expect(app().queue.get(failed?.id ?? '')).toMatchObject({
      status: 'failed', error: { code: 'KEY_REMOVED', message: 'The AssemblyAI key “Client” chosen for song.mp3 is no longer saved. Choose another key for it, or add the “Client” key again in Settings.' },
    });
    expect(server.uploads('assemblyai')).toHaveLength(1);

    // The status check: the upload becomes an error that says why, not another account's "not found".
    await app().queue.whenProcessed();
    expect(app().queue.get(processing?.id ?? '')).toMatchObject({ status: 'failed', error: { code: 'KEY_REMOVED', message: expect.stringMatching(/^film\.mp4 was made with the memories\.ai key “Client”, which is no longer saved/) } });
    expect(new Set(server.ofKind('status', 'memories').map((r) => r.key))).toEqual(new Set([CLIENT_MEM]));

    // The delete: said before anyone is asked, and nothing is sent.
    await expect(app().handlers['history:delete-upload']({ id: entry.id })).rejects.toMatchObject({ code: 'KEY_REMOVED', message: expect.stringContaining('add that key again in Settings, under any name') });
    expect(deleteQuestions).toEqual([]);
    expect(server.ofKind('delete')).toEqual([]);

    // "Already uploaded?": the default key's file is not offered the removed key's upload.
    const again = (await app().queue.add([film], 'memories')).added[0] as string;
    const watched = (await app().queue.add([song], 'assemblyai')).added[0] as string;
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const id of [again, watched]) {
      const item = app().queue.get(id);
      expect(item?.status === 'idle' ? item.earlier : 'not idle').toBeUndefined();
    }
  });
});
