// `--provider assemblyai,memories`: each file goes to each provider named, as an upload of its
// own, with one --json line per file per provider, against the loopback provider servers.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../electron/core/history/history-store.ts';
import { makeFlac } from '../fixtures/ffmpeg-media.ts';
import { sha256OfFile, writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-several', (setup) => ({ server, dir, env } = setup));

function lines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A run with a data folder of its own, so its history holds only its own uploads. */
async function upload(args: string[]) {
  server.reset();
  const data = join(dir, `data-${Math.random().toString(36).slice(2)}`);
  const run = await runCli(['upload', ...args, '--base-url', server.baseUrl, '--json'], { ...env, MEDIA_UPLOADER_DATA_DIR: data });
  return { run, out: lines(run.stdout), data };
}

describe('media-uploader upload --provider with several providers', () => {
  it('sends each file to each provider: one line per file per provider, the exact bytes, a history entry each', async () => {
    const talk = await writeMediaFile(dir, 'mp3', { name: 'talk.mp3', size: 250_000 });
    const clip = await writeMediaFile(dir, 'mp4', { name: 'clip.mp4', size: 150_000 });
    const { run, out, data } = await upload([talk, clip, '--provider', 'assemblyai,memories']);
    expect(run.code).toBe(0);
    expect(out.map((l) => [l.file, l.provider, l.ok]).sort()).toEqual([
      [clip, 'assemblyai', true], [clip, 'memories', true], [talk, 'assemblyai', true], [talk, 'memories', true],
    ]);
    for (const provider of ['assemblyai', 'memories']) {
      expect(server.uploads(provider).map((r) => r.sha256).sort()).toEqual([await sha256OfFile(talk), await sha256OfFile(clip)].sort());
    }
    expect(out.find((l) => l.file === talk && l.provider === 'memories')).toMatchObject({ assetId: expect.any(String), bytes: 250_000 });
    const history = await HistoryStore.open(data);
    expect(history.all().map((e) => [e.name, e.provider, e.ok]).sort()).toEqual([
      ['clip.mp4', 'assemblyai', true], ['clip.mp4', 'memories', true], ['talk.mp3', 'assemblyai', true], ['talk.mp3', 'memories', true],
    ]);
    await history.close();
  });

  it('says on its own line that a provider refuses the file, sends it to the others, and exits 1', async () => {
    const photo = await writeMediaFile(dir, 'png', { name: 'portrait.png' });
    const { run, out } = await upload([photo, '--provider', 'assemblyai,heygen']);
    expect(run.code).toBe(1);
    expect(out).toHaveLength(2);
    expect(out.find((l) => l.provider === 'assemblyai')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_TYPE', message: expect.stringContaining('AssemblyAI does not accept PNG image files') } });
    expect(out.find((l) => l.provider === 'heygen')).toMatchObject({ ok: true, assetId: expect.any(String) });
    expect(server.uploads().map((r) => r.provider)).toEqual(['heygen']);
  });

  it('gives a file that cannot be queued a line per provider', async () => {
    const missing = join(dir, 'gone.mp3');
    const { run, out } = await upload([missing, '--provider', 'wavespeed,heygen']);
    expect(run.code).toBe(1);
    expect(out.map((l) => [l.provider, (l.error as { code?: string } | undefined)?.code])).toEqual([['wavespeed', 'FILE_NOT_FOUND'], ['heygen', 'FILE_NOT_FOUND']]);
  });

  it('converts for the provider that needs it only: HeyGen gets an MP3, AssemblyAI the FLAC as it is', async () => {
    const flac = await makeFlac(join(dir, 'voice.flac'));
    const { run, out } = await upload([flac, '--provider', 'assemblyai,heygen', '--convert']);
    expect(run.code).toBe(0);
    expect(out.find((l) => l.provider === 'heygen')).toMatchObject({ ok: true, converted: { from: 'flac', to: 'mp3' } });
    const assembly = out.find((l) => l.provider === 'assemblyai');
    expect(assembly).toMatchObject({ ok: true });
    expect(assembly?.converted).toBeUndefined();
    expect(server.uploads('assemblyai')[0]?.sha256).toBe(await sha256OfFile(flac));
    expect(server.uploads('heygen')[0]?.headers['content-type']).toBe('audio/mpeg');
  });

  it('refuses an unknown provider in the list as a usage error, without repeating what was typed', async () => {
    const song = await writeMediaFile(dir, 'mp3', { name: 'song.mp3' });
    const run = await runCli(['upload', song, '--provider', 'assemblyai,sk-secret-typed-here'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('or several separated by commas (assemblyai,memories)');
    expect(run.stderr + run.stdout).not.toContain('sk-secret-typed-here');
  });
});
