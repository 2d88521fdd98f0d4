// A proxy that asks for a password (electron/core/proxy-sign-in.ts), against a real tinyproxy
// with BasicAuth between the engine and the loopback providers, reached over https through its
// CONNECT as real providers are: its 407 asks the person (a scripted prompt here; the native one
// is shown under the Electron model in test/main/), the answer goes to the proxy as
// Proxy-Authorization and the upload goes through (its log shows it); a sign-in the proxy took is
// kept, a wrong one is asked about once more, and a cancel leaves the PROXY_AUTH sentence, asking
// nothing more until the uploads under way have ended.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkKey } from '../../../electron/core/keys/key-check.ts';
import { useProxyChooser, environmentProxyChooser } from '../../../electron/core/network/proxy-choice.ts';
import { ProxySignIn, useProxySignIn } from '../../../electron/core/network/proxy-sign-in.ts';
import type { ProxyCredentials } from '../../../electron/core/network/proxy-types.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { memoryProxyPasswords } from '../../fixtures/memory-secret-store.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';
import { startTinyproxy, type Tinyproxy } from '../../fixtures/tinyproxy.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { makeThrowawayCa } from '../../fixtures/throwaway-ca.ts';
import { startTlsFront, type TlsFront } from '../../fixtures/tls-front.ts';

const loop = useLoopback();
let locked: Tinyproxy;
let front: TlsFront;
const RIGHT = { username: 'ada', password: 'lovelace' };
const WRONG = { username: 'ada', password: 'babbage' };

beforeAll(async () => {
  const ca = await makeThrowawayCa(loop.dir);
  // The engine trusts the system's store (trusted-certificates.ts), which Node reads on the first
  // https connection of the process: this file's own (vitest's forks pool), whose "system" store
  // is made the throwaway CA alone before any, as a company's root would be installed.
  process.env['SSL_CERT_FILE'] = ca.caFile;
  process.env['SSL_CERT_DIR'] = ca.emptyDir;
  front = await startTlsFront(Number(new URL(loop.server.baseUrl).port), ca);
  locked = await startTinyproxy(loop.dir, 'locked', { connectPorts: [Number(new URL(front.origin).port)], basicAuth: 'ada lovelace' });
  const [host, port] = locked.hostPort.split(':');
  useProxyChooser(() => ({ kind: 'proxy', secure: false, host: host!, port: Number(port) }));
});
afterAll(async () => {
  useProxyChooser(environmentProxyChooser);
  await locked?.close();
  await front?.close();
});
afterEach(() => useProxySignIn(undefined));

/** A sign-in whose prompt answers from `answers` in turn (undefined: Cancel), noting each question. */
function signInWith(answers: (ProxyCredentials | undefined)[], options: { kept?: Record<string, ProxyCredentials>; whenIdle?: () => Promise<unknown> } = {}) {
  const asked: { proxy: string; again: boolean }[] = [];
  const passwords = memoryProxyPasswords(options.kept);
  const signIn = new ProxySignIn({
    ask: async (proxy, again) => {
      asked.push({ proxy, again });
      // A person takes a moment: requests meeting the 407 meanwhile wait for this answer.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return answers.shift();
    },
    passwords,
    whenIdle: options.whenIdle ?? (() => Promise.resolve()),
  });
  useProxySignIn(signIn);
  return { asked, passwords, signIn };
}

const upload = async (name: string) => uploadFile({
  path: await writeMediaFile(loop.dir, 'mp3', { name, size: 80_000 }),
  provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: front.origin, retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
});

describe('a proxy that asks for a password', () => {
  it('asks once, sends the answer, and keeps it once the proxy took it', async () => {
    const { asked, passwords } = signInWith([RIGHT]);
    const before = (await locked.log()).length;
    const outcome = await upload('first.mp3');
    expect(outcome.url).toMatch(/^https:\/\//);
    expect(asked).toEqual([{ proxy: locked.hostPort, again: false }]);
    expect(loop.server.uploads('assemblyai')).toHaveLength(1);
    expect((await locked.log()).slice(before)).toContain(`CONNECT ${new URL(front.origin).host}`);
    expect(passwords.kept.get(locked.hostPort)).toEqual(RIGHT);
  });

  it('uses a kept sign-in without asking', async () => {
    const { asked } = signInWith([], { kept: { [locked.hostPort]: RIGHT } });
    await upload('kept.mp3');
    expect(asked).toEqual([]);
    expect(loop.server.uploads('assemblyai')).toHaveLength(1);
  });

  it('asks again once after a wrong password, then takes the right one', async () => {
    const { asked, passwords } = signInWith([WRONG, RIGHT]);
    await upload('second-try.mp3');
    expect(asked.map((a) => a.again)).toEqual([false, true]);
    expect(passwords.kept.get(locked.hostPort)).toEqual(RIGHT);
  });

  it('a kept password the proxy no longer takes: asked about once, and a second wrong one is the PROXY_AUTH sentence', async () => {
    const { asked, passwords } = signInWith([WRONG, RIGHT], { kept: { [locked.hostPort]: { username: 'ada', password: 'expired' } } });
    const error = await uploadFailure(upload('expired.mp3'));
    expect(error.code).toBe('PROXY_AUTH');
    expect(error.message).toContain(`The proxy ${locked.hostPort} asks for a user name and password`);
    expect(asked).toEqual([{ proxy: locked.hostPort, again: true }]);
    expect(loop.server.uploads()).toEqual([]);
    // Nothing the proxy refused is kept in place of what was there.
    expect(passwords.kept.get(locked.hostPort)).toEqual({ username: 'ada', password: 'expired' });
  });

  it('a cancel fails every upload under way with the PROXY_AUTH sentence after one prompt, and the next batch asks again', async () => {
    let batchEnded!: () => void;
    const batch = new Promise<void>((resolve) => (batchEnded = resolve));
    const { asked } = signInWith([undefined, RIGHT], { whenIdle: () => batch });
    const errors = await Promise.all(['a.mp3', 'b.mp3', 'c.mp3'].map((name) => uploadFailure(upload(name))));
    expect(errors.map((e) => e.code)).toEqual(['PROXY_AUTH', 'PROXY_AUTH', 'PROXY_AUTH']);
    expect(asked).toHaveLength(1);
    // Resting: one more file of the same batch fails at once, without a prompt.
    expect((await uploadFailure(upload('d.mp3'))).code).toBe('PROXY_AUTH');
    expect(asked).toHaveLength(1);
    batchEnded();
    await batch;
    await upload('next-batch.mp3');
    expect(asked.map((a) => a.again)).toEqual([false, false]);
  });

  it('a key test asks too, and then says whether the key works; a cancel gives the proxy’s sentence, never "did not accept"', async () => {
    signInWith([RIGHT]);
    expect(await checkKey('assemblyai', TEST_KEYS.assemblyai, { baseUrl: front.origin })).toMatchObject({ ok: true, message: 'The AssemblyAI key works.' });
    signInWith([undefined]);
    const refused = await checkKey('assemblyai', TEST_KEYS.assemblyai, { baseUrl: front.origin });
    expect(refused).toMatchObject({ ok: false, code: 'PROXY_AUTH' });
    expect(refused.message).not.toMatch(/did not accept|rejected/);
  });

  it('"Forget proxy password": gone from the store, and the next request asks', async () => {
    const { asked, passwords, signIn } = signInWith([RIGHT], { kept: { [locked.hostPort]: RIGHT } });
    await upload('before-forget.mp3');
    expect(await signIn.forget(locked.hostPort)).toBe(true);
    expect(passwords.kept.has(locked.hostPort)).toBe(false);
    await upload('after-forget.mp3');
    expect(asked).toEqual([{ proxy: locked.hostPort, again: false }]);
    expect(await signIn.forget('elsewhere.corp:8080')).toBe(false);
  });
});
