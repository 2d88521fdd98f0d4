// `media-uploader upload --wait` and the "ready" field of --json lines: by default a line as soon
// as the provider has the bytes (ready: false where it still processes them), with --wait a line
// once it says ready (SUCCESS) or failed (FAILED: PROVIDER_ERROR, exit 1), and the history
// records when it became ready.

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

useCliLoopback('media-uploader-test-cli-wait', (setup) => ({ server, dir, env } = setup));

const jsonLines = (stdout: string): Record<string, unknown>[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('media-uploader upload --wait', () => {
  it('without --wait: a line as soon as memories.ai has the bytes, "ready": false, and no status check', async () => {
    const file = await writeMediaFile(dir, 'mp4', { name: 'quick.mp4', size: 40_000 });
    server.reset();
    const run = await runCli(['upload', file, '--provider', 'memories', '--base-url', server.baseUrl, '--json'], env);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ ok: true, assetId: expect.stringMatching(/^re_/), ready: false })]);
    expect(server.ofKind('status')).toEqual([]);
  });

  it('--wait with SUCCESS: one line once it is ready, "ready": true, readyAt in the history', async () => {
    const file = await writeMediaFile(dir, 'mp4', { name: 'waited.mp4', size: 40_000 });
    server.reset();
    server.script({ provider: 'memories', kind: 'upload', statuses: ['SUCCESS'] });
    const run = await runCli(['upload', file, '--provider', 'memories', '--base-url', server.baseUrl, '--json', '--wait'], env);
    expect(run.code).toBe(0);
    const [line, ...more] = jsonLines(run.stdout);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ ok: true, ready: true, file });
    expect(server.ofKind('status', 'memories').length).toBeGreaterThanOrEqual(1);
    const history = await HistoryStore.open(join(dir, 'data'));
    const entry = history.all().find((e) => e.assetId === line?.assetId);
    expect(entry?.readyAt).toEqual(expect.any(String));
    await history.close();
  });

  it('--wait with FAILED: PROVIDER_ERROR with its sentence, exit 1', async () => {
    const file = await writeMediaFile(dir, 'mp4', { name: 'failing.mp4', size: 40_000 });
    server.reset();
    server.script({ provider: 'memories', kind: 'upload', statuses: ['FAILED'] });
    const run = await runCli(['upload', file, '--provider', 'memories', '--base-url', server.baseUrl, '--json', '--wait'], env);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      { file, provider: 'memories', ok: false, key: { name: 'from the environment', id: expect.stringMatching(/^[0-9a-f]{8}$/) }, error: { code: 'PROVIDER_ERROR', message: expect.stringContaining('could not process failing.mp4'), status: null } },
    ]);
  });

  it('"ready" appears only where the provider has a status; a person reads that it is still processing', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'plain.mp3', size: 20_000 });
    server.reset();
    const plain = await runCli(['upload', mp3, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json', '--wait'], env);
    expect(jsonLines(plain.stdout)[0]).not.toHaveProperty('ready');
    const clip = await writeMediaFile(dir, 'mp4', { name: 'person.mp4', size: 20_000 });
    const human = await runCli(['upload', clip, '--provider', 'memories', '--base-url', server.baseUrl], env);
    expect(human.stdout).toContain('Still processing at memories.ai: it can be used once that is done (--wait waits for it).');
  });
});
