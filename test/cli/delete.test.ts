// `media-uploader delete <history id or asset id> --provider P` as a process: deletes at the
// provider and marks the history entry removed, asks (or wants --yes), and says plainly where the
// provider offers no way to delete.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../electron/core/history/history-store.ts';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-delete', (setup) => ({ server, dir, env } = setup));

/** Uploads through the CLI, so the history has the entry; its JSON line. */
async function upload(name: string, provider: 'memories' | 'heygen'): Promise<{ assetId: string }> {
  const file = await writeMediaFile(dir, provider === 'heygen' ? 'wav' : 'mp4', { name, size: 10_000 });
  const run = await runCli(['upload', file, '--provider', provider, '--base-url', server.baseUrl, '--json'], env);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { assetId: string };
}

async function entryOf(assetId: string) {
  const history = await HistoryStore.open(join(dir, 'data'));
  const entry = history.all().find((e) => e.assetId === assetId);
  await history.close();
  return entry;
}

describe('media-uploader delete', () => {
  it('by history id, with --yes: deleted at memories.ai, the entry marked removed, history shows it', async () => {
    const { assetId } = await upload('beach.mp4', 'memories');
    const entry = await entryOf(assetId);
    server.reset();
    const run = await runCli(['delete', entry?.id ?? '', '--provider', 'memories', '--base-url', server.baseUrl, '--yes'], env);
    expect(run).toMatchObject({ code: 0, stdout: `Deleted beach.mp4 (asset ID ${assetId}) from memories.ai.\n` });
    expect(server.requests).toEqual([expect.objectContaining({ kind: 'delete', path: `/serve/api/v2/${assetId}` })]);
    expect((await entryOf(assetId))?.removedAt).toEqual(expect.any(String));
    const listed = await runCli(['history'], env);
    expect(listed.stdout).toMatch(/deleted from memories\.ai/);
    // Once more: nothing to do.
    expect((await runCli(['delete', assetId, '--provider', 'memories', '--base-url', server.baseUrl, '--yes'], env)).stdout).toMatch(/was already deleted from memories\.ai/);
  });

  it('by asset ID at HeyGen; without a terminal and without --yes it deletes nothing', async () => {
    const { assetId } = await upload('voice.wav', 'heygen');
    server.reset();
    const refused = await runCli(['delete', assetId, '--provider', 'heygen', '--base-url', server.baseUrl], env, '');
    expect(refused).toMatchObject({ code: 1, stderr: 'Nothing was deleted: there is no terminal to ask on. Add --yes to delete without asking.\n' });
    expect(server.requests).toEqual([]);
    const run = await runCli(['delete', assetId, '--provider', 'heygen', '--base-url', server.baseUrl, '--yes'], env);
    expect(run.code).toBe(0);
    expect(server.requests).toEqual([expect.objectContaining({ kind: 'delete', path: `/v3/assets/${assetId}` })]);
  });

  it('says plainly where a provider offers no way, and when the provider does not know the id', async () => {
    const none = await runCli(['delete', 'anything', '--provider', 'wavespeed', '--yes'], env);
    expect(none).toMatchObject({ code: 1, stderr: 'WaveSpeedAI offers no way to delete an upload. WaveSpeedAI deletes uploads after 7 days.\n' });
    const unknown = await runCli(['delete', 're_000000000000000000', '--provider', 'memories', '--base-url', server.baseUrl, '--yes'], env);
    expect(unknown).toMatchObject({ code: 1, stderr: 'memories.ai does not know this ID, so nothing was deleted. It may have been deleted already.\n' });
    const usage = await runCli(['delete', '--provider', 'memories'], env);
    expect(usage.code).toBe(2);
  });
});
