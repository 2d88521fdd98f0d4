// History's "Delete from memories.ai" in main (electron/main/calls/provider-delete.ts): asks the
// person first, in main; deletes through the engine; marks the entry removed and tells the
// window; says plainly where the provider cannot delete.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings-types.ts';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { providerDelete } from '../../../electron/main/calls/provider-delete.ts';
import { makeTempDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';
import { createKeyBook } from '../../../electron/core/keys/key-book.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();

async function setUp(answer: boolean) {
  const history = await HistoryStore.open(await makeTempDir());
  const questions: string[] = [];
  const events: string[] = [];
  const handler = providerDelete({
    history,
    keyBook: createKeyBook(memorySecretStore(TEST_KEYS), { salt: 'c'.repeat(64) }),
    settings: { get: () => DEFAULT_SETTINGS },
    desktop: { confirmDeleteUpload: async (provider, file) => (questions.push(`Delete ${file} from ${provider}?`), answer) },
    baseUrl: () => loop.server.baseUrl,
    emit: (event) => events.push(event),
  });
  const path = await writeMediaFile(loop.dir, 'mp4', { name: 'family.mp4', size: 5_000 });
  const outcome = await uploadFile({ path, provider: 'memories', key: TEST_KEYS.memories, baseUrl: loop.server.baseUrl });
  const entry = await history.append({ name: 'family.mp4', path, size: 5_000, provider: 'memories', ok: true, source: 'app', ...(outcome.assetId !== undefined && { assetId: outcome.assetId }) });
  loop.server.reset();
  return { history, handler, questions, events, entry };
}

describe('history:delete-upload', () => {
  it('asks first; a yes deletes it at memories.ai and marks the entry removed', async () => {
    const { history, handler, questions, events, entry } = await setUp(true);
    expect(await handler({ id: entry.id })).toEqual({ deleted: true });
    expect(questions).toEqual(['Delete family.mp4 from memories.ai?']);
    expect(loop.server.requests).toEqual([expect.objectContaining({ kind: 'delete', path: `/serve/api/v2/${entry.assetId}` })]);
    expect(history.all()[0]?.removedAt).toEqual(expect.any(String));
    expect(events).toEqual(['history:changed']);
    // Already removed: nothing is asked or sent again.
    expect(await handler({ id: entry.id })).toEqual({ deleted: true });
    expect(questions).toHaveLength(1);
    expect(loop.server.requests).toHaveLength(1);
    await history.close();
  });

  it('a no keeps it: nothing is sent, nothing is marked', async () => {
    const { history, handler, entry } = await setUp(false);
    expect(await handler({ id: entry.id })).toEqual({ deleted: false });
    expect(loop.server.requests).toEqual([]);
    expect(history.all()[0]?.removedAt).toBeUndefined();
    await history.close();
  });

  it('says plainly where the provider cannot delete, and for a failed upload', async () => {
    const { history, handler, questions } = await setUp(true);
    const link = await history.append({ name: 'talk.mp3', path: '/x/talk.mp3', size: 1, provider: 'assemblyai', ok: true, source: 'app', url: 'https://cdn.assemblyai.com/upload/1' });
    await expect(handler({ id: link.id })).rejects.toThrow('AssemblyAI offers no way to delete an upload. AssemblyAI keeps uploaded files for about 2 days.');
    const failed = await history.append({ name: 'bad.mp4', path: '/x/bad.mp4', size: 1, provider: 'memories', ok: false, source: 'app', errorCode: 'NETWORK' });
    await expect(handler({ id: failed.id })).rejects.toThrow('bad.mp4 has no memories.ai ID to delete: it did not finish uploading.');
    await expect(handler({ id: 'no-such-entry' })).rejects.toThrow('That upload is no longer in the history.');
    expect(questions).toEqual([]);
    expect(loop.server.requests).toEqual([]);
    await history.close();
  });
});
