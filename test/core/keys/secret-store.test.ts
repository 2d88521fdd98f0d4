// The secret store on the real system keychain (the Secret Service, as gnome-keyring provides
// it in CI), in separate processes so that "saved" means saved; the kernel-keyring fallback
// that forgets keys at restart, detected and said; and no key in any output.

import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KERNEL_KEYRING_NAME } from '../../../electron/core/keys/keyring-backend.ts';
import { createKeychainStore, environmentKey, keychainSentence, withEnvironmentKeys, type SecretStore } from '../../../electron/core/keys/secret-store.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { backendIn, issuedKeys, newKey, onLinux, runChild, scanForKeys, secretServiceMissing, testService, transcript } from './secret-store-harness.ts';

const missing = await secretServiceMissing();
if (missing !== undefined) console.log(`Skipping the Secret Service tests: ${missing}`);
const dbusRunSession = ['/usr/bin/dbus-run-session', '/bin/dbus-run-session'].find(existsSync);
const keyringDaemon = ['/usr/bin/gnome-keyring-daemon'].find(existsSync);
if (!onLinux) console.log(`Skipping the kernel-keyring fallback tests: they are about Linux, and this is ${process.platform}.`);
else if (dbusRunSession === undefined) console.log('Skipping the private-bus tests: dbus-run-session is not installed (Debian package dbus).');
else if (keyringDaemon === undefined) console.log('Skipping the no-keyring test: gnome-keyring-daemon is not installed (Debian package gnome-keyring).');

const service = testService();
const used = new Set<ProviderId>();
afterAll(async () => {
  if (missing === undefined) for (const provider of used) await runChild(['delete', service, provider]);
});

/** An environment with no session bus at all, or one pointing at nothing. */
const withoutBus = (address?: string): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  if (address !== undefined) env.DBUS_SESSION_BUS_ADDRESS = address;
  return env;
};

describe.skipIf(missing !== undefined)('secret store on the Secret Service', () => {
  it('says where keys live and that they survive a restart', async () => {
    expect(await backendIn(process.env)).toEqual({ backend: 'Secret Service', persistent: true });
  });

  it('keeps a key saved by one process for the next process', async () => {
    const key = newKey('survives');
    used.add('assemblyai');
    expect((await runChild(['set', service, 'assemblyai'], { input: `${key}\n` })).answer).toMatchObject({ saved: true, backend: 'Secret Service', persistent: true });
    expect((await runChild(['check', service, 'assemblyai'], { input: key })).answer).toEqual({ found: true, same: true });
    expect((await runChild(['check', service, 'assemblyai'], { input: `${key}x` })).answer).toEqual({ found: true, same: false });
  });

  it('keeps two providers apart, and services apart', async () => {
    const heygen = newKey('heygen');
    const memories = newKey('memories');
    used.add('heygen').add('memories');
    await runChild(['set', service, 'heygen'], { input: heygen });
    await runChild(['set', service, 'memories'], { input: memories });
    expect((await runChild(['check', service, 'heygen'], { input: heygen })).answer).toEqual({ found: true, same: true });
    expect((await runChild(['check', service, 'memories'], { input: memories })).answer).toEqual({ found: true, same: true });
    expect((await runChild(['check', service, 'wavespeed'], { input: heygen })).answer).toEqual({ found: false, same: false });
    expect((await runChild(['check', testService(), 'heygen'], { input: heygen })).answer).toEqual({ found: false, same: false });
  });

  it('replaces a key, and deletes it for good', async () => {
    const first = newKey('first');
    const second = newKey('second');
    used.add('wavespeed');
    await runChild(['set', service, 'wavespeed'], { input: first });
    await runChild(['set', service, 'wavespeed'], { input: second });
    expect((await runChild(['check', service, 'wavespeed'], { input: second })).answer).toEqual({ found: true, same: true });
    expect((await runChild(['delete', service, 'wavespeed'])).answer).toEqual({ deleted: true });
    expect((await runChild(['check', service, 'wavespeed'], { input: second })).answer).toEqual({ found: false, same: false });
    // Deleting what is not there is not an error.
    expect((await runChild(['delete', service, 'wavespeed'])).code).toBe(0);
  });

  it('lets an environment variable win over the saved key for that run', async () => {
    const saved = newKey('saved');
    const fromEnv = newKey('env');
    used.add('heygen');
    await runChild(['set', service, 'heygen'], { input: saved });
    expect((await runChild(['env-check', service, 'heygen'], { input: fromEnv, env: { ...process.env, HEYGEN_API_KEY: fromEnv } })).answer).toEqual({ found: true, same: true });
    expect((await runChild(['env-check', service, 'heygen'], { input: saved, env: { ...process.env, HEYGEN_API_KEY: '  ' } })).answer).toEqual({ found: true, same: true });
  });

  it('trims a pasted key and refuses an empty one without touching the saved one', async () => {
    const key = newKey('padded');
    used.add('assemblyai');
    await runChild(['set', service, 'assemblyai'], { input: `   ${key}   \n` });
    expect((await runChild(['check', service, 'assemblyai'], { input: key })).answer).toEqual({ found: true, same: true });
    const empty = await runChild(['set', service, 'assemblyai'], { input: '   \n' });
    expect(empty.code).toBe(1);
    expect(empty.answer.error).toBe('The AssemblyAI key is empty. Paste the whole key and try again.');
    expect((await runChild(['check', service, 'assemblyai'], { input: key })).answer).toEqual({ found: true, same: true });
  });
});

describe.skipIf(!onLinux)('without a Secret Service (Linux)', () => {
  it('reports the kernel keyring as forgotten at restart when there is no session bus', async () => {
    expect(await backendIn(withoutBus())).toEqual({ backend: KERNEL_KEYRING_NAME, persistent: false });
    expect(await backendIn(withoutBus('unix:path=/nonexistent/media-uploader-bus'))).toEqual({ backend: KERNEL_KEYRING_NAME, persistent: false });
  });

  it('keeps a key for the next process until restart, or says plainly why it cannot', async () => {
    const env = withoutBus();
    const kernelService = testService();
    const key = newKey('kernel');
    const set = await runChild(['set', kernelService, 'memories'], { env, input: key });
    if (set.code !== 0) {
      // Some containers close the kernel keyring too: then the sentence must say so, nothing more.
      console.log(`The kernel keyring refused a key here: ${String(set.answer.error)}`);
      expect(String(set.answer.error)).toMatch(/^Your computer’s password store /);
      return;
    }
    expect(set.answer).toEqual({ saved: true, backend: KERNEL_KEYRING_NAME, persistent: false });
    expect((await runChild(['check', kernelService, 'memories'], { env, input: key })).answer).toEqual({ found: true, same: true });
    expect((await runChild(['delete', kernelService, 'memories'], { env })).answer).toEqual({ deleted: true });
    expect((await runChild(['check', kernelService, 'memories'], { env, input: key })).answer).toEqual({ found: false, same: false });
  });

  it.skipIf(dbusRunSession === undefined)('reports it too when a session bus runs but nobody provides org.freedesktop.secrets', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bare-bus-'));
    try {
      // A session bus that can start no services, like a desktop without any keyring installed.
      const config = path.join(folder, 'bus.conf');
      await writeFile(config, `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=${folder}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>`);
      const answer = await runChild(['describe', testService()], { env: withoutBus(), wrap: [dbusRunSession as string, `--config-file=${config}`, '--'] });
      expect(answer.answer).toEqual({ backend: KERNEL_KEYRING_NAME, persistent: false });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it.skipIf(dbusRunSession === undefined || keyringDaemon === undefined)('says plainly when the keyring service has no keyring to use, without the key', async () => {
    // A fresh session bus and home: gnome-keyring starts, finds no keyring, and has no screen to ask on.
    const home = await mkdtemp(path.join(tmpdir(), 'no-keyring-'));
    try {
      const env = withoutBus();
      delete env.GNOME_KEYRING_CONTROL;
      delete env.DISPLAY;
      delete env.WAYLAND_DISPLAY;
      Object.assign(env, { HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_RUNTIME_DIR: home, XDG_CONFIG_HOME: path.join(home, 'config') });
      const key = newKey('no-keyring');
      const result = await runChild(['set', testService(), 'heygen'], { env, input: key, wrap: [dbusRunSession as string, '--'] });
      expect(result.code).toBe(1);
      expect(String(result.answer.error)).toMatch(/^Your computer’s password store (has no keyring to keep keys in|is locked)\. /);
      expect(result.stderr).not.toContain(key);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

describe('environment keys and error sentences', () => {
  const inner: SecretStore = {
    get: async (provider, name) => (provider === 'heygen' ? (name === undefined ? 'from-keychain' : `saved as ${name}`) : undefined),
    set: async () => undefined,
    delete: async () => undefined,
    names: async () => ({ names: [] }),
    setDefault: async () => undefined,
    rename: async () => undefined,
    describe: async () => ({ backend: 'test', persistent: true }),
  };

  it('prefers a non-blank environment variable, per provider', async () => {
    const store = withEnvironmentKeys(inner, { HEYGEN_API_KEY: ' env-key ', MEMORIES_API_KEY: '' });
    expect(await store.get('heygen')).toBe('env-key');
    expect(await store.get('memories')).toBeUndefined();
    expect(await withEnvironmentKeys(inner, {}).get('heygen')).toBe('from-keychain');
    // A key asked for by name is the saved one: the environment stands in for the default only.
    expect(await store.get('heygen', 'Work')).toBe('saved as Work');
    expect(environmentKey('wavespeed', { WAVESPEED_API_KEY: 'w' })).toBe('w');
    expect(environmentKey('assemblyai', { ASSEMBLYAI_API_KEY: '   ' })).toBeUndefined();
  });

  it('refuses a blank key with a sentence for a person, before touching the keychain', async () => {
    const refusal = createKeychainStore({ service: testService() }).set('heygen', '   ');
    await expect(refusal).rejects.toBeInstanceOf(UserFacingError);
    await expect(refusal).rejects.toMatchObject({ code: 'KEY_MISSING', message: 'The HeyGen key is empty. Paste the whole key and try again.' });
  });

  it('turns keychain failures into sentences and cuts the key out of the keychain’s words', () => {
    const key = newKey('in-error');
    const locked = keychainSentence(new Error(`Couldn't access platform storage: Secret Service: unlock prompt was dismissed for ${key}`), key);
    expect(locked).toMatch(/^Your computer’s password store is locked\. Unlock it/);
    expect(locked).not.toContain(key);
    expect(locked).toContain('[key]');
    expect(keychainSentence(new Error('Platform failure: DBus error: Failed to connect to socket /x'))).toMatch(/^Your computer’s password store is not running\./);
    expect(keychainSentence(new Error("Couldn't access platform storage: AccessDenied"))).toMatch(/refused access/);
    expect(keychainSentence(new Error("Couldn't access platform storage: Secret Service: no result found"))).toMatch(/has no keyring to keep keys in/);
    expect(keychainSentence('something odd')).toMatch(/^Your computer’s password store is locked or unavailable\. Unlock it and try again\./);
    transcript.push(locked);
  });
});

describe('no key in any output', () => {
  it('never printed a key, whole or in part, in any process of these tests', () => {
    expect(issuedKeys.length).toBeGreaterThan(0);
    expect(scanForKeys()).toEqual([]);
  });
});
