// `media-uploader keys …` on the real keychain (in-process with a fake terminal, and as a real
// child process), its plain warning where keys would be forgotten at restart, and a scan of
// every output proving no key text ever appears.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeys } from '../../electron/cli/commands/keys.ts';
import type { CliIo } from '../../electron/cli/cli-io.ts';
import { KEYCHAIN_SERVICE_ENV } from '../../electron/core/keys/secret-store.ts';
import { PROVIDER_IDS } from '../../shared/providers.ts';
import { writeMediaFile } from '../fixtures/media-files.ts';
import { startProviderServer, type ProviderServer } from '../fixtures/provider-server.ts';
import { issuedKeys, newKey, onLinux, scanForKeys, secretServiceMissing, testService, transcript } from '../core/keys/secret-store-harness.ts';
import { CLI_PATH, runCli } from './run-cli.ts';
import { runProcess, type ProcessRun } from '../fixtures/run-process.ts';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

interface FakeIo extends CliIo {
  stdout: Collect;
  stderr: Collect;
}

const service = testService();
// Key ids are made with a salt in the data folder: a private one, never the person's own.
const dataDir = await mkdtemp(path.join(tmpdir(), 'keys-data-'));
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});
// In English whatever this machine's locale: its LC_ALL, LC_MESSAGES, LANGUAGE and LANG are not passed on.
const baseEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANGUAGE: undefined, LANG: 'C', [KEYCHAIN_SERVICE_ENV]: service, MEDIA_UPLOADER_DATA_DIR: dataDir, ...extra });

/** Runs `keys …` in this process; `input` is piped stdin, or typed on a fake terminal when `tty`. */
async function keys(args: string[], options: { input?: string; tty?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; out: string; err: string; rawModes: boolean[] }> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?(b: boolean): void };
  const rawModes: boolean[] = [];
  if (options.tty !== undefined) {
    stdin.isTTY = true;
    stdin.setRawMode = (on: boolean) => void rawModes.push(on);
    const chunks = options.tty;
    setImmediate(() => {
      for (const chunk of chunks) stdin.write(chunk);
    });
  } else {
    stdin.end(options.input ?? '');
  }
  const io: FakeIo = { stdout: new Collect(), stderr: new Collect(), stdin, env: options.env ?? baseEnv() };
  const code = await runKeys(args, io);
  transcript.push(io.stdout.text, io.stderr.text);
  return { code, out: io.stdout.text, err: io.stderr.text, rawModes };
}

async function cli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = await runCli(args, env, input);
  transcript.push(run.stdout, run.stderr);
  return run;
}

async function spawnCollect(command: string, args: string[], env: NodeJS.ProcessEnv, input: string): Promise<ProcessRun> {
  const run = await runProcess(command, args, { env, input });
  transcript.push(run.stdout, run.stderr);
  return run;
}

const dbusRunSession = ['/usr/bin/dbus-run-session', '/bin/dbus-run-session'].find(existsSync);
const missing = await secretServiceMissing();
if (missing !== undefined) console.log(`Skipping the keys commands on the Secret Service: ${missing}`);
if (!onLinux) console.log(`Skipping the kernel-keyring and no-keyring tests: they are about Linux, and this is ${process.platform}.`);
else if (dbusRunSession === undefined || !existsSync('/usr/bin/gnome-keyring-daemon')) {
  console.log('Skipping the no-keyring test: it needs dbus-run-session and gnome-keyring-daemon (Debian packages dbus and gnome-keyring).');
}

describe('keys: usage', () => {
  it('refuses a key given on the command line, without repeating it', async () => {
    const key = newKey('on-the-command-line');
    const result = await keys(['set', 'heygen', key]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Do not put the key on the command line');
    expect(result.err + result.out).not.toContain(key);
  });

  it('never repeats a key typed where the provider’s name or the command goes', async () => {
    const key = newKey('sk-in-the-provider-slot');
    for (const args of [['set', key], ['delete', key], ['test', key], [key], [key, 'heygen']]) {
      const result = await keys(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err + result.out).not.toContain(key);
    }
  });

  it('refuses a key with characters a key cannot have, before the keychain is touched', async () => {
    for (const bad of ['hg-first-line\u0000second', 'hg-escape\u001b]52;c;ZXZpbA==\u0007', 'hg-clé-with-accent']) {
      const result = await keys(['set', 'heygen'], { input: `${bad}\n`, env: baseEnv({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/no-keychain-needed' }) });
      expect(result.code).toBe(1);
      expect(result.err).toBe('The HeyGen key has characters a key cannot have, such as a line break or an invisible control character. Copy the key again from the HeyGen website. Nothing was saved.\n');
    }
  });

  it('answers unknown providers, missing names and unknown commands with 2', async () => {
    for (const args of [['set'], ['set', 'dropbox'], ['delete'], ['frob'], [], ['list', 'extra'], ['test', 'heygen', '--region', 'mars'], ['test', 'heygen', '--base-url', 'ftp://x']]) {
      const result = await keys(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain('Usage: media-uploader keys');
    }
    expect((await keys(['--help'])).code).toBe(0);
  });
});

describe.skipIf(missing !== undefined)('keys on the Secret Service', () => {
  let server: ProviderServer;
  const good = newKey('hg-good');
  beforeAll(async () => {
    server = await startProviderServer({ keys: { heygen: good } });
  });
  afterAll(async () => {
    await server.close();
    for (const provider of PROVIDER_IDS) await keys(['delete', provider]);
  });

  it('saves a piped key, says where, and lists it without showing it', async () => {
    const set = await keys(['set', 'heygen'], { input: `${good}\nignored second line\n` });
    expect(set).toMatchObject({ code: 0, out: 'Saved the HeyGen key in the Secret Service.\n' });
    // Piped: no prompt to clutter a script's output.
    expect(set.err).toBe('');
    const list = await keys(['list']);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^Keys are kept in the Secret Service\.\n/);
    expect(list.out).toMatch(/HeyGen\s+Default  id [0-9a-f]{8}  default\n/);
    for (const name of ['AssemblyAI', 'memories.ai', 'WaveSpeedAI']) expect(list.out).toMatch(new RegExp(`${name.replace('.', '\\.')}\\s+no key saved\\n`));
    expect(list.err).toBe('');
  });

  it('tests the saved key against the provider (a loopback server here)', async () => {
    await keys(['set', 'heygen'], { input: good });
    const ok = await keys(['test', 'heygen', '--base-url', server.baseUrl]);
    expect(ok).toMatchObject({ code: 0, out: 'The HeyGen key works. (Tested the saved key.)\n' });
    expect(server.requests.at(-1)).toMatchObject({ provider: 'heygen', kind: 'key-check' });

    const wrong = newKey('hg-wrong');
    await keys(['set', 'heygen'], { input: wrong });
    const bad = await keys(['test', 'heygen', `--base-url=${server.baseUrl}`, '--region', 'eu']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('HeyGen did not accept this key.');
    expect(bad.err).toContain('media-uploader keys set heygen');
  });

  it('says when an environment variable wins, and tests that key', async () => {
    await keys(['set', 'heygen'], { input: newKey('hg-saved') });
    const env = baseEnv({ HEYGEN_API_KEY: good });
    expect((await keys(['list'], { env })).out).toMatch(/HeyGen\s+Default  id [0-9a-f]{8}  default; HEYGEN_API_KEY is set and is used instead \(id [0-9a-f]{8}\)\n/);
    expect(await keys(['test', 'heygen', '--base-url', server.baseUrl], { env })).toMatchObject({ code: 0, out: 'The HeyGen key works. (Tested the key in HEYGEN_API_KEY.)\n' });
    expect((await keys(['set', 'heygen'], { input: newKey('hg-again'), env })).err).toContain('HEYGEN_API_KEY is set in this environment');
  });

  it('reads a typed key on a terminal without echoing it', async () => {
    const typed = newKey('typed');
    // Sent in pieces as a terminal does: inside paste brackets, with a mistake corrected by
    // Backspace and a stray arrow key.
    const result = await keys(['set', 'wavespeed'], { tty: ['\u001b[200~', typed.slice(0, 5), 'X\u007f\u001b[D', typed.slice(5), '\u001b[201~', '\r'] });
    expect(result.code).toBe(0);
    expect(result.rawModes).toEqual([true, false]);
    expect(result.err).toContain('Paste your WaveSpeedAI API key');
    expect(result.err).not.toContain(typed.slice(0, 5));
    expect(result.err).toContain('*'.repeat(5));
    const server2 = await startProviderServer({ keys: { wavespeed: typed } });
    try {
      expect((await keys(['test', 'wavespeed', '--base-url', server2.baseUrl])).code).toBe(0);
    } finally {
      await server2.close();
    }
  });

  it('gives up on Ctrl-C at the terminal and saves nothing', async () => {
    await keys(['delete', 'memories']);
    const result = await keys(['set', 'memories'], { tty: ['abc', '\u0003'] });
    expect(result.code).toBe(1);
    expect(result.err).toContain('nothing was saved');
    expect((await keys(['list'])).out).toMatch(/memories\.ai\s+no key saved/);
  });

  it('refuses something too short to be a key', async () => {
    const result = await keys(['set', 'assemblyai'], { input: 'abc\n' });
    expect(result.code).toBe(1);
    expect(result.err).toContain('does not look like an API key for AssemblyAI');
  });

  it('deletes a key, and says so; deleting again is fine', async () => {
    await keys(['set', 'assemblyai'], { input: newKey('aai') });
    expect(await keys(['delete', 'assemblyai'])).toMatchObject({ code: 0, out: 'Deleted the AssemblyAI key from the Secret Service.\n' });
    expect(await keys(['delete', 'assemblyai'])).toMatchObject({ code: 0, out: 'There was no AssemblyAI key saved in the Secret Service.\n' });
    const test = await keys(['test', 'assemblyai', '--base-url', server.baseUrl]);
    expect(test.code).toBe(1);
    expect(test.err).toContain('There is no AssemblyAI API key yet. Save one with: media-uploader keys set assemblyai');
  });

  it('works as real processes: set in one, list and test in others', async () => {
    const env = { [KEYCHAIN_SERVICE_ENV]: service, MEDIA_UPLOADER_DATA_DIR: dataDir };
    const set = await cli(['keys', 'set', 'heygen'], env, `${good}\n`);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe('Saved the HeyGen key in the Secret Service.\n');
    expect((await cli(['keys', 'list'], env)).stdout).toMatch(/HeyGen\s+Default  id [0-9a-f]{8}  default\n/);
    const test = await cli(['keys', 'test', 'heygen', '--base-url', server.baseUrl], env);
    expect(test).toMatchObject({ code: 0, stdout: 'The HeyGen key works. (Tested the saved key.)\n' });

    // And an upload with no key in the environment uses the saved one.
    const dir = await mkdtemp(path.join(tmpdir(), 'keys-upload-'));
    try {
      const png = await writeMediaFile(dir, 'png', { name: 'saved-key.png' });
      const upload = await cli(['upload', png, '--provider', 'heygen', '--base-url', server.baseUrl, '--json'], { ...env, MEDIA_UPLOADER_DATA_DIR: path.join(dir, 'data') });
      expect(upload.code).toBe(0);
      expect(JSON.parse(upload.stdout)).toMatchObject({ ok: true, provider: 'heygen' });
      expect(server.uploads('heygen').at(-1)?.headers['x-api-key']).toBe(good);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!onLinux)('keys where only the kernel keyring is left', () => {
  const noBus = { [KEYCHAIN_SERVICE_ENV]: service, MEDIA_UPLOADER_DATA_DIR: dataDir, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/media-uploader-bus' };

  it('warns plainly in `keys list` that keys are forgotten at restart', async () => {
    const list = await cli(['keys', 'list'], noBus);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Keys are kept in the kernel keyring (forgotten at restart).');
    expect(list.stderr).toContain('forgets them when this computer restarts');
  });

  it('never pretends a key is kept for good in `keys set`', async () => {
    const key = newKey('kernel');
    const set = await cli(['keys', 'set', 'wavespeed'], noBus, `${key}\n`);
    // Saved with a plain warning, or (where the kernel keyring is closed too, as in some containers) a plain refusal.
    if (set.code === 0) {
      expect(set.stdout).toBe('Saved the WaveSpeedAI key in the kernel keyring (forgotten at restart).\n');
      expect(set.stderr).toContain('forgets them when this computer restarts');
      expect(set.stderr).toContain('WAVESPEED_API_KEY');
      await cli(['keys', 'delete', 'wavespeed'], noBus);
    } else {
      expect(set.code).toBe(1);
      expect(set.stderr).toMatch(/Your computer’s password store/);
    }
  });
});

describe.skipIf(!onLinux || dbusRunSession === undefined || !existsSync('/usr/bin/gnome-keyring-daemon'))('keys when the keychain cannot take a key', () => {
  it('says so in one plain sentence, with no stack and no key', async () => {
    // A fresh session bus and home: the keyring daemon starts with no keyring and no screen to ask on.
    const home = await mkdtemp(path.join(tmpdir(), 'keys-no-keyring-'));
    try {
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_RUNTIME_DIR: home, [KEYCHAIN_SERVICE_ENV]: service };
      const key = newKey('refused');
      const run = await spawnCollect(dbusRunSession as string, ['--', process.execPath, CLI_PATH, 'keys', 'set', 'memories'], env, `${key}\n`);
      expect(run.code).toBe(1);
      const ours = run.stderr.split('\n').filter((line) => line.startsWith('Your computer’s password store'));
      expect(ours).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*\(|Error:/);
      expect(run.stdout).toBe('');
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

describe('no key in any output', () => {
  it('never printed a key, whole or in part, in any command of these tests', () => {
    expect(issuedKeys.length).toBeGreaterThan(0);
    expect(transcript.length).toBeGreaterThan(0);
    expect(scanForKeys()).toEqual([]);
  });
});
