// What the CLI prints for a person cannot be steered by what it prints: a file name (or a
// history entry, or a message) with escape sequences in it is shown with them escaped, so it
// cannot move the cursor, clear the screen or write the clipboard (OSC 52). --json keeps the
// values as they are. And --base-url takes plain http only for this computer.

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrlProblem } from '../../electron/cli/base-url-option.ts';
import { ProgressView } from '../../electron/cli/progress-view.ts';
import { forTerminal } from '../../electron/cli/terminal-text.ts';
import { queueItem } from '../fixtures/queue-items.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../fixtures/media-files.ts';
import { startProviderServer, TEST_KEYS, type ProviderServer } from '../fixtures/provider-server.ts';
import { runCli } from './run-cli.ts';

// Clear the screen, write "evil" to the clipboard (OSC 52, ended by BEL), then a CSI in its
// one-byte C1 form and a right-to-left override.
const HOSTILE = 'clip\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b1A\u202egpj.mp3';
const ESCAPED = 'clip\\x1b[2J\\x1b]52;c;ZXZpbA==\\x07\\x9b1A\\u202egpj.mp3';
/** Every character a terminal would act on rather than show. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await startProviderServer();
  dir = await makeTempDir();
  env = { MEDIA_UPLOADER_DATA_DIR: join(dir, 'data'), MEDIA_UPLOADER_KEYCHAIN_SERVICE: 'media-uploader-test-cli-terminal', ASSEMBLYAI_API_KEY: TEST_KEYS.assemblyai };
});

afterAll(async () => {
  await server.close();
  await removeDir(dir);
});

describe('forTerminal', () => {
  it('shows control characters as visible escapes and leaves the rest', () => {
    expect(forTerminal(HOSTILE)).toBe(ESCAPED);
    expect(forTerminal('Café 東京 🎬 line\nbreak\ttab')).toBe('Café 東京 🎬 line\\x0abreak\\x09tab');
  });
});

describe('the CLI’s output for a person', () => {
  it('escapes a file name in an upload’s line, and in a refusal’s sentence', async () => {
    const made = await writeMediaFile(dir, 'mp3', { name: 'plain.mp3' });
    const hostile = join(dir, HOSTILE);
    await copyFile(made, hostile);
    const gone = join(dir, `gone-${HOSTILE}`);
    const run = await runCli(['upload', hostile, gone, '--provider', 'assemblyai', '--base-url', server.baseUrl], env);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
    expect(run.stdout).toContain(`✓ ${join(dir, ESCAPED)} → AssemblyAI`);
    expect(run.stdout).toContain(`gone-${ESCAPED} is no longer there`);
  });

  it('escapes history entries, while --json keeps the values as they are', async () => {
    const history = await runCli(['history'], env);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain('clip\\x1b[2J');
    expect(history.stdout).not.toMatch(CONTROL);
    const json = await runCli(['history', '--json'], env);
    const names = json.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { name: string }).name);
    expect(names).toContain(HOSTILE);
  });

  it('escapes the time fields of a history entry too (a damaged or hand-edited history file)', async () => {
    // Dates the app would write are dates; a line from elsewhere may hold anything that is text.
    const own = join(dir, 'own-history');
    const line = { id: 'h-hostile', at: `2026\u001b[2J${HOSTILE}`, provider: 'memories', source: 'cli', name: 'plain.mp4', path: '/x/plain.mp4', size: 1, ok: true, assetId: 'asset-1', removedAt: `\u001b]52;c;ZXZpbA==\u0007${HOSTILE}` };
    await mkdir(own, { recursive: true });
    await writeFile(join(own, 'history.jsonl'), `${JSON.stringify(line)}\n`);
    const ownEnv = { ...env, MEDIA_UPLOADER_DATA_DIR: own };
    const history = await runCli(['history'], ownEnv);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain('2026\\x1b[2J');
    expect(history.stdout).not.toMatch(CONTROL);
    const deleting = await runCli(['delete', 'h-hostile', '--provider', 'memories', '--yes', '--base-url', server.baseUrl], ownEnv);
    expect(deleting.stdout).toContain('was already deleted');
    expect(deleting.stdout).not.toMatch(CONTROL);
  });

  it('draws progress bars whose only escape sequences are its own', () => {
    let written = '';
    const out = new Writable({ write: (chunk: Buffer, _encoding, done) => ((written += chunk.toString()), done()) });
    const view = new ProgressView(out);
    const uploading = queueItem('a', { status: 'uploading', name: HOSTILE, progress: { sent: 10, total: 100, speed: 5 } });
    view.render([uploading]);
    view.render([uploading]);
    // The view moves up over its own lines and clears below: nothing else.
    expect(written.replaceAll('\u001b[1A\u001b[0J', '')).not.toMatch(CONTROL);
    expect(written).toContain('clip\\x1b[2J');
  });
});

describe('--base-url', () => {
  it.each([
    ['upload', ['upload', 'a.mp3', '--provider', 'assemblyai']],
    ['keys test', ['keys', 'test', 'assemblyai']],
  ])('%s refuses plain http to another computer with exit 2, before anything is sent', async (_command, args) => {
    const before = server.requests.length;
    for (const base of ['http://uploads.example', 'http://10.0.0.1:8080', 'http://127.0.0.1.example.com']) {
      const run = await runCli([...args, '--base-url', base], env);
      expect(run.code, base).toBe(2);
      expect(run.stderr).toContain('Plain http:// is taken only for this computer');
    }
    expect(server.requests.length).toBe(before);
  });

  it('takes https anywhere, and plain http on this computer', async () => {
    const mp3 = await writeMediaFile(dir, 'mp3', { name: 'loopback.mp3' });
    const localhost = server.baseUrl.replace('127.0.0.1', 'localhost');
    expect((await runCli(['upload', mp3, '--provider', 'assemblyai', '--base-url', localhost, '--json'], env)).code).toBe(0);
    for (const base of ['https://uploads.example', 'https://10.0.0.1:8443', 'http://127.0.0.1:8080', 'http://[::1]:8080']) expect(baseUrlProblem(base), base).toBeUndefined();
    for (const base of ['ftp://127.0.0.1', 'not an address', 'https://']) expect(baseUrlProblem(base), base).toBeDefined();
  });
});
