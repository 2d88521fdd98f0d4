// The CLI as a process: its --json lines, its human output and its exit codes, against the
// loopback provider servers.

import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fingerprintOfFile, sha256OfFile, writeMediaFile } from '../fixtures/media-files.ts';
import { providerError, TEST_KEYS, type ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';
import { HistoryStore } from '../../electron/core/history/history-store.ts';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { jpegWithLocation, mp4WithLocation } from '../fixtures/located-media.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-upload', (setup) => ({ server, dir, env } = setup));

function lines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('media-uploader upload --json', () => {
  it('prints exactly one JSON object per file and exits 0 when all uploaded', async () => {
    const a = await writeMediaFile(dir, 'mp3', { name: 'talk.mp3', size: 200_000 });
    const b = await writeMediaFile(dir, 'mp4', { name: 'clip.mp4', size: 300_000 });
    server.reset();
    const run = await runCli(['upload', a, b, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json'], env);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(2);
    for (const line of out) {
      expect(Object.keys(line).sort()).toEqual(['assetId', 'bytes', 'file', 'key', 'ok', 'provider', 'url']);
      expect(line).toMatchObject({ ok: true, provider: 'assemblyai', assetId: null });
      // Which key made it: the environment variable's, by its id (never any of the key).
      expect(line.key).toEqual({ name: 'from the environment', id: expect.stringMatching(/^[0-9a-f]{8}$/) });
      expect(String(line.url)).toMatch(/^https:\/\/cdn\.assemblyai\.com\/upload\//);
    }
    expect(out.map((l) => l.file).sort()).toEqual([a, b].sort());
    expect(out.find((l) => l.file === b)?.bytes).toBe(300_000);
    const received = server.uploads('assemblyai').map((r) => r.sha256).sort();
    expect(received).toEqual([await sha256OfFile(a), await sha256OfFile(b)].sort());
  });

  it('reports HeyGen asset ids and links', async () => {
    const png = await writeMediaFile(dir, 'png', { name: 'face.png' });
    const run = await runCli(['upload', png, '--provider', 'heygen', '--base-url', server.baseUrl, '--json'], env);
    expect(run.code).toBe(0);
    const [line] = lines(run.stdout);
    expect(line).toMatchObject({ ok: true, provider: 'heygen' });
    expect(typeof line?.assetId).toBe('string');
    expect(String(line?.url)).toMatch(/^https:\/\//);
  });

  it('exits 1 with an error line per failed file, and still uploads the rest', async () => {
    const good = await writeMediaFile(dir, 'mp4', { name: 'ok.mp4' });
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'not media');
    const missing = join(dir, 'gone.mp4');
    const run = await runCli(['upload', good, text, missing, '--provider', 'wavespeed', '--base-url', server.baseUrl, '--json'], env);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out).toHaveLength(3);
    const byFile = new Map(out.map((l) => [l.file, l]));
    expect(byFile.get(good)).toMatchObject({ ok: true });
    expect(byFile.get(text)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_TYPE', status: null } });
    expect(byFile.get(missing)).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    for (const line of out.filter((l) => l.ok === false)) expect(Object.keys(line).sort()).toEqual(['error', 'file', 'ok', 'provider']);
  });

  it('gives the provider status and a plain sentence for a rejected key, without the key', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'voice.mp3' });
    const wrong = 'sk-mai-wrong-key-that-must-not-leak';
    const run = await runCli(['upload', mp3, '--provider', 'memories', '--base-url', server.baseUrl, '--json'], { ...env, MEMORIES_API_KEY: wrong });
    expect(run.code).toBe(1);
    const [line] = lines(run.stdout);
    expect(line).toMatchObject({ ok: false, error: { code: 'KEY_REJECTED', status: 401 } });
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });

  it('retries a 503 and then succeeds', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'retry.mp3' });
    server.script({ provider: 'assemblyai', times: 1, reply: providerError('assemblyai', 503, 'busy', { 'retry-after': '0' }) });
    const run = await runCli(['upload', mp3, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json'], env);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)[0]).toMatchObject({ ok: true });
  });

  it('cancels every upload on Ctrl-C, still gives each file its line, and records none', async () => {
    const files = await Promise.all([1, 2, 3].map((n) => writeMediaFile(dir, 'mp4', { name: `stop${n}.mp4`, size: 4_000_000 })));
    server.reset();
    server.script({ kind: 'upload', times: 3, bytesPerSecond: 500_000 });
    const interrupt = (child: ChildProcess): void => {
      void server.waitFor((r) => r.bodyBytes > 100_000).then(() => child.kill('SIGINT'));
    };
    const historyEnv = { ...env, MEDIA_UPLOADER_DATA_DIR: join(dir, 'data-interrupted') };
    const run = await runCli(['upload', ...files, '--provider', 'wavespeed', '--base-url', server.baseUrl, '--concurrency', '2', '--json'], historyEnv, undefined, interrupt);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out.map((l) => l.file).sort()).toEqual([...files].sort());
    for (const line of out) expect(line).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const history = await runCli(['history', '--json'], historyEnv);
    expect(history.stdout.trim()).toBe('');
  });

  it('uploads the media files inside a folder', async () => {
    const folder = join(dir, 'shoot');
    await mkdir(join(folder, 'day2'), { recursive: true });
    await writeMediaFile(folder, 'jpeg', { name: 'a.jpg' });
    await writeMediaFile(join(folder, 'day2'), 'png', { name: 'b.png' });
    await writeFile(join(folder, 'readme.txt'), 'skip me');
    const run = await runCli(['upload', folder, '--provider', 'wavespeed', '--base-url', server.baseUrl, '--json'], env);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => String(l.file).slice(folder.length)).sort()).toEqual(['/a.jpg', '/day2/b.png']);
  });
});

describe('media-uploader usage errors', () => {
  it('exits 2 for an unknown provider, naming the ones it knows and not repeating what was typed', async () => {
    const key = 'sk-typed-where-the-provider-goes-1234';
    const run = await runCli(['upload', 'x.mp3', '--provider', key], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--provider must name one of: assemblyai');
    expect(run.stderr + run.stdout).not.toContain(key);
    expect(run.stdout).toBe('');
    const misplaced = await runCli([key], env);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('That is not a media-uploader command');
    expect(misplaced.stderr).not.toContain(key);
  });

  it('refuses a key from the environment with characters a key cannot have, and sends nothing', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'bad-key.mp3' });
    const before = server.requests.length;
    const run = await runCli(['upload', mp3, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json'], { ...env, ASSEMBLYAI_API_KEY: 'aai-good-part\u001b[2Jrest' });
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[0]).toMatchObject({ ok: false, error: { code: 'KEY_REJECTED', message: expect.stringContaining('characters a key cannot have') } });
    expect(server.requests.length).toBe(before);
  });

  it('exits 2 when no file is named', async () => {
    const run = await runCli(['upload', '--provider', 'heygen'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Name at least one file');
  });

  it('exits 2 for a bad --base-url or --concurrency', async () => {
    expect((await runCli(['upload', 'a.mp3', '--provider', 'heygen', '--base-url', 'ftp://x'], env)).code).toBe(2);
    expect((await runCli(['upload', 'a.mp3', '--provider', 'heygen', '--concurrency', '0'], env)).code).toBe(2);
  });

  it('prints help with --help and exits 0', async () => {
    const run = await runCli(['--help'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('media-uploader upload');
    expect(run.stdout).toContain('--provider');
  });

  it('says KEY_MISSING when no key is set anywhere', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'nokey.mp3' });
    const { ASSEMBLYAI_API_KEY: _drop, ...noKey } = env;
    const run = await runCli(['upload', mp3, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json'], noKey);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[0]).toMatchObject({ ok: false, error: { code: 'KEY_MISSING' } });
  });
});

describe('media-uploader upload on a terminal-less stdout without --json', () => {
  it('prints the link and nothing machine-only', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'human.mp3' });
    const run = await runCli(['upload', mp3, '--provider', 'assemblyai', '--base-url', server.baseUrl], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓');
    expect(run.stdout).toMatch(/https:\/\/cdn\.assemblyai\.com\/upload\//);
  });
});

describe('media-uploader upload, human output for a missing key', () => {
  it('says how to give the key on the command line', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'nokey-human.mp3' });
    const { ASSEMBLYAI_API_KEY: _drop, ...noKey } = env;
    const run = await runCli(['upload', mp3, '--provider', 'assemblyai', '--base-url', server.baseUrl], noKey);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('There is no AssemblyAI API key yet');
    expect(run.stdout).toContain("media-uploader keys set assemblyai");
    expect(run.stdout).toContain('ASSEMBLYAI_API_KEY');
  });
});

describe('media-uploader upload --next', () => {
  it('prints each provider\'s next request with the link or id filled in and the key only as a variable', async () => {
    const files = { assemblyai: 'mp3', memories: 'mp4', wavespeed: 'png', heygen: 'png' } as const;
    for (const [provider, format] of Object.entries(files) as [keyof typeof files, (typeof files)[keyof typeof files]][]) {
      const file = await writeMediaFile(dir, format, { name: `next-${provider}.${format}` });
      const json = await runCli(['upload', file, '--provider', provider, '--base-url', server.baseUrl, '--json', '--next'], env);
      expect(json.code).toBe(0);
      const [line] = lines(json.stdout) as [{ url: string | null; assetId: string | null; next: { curl: string; body: Record<string, unknown> } }];
      const value = provider === 'memories' || provider === 'heygen' ? line.assetId : line.url;
      expect(Object.values(line.next.body)).toContain(value);
      expect(line.next.curl).toContain(`$${provider === 'memories' ? 'MEMORIES' : provider.toUpperCase()}_API_KEY`);
      const human = await runCli(['upload', file, '--provider', provider, '--base-url', server.baseUrl, '--next'], env);
      expect(human.code).toBe(0);
      expect(human.stdout).toMatch(/Next, .*:\nprintf '%s\\n' "[^"]+" \|\ncurl -X POST .*\n {2}-H @- /);
      for (const key of Object.values(TEST_KEYS)) {
        expect(json.stdout).not.toContain(key);
        expect(human.stdout + human.stderr).not.toContain(key);
      }
    }
  });

  it('leaves the line as it was without --next', async () => {
    const file = await writeMediaFile(dir, 'png', { name: 'plain.png' });
    const run = await runCli(['upload', file, '--provider', 'heygen', '--base-url', server.baseUrl, '--json'], env);
    expect(Object.keys(lines(run.stdout)[0]!)).not.toContain('next');
  });
});

describe('media-uploader upload: location data stays home', () => {
  const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
  async function send(name: string, bytes: Buffer, ...flags: string[]) {
    const path = join(dir, name);
    await writeFile(path, bytes);
    server.reset();
    const run = await runCli(['upload', path, '--provider', 'heygen', '--base-url', server.baseUrl, '--json', ...flags], env);
    expect(run.code).toBe(0);
    const [received] = server.uploads('heygen');
    return { line: lines(run.stdout)[0]!, received: received!, run };
  }

  it('sends a JPEG with GPS as a copy without it, the original untouched, and says so', async () => {
    const { line, received } = await send('gps.jpg', jpegWithLocation());
    expect(received.sha256).toBe(sha(jpegWithLocation('removed')));
    expect(received.headers['content-type']).toBe('image/jpeg');
    expect(line).toMatchObject({ ok: true, locationRemoved: true, bytes: jpegWithLocation().length });
    expect(await readFile(join(dir, 'gps.jpg'))).toEqual(jpegWithLocation());
    expect(await readdir(join(env.MEDIA_UPLOADER_DATA_DIR!, 'outgoing'))).toEqual([]);
  });

  it('sends a JPEG without GPS byte for byte', async () => {
    const { line, received } = await send('plain.jpg', jpegWithLocation('plain'));
    expect(received.sha256).toBe(sha(jpegWithLocation('plain')));
    expect(line).not.toHaveProperty('locationRemoved');
  });

  it('sends an MP4 without its location atoms, everything else the same', async () => {
    const { received } = await send('trip.mp4', mp4WithLocation());
    expect(received.sha256).toBe(sha(mp4WithLocation('removed')));
  });

  it('sends the original with --keep-location, and a person reads "Location removed" otherwise', async () => {
    const { line, received } = await send('keep.jpg', jpegWithLocation(), '--keep-location');
    expect(received.sha256).toBe(sha(jpegWithLocation()));
    expect(line).not.toHaveProperty('locationRemoved');
    const path = join(dir, 'human.jpg');
    await writeFile(path, jpegWithLocation());
    const human = await runCli(['upload', path, '--provider', 'heygen', '--base-url', server.baseUrl], env);
    expect(human.stdout).toContain('Location removed');
  });
});

describe('media-uploader upload: fingerprints in the history', () => {
  async function historyEntry(name: string, historyEnv: NodeJS.ProcessEnv): Promise<Record<string, unknown> | undefined> {
    const run = await runCli(['history', '--json', '--search', name], historyEnv);
    return lines(run.stdout).find((entry) => entry.name === name);
  }

  it('records the file\'s fingerprint, taken while it was sent, also after an attempt cut halfway', async () => {
    const historyEnv = { ...env, MEDIA_UPLOADER_DATA_DIR: join(dir, 'data-fingerprint') };
    const clip = await writeMediaFile(dir, 'mp4', { name: 'print.mp4', size: 2_000_000 });
    server.reset();
    server.script({ kind: 'upload', times: 1, resetAfterBytes: 500_000 });
    const run = await runCli(['upload', clip, '--provider', 'wavespeed', '--base-url', server.baseUrl, '--json'], historyEnv);
    expect(run.code).toBe(0);
    expect((await historyEntry('print.mp4', historyEnv))?.fingerprint).toBe(await fingerprintOfFile(clip));
  });

  it('records the original\'s fingerprint when a copy without location was sent', async () => {
    const historyEnv = { ...env, MEDIA_UPLOADER_DATA_DIR: join(dir, 'data-fingerprint') };
    const path = join(dir, 'print.jpg');
    await writeFile(path, jpegWithLocation());
    const run = await runCli(['upload', path, '--provider', 'heygen', '--base-url', server.baseUrl, '--json'], historyEnv);
    expect(run.code).toBe(0);
    expect((await historyEntry('print.jpg', historyEnv))?.fingerprint).toBe(await fingerprintOfFile(path));
  });
});

describe('media-uploader upload --reuse', () => {
  const reuseEnv = (): NodeJS.ProcessEnv => ({ ...env, MEDIA_UPLOADER_DATA_DIR: join(dir, 'data-reuse') });

  it('reuses the earlier link of the same file to the same provider and sends nothing; without --reuse it uploads', async () => {
    const clip = await writeMediaFile(dir, 'mp4', { name: 'again.mp4', size: 300_000 });
    server.reset();
    const first = await runCli(['upload', clip, '--provider', 'wavespeed', '--base-url', server.baseUrl, '--json'], reuseEnv());
    const [earlier] = lines(first.stdout);
    server.reset();
    const second = await runCli(['upload', clip, '--provider', 'wavespeed', '--base-url', server.baseUrl, '--json', '--reuse', '--next'], reuseEnv());
    expect(second.code).toBe(0);
    const [line] = lines(second.stdout) as [Record<string, unknown>];
    expect(line).toMatchObject({ ok: true, reused: true, url: earlier?.url, bytes: 300_000 });
    // WaveSpeedAI's one documented next request is for images: a reused video gets none.
    expect(line).not.toHaveProperty('next');
    expect(server.uploads()).toHaveLength(0);
    // To another provider, or without --reuse, it is sent.
    const other = await runCli(['upload', clip, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json', '--reuse'], reuseEnv());
    expect(lines(other.stdout)[0]).not.toHaveProperty('reused');
    const plain = await runCli(['upload', clip, '--provider', 'wavespeed', '--base-url', server.baseUrl, '--json'], reuseEnv());
    expect(lines(plain.stdout)[0]).not.toHaveProperty('reused');
    expect(server.uploads()).toHaveLength(2);
  });

  it('sends a different file of the same size', async () => {
    const path = join(dir, 'same-size.mp4');
    const bytes = mp4WithLocation('plain');
    await writeFile(path, bytes);
    await runCli(['upload', path, '--provider', 'heygen', '--base-url', server.baseUrl, '--json'], reuseEnv());
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    await writeFile(path, bytes);
    server.reset();
    const run = await runCli(['upload', path, '--provider', 'heygen', '--base-url', server.baseUrl, '--json', '--reuse'], reuseEnv());
    expect(lines(run.stdout)[0]).not.toHaveProperty('reused');
    expect(server.uploads('heygen')).toHaveLength(1);
  });

  it('reuses a link only while it has not expired', async () => {
    const dataDir = join(dir, 'data-expiry');
    const path = await writeMediaFile(dir, 'mp3', { name: 'expiring.mp3' });
    const fingerprint = await fingerprintOfFile(path);
    const history = await HistoryStore.open(dataDir);
    const base = { name: 'expiring.mp3', path, size: (await readFile(path)).length, provider: 'assemblyai' as const, ok: true, fingerprint, source: 'cli' as const };
    await history.append({ ...base, url: 'https://cdn.assemblyai.com/upload/gone', expiresAt: new Date(Date.now() - 60_000).toISOString(), at: new Date(Date.now() - 3 * 86_400_000).toISOString() });
    await history.close();
    server.reset();
    const expired = await runCli(['upload', path, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json', '--reuse'], { ...env, MEDIA_UPLOADER_DATA_DIR: dataDir });
    expect(lines(expired.stdout)[0]).not.toHaveProperty('reused');
    expect(server.uploads('assemblyai')).toHaveLength(1);
    // The upload just made is good for two days: the next run reuses it.
    const fresh = await runCli(['upload', path, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--reuse'], { ...env, MEDIA_UPLOADER_DATA_DIR: dataDir });
    expect(fresh.stdout).toContain('Already uploaded on');
    expect(fresh.stdout).not.toContain('/upload/gone');
    expect(server.uploads('assemblyai')).toHaveLength(1);
  });
});
