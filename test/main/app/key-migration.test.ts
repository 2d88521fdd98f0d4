// @vitest-environment node
// The first start of a version with named keys, on the real system keychain (the Secret
// Service, as gnome-keyring provides it in CI): the one key an earlier version saved becomes
// "Default", nothing lost, and the history that version wrote (entries with no key recorded)
// still reads, and acting on its uploads uses that key, even after another key became the default.

import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AsyncEntry } from '@napi-rs/keyring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_FILE_NAME } from '../../../electron/core/history/history-file.ts';
import { createKeychainStore } from '../../../electron/core/keys/secret-store.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { openAppCore, type AppCore } from '../../../electron/main/app/app-core.ts';
import { secretServiceMissing, testService } from '../../core/keys/secret-store-harness.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { startProviderServer, TEST_KEYS, type ProviderServer } from '../../fixtures/provider-server.ts';

const missing = await secretServiceMissing();
if (missing !== undefined) console.log(`Skipping the key migration test: ${missing}`);

const CLIENT = 'sk-mai-client-key-migrate';
const service = testService();
const keychain = createKeychainStore({ service });
let server: ProviderServer;
let dir: string;
let core: AppCore | undefined;

beforeAll(async () => {
  server = await startProviderServer({ moreKeys: { memories: [CLIENT] } });
  dir = await makeTempDir('media-uploader-key-migration-');
});
afterAll(async () => {
  await core?.close();
  await server.close();
  await removeDir(dir);
  if (missing === undefined) {
    for (const name of ['Client', 'Default']) await keychain.delete('memories', name).catch(() => undefined);
    await new AsyncEntry(service, 'memories', { linux: { store: 'secret-service' } }).deleteCredential().catch(() => undefined);
  }
});

describe.skipIf(missing !== undefined)('named keys on first start', () => {
  it('keep the one key as "Default", and the old history’s uploads are reached with it', async () => {
    // What an earlier version left: its one memories.ai key, where it kept it, and a history line
    // for an upload made with it (no key recorded: that version recorded none).
    await new AsyncEntry(service, 'memories', { linux: { store: 'secret-service' } }).setPassword(TEST_KEYS.memories);
    const file = await writeMediaFile(dir, 'mp4', { name: 'holiday.mp4', size: 20_000 });
    const { assetId } = await uploadFile({ path: file, provider: 'memories', key: TEST_KEYS.memories, baseUrl: server.baseUrl });
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir, { recursive: true });
    const oldLine = { id: 'old-1', at: '2026-01-05T10:00:00.000Z', name: 'holiday.mp4', path: file, size: 20_000, provider: 'memories', ok: true, assetId, source: 'app' };
    await appendFile(path.join(dataDir, HISTORY_FILE_NAME), `${JSON.stringify(oldLine)}\n`);

    core = await openAppCore({
      dataDir, keys: keychain, baseUrl: () => server.baseUrl, emit: () => undefined,
      desktop: {
        pickMediaFiles: async () => [], pickExportPath: async () => undefined, confirmKeyChange: async () => true, confirmDeleteUpload: async () => true,
        openExternal: async () => undefined, showInFolder: async () => undefined, thumbnail: async () => undefined, readPastedImage: async () => undefined, copyText: async () => undefined,
      },
    });
    const memories = (await core.handlers['keys:list'](undefined)).find((k) => k.provider === 'memories');
    expect(memories).toMatchObject({ hasKey: true, keys: [{ name: 'Default', isDefault: true, id: expect.stringMatching(/^[0-9a-f]{8}$/) }] });
    expect(await keychain.get('memories')).toBe(TEST_KEYS.memories);
    expect(core.history.all()).toEqual([oldLine]);

    // A second key, made the default: the old upload was still made with the first.
    await keychain.set('memories', CLIENT, 'Client');
    await core.handlers['keys:set-default']({ provider: 'memories', name: 'Client' });
    expect(await keychain.get('memories')).toBe(CLIENT);
    expect(await core.handlers['history:delete-upload']({ id: 'old-1' })).toEqual({ deleted: true });
    expect(server.ofKind('delete', 'memories').map((r) => r.key)).toEqual([TEST_KEYS.memories]);
    expect(server.asset(assetId ?? '')?.deleted).toBe(true);
  });
});
