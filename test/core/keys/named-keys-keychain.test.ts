// Named keys on the real system keychain (the Secret Service, as gnome-keyring provides it in
// CI), each step in a process of its own so that "saved" means saved: a keychain holding the one
// key a version without names saved becomes "Default" with nothing lost, and named keys are kept,
// chosen, made the default and removed. No key in any output.

import { afterAll, describe, expect, it } from 'vitest';
import { issuedKeys, newKey, runChild, scanForKeys, secretServiceMissing, testService } from './secret-store-harness.ts';

const missing = await secretServiceMissing();
if (missing !== undefined) console.log(`Skipping the named-key Secret Service tests: ${missing}`);

const service = testService();
const cleanUp: [string, string][] = [];
afterAll(async () => {
  if (missing !== undefined) return;
  for (const [provider, name] of cleanUp) await runChild(['delete', service, provider, name]);
});

const check = async (provider: string, key: string, name?: string) =>
  (await runChild(['check', service, provider, ...(name === undefined ? [] : [name])], { input: key })).answer;

describe.skipIf(missing !== undefined)('named keys on the Secret Service', () => {
  it('turns the one key of a version without names into "Default", where it was, and keeps it', async () => {
    const old = newKey('before-names');
    expect((await runChild(['legacy-set', service, 'heygen'], { input: old })).answer).toEqual({ saved: true });
    cleanUp.push(['heygen', 'Default']);
    // The first start with names: the key is there, as the default, under "Default".
    expect((await runChild(['names', service, 'heygen'])).answer).toEqual({ names: ['Default'], default: 'Default', legacy: 'Default' });
    expect(await check('heygen', old)).toEqual({ found: true, same: true });
    expect(await check('heygen', old, 'Default')).toEqual({ found: true, same: true });
    // Nothing moved: a version without names still finds it where it left it.
    expect((await runChild(['raw-check', service, 'heygen'], { input: old })).answer).toEqual({ found: true, same: true });
    // A second start reads the index it wrote: still one key.
    expect((await runChild(['names', service, 'heygen'])).answer).toEqual({ names: ['Default'], default: 'Default', legacy: 'Default' });
  });

  it('keeps a second key apart under its name, and changes the default only when asked', async () => {
    const personal = newKey('personal');
    const work = newKey('work');
    cleanUp.push(['memories', 'Personal'], ['memories', 'Work']);
    await runChild(['set', service, 'memories'], { input: personal });
    await runChild(['set', service, 'memories', 'Work'], { input: work });
    expect((await runChild(['names', service, 'memories'])).answer).toEqual({ names: ['Default', 'Work'], default: 'Default', legacy: 'Default' });
    expect(await check('memories', work, 'work')).toEqual({ found: true, same: true });
    expect(await check('memories', personal)).toEqual({ found: true, same: true });
    expect((await runChild(['default', service, 'memories', 'Work'])).answer).toEqual({ default: 'Work' });
    expect(await check('memories', work)).toEqual({ found: true, same: true });
    // Removing the default: the key left becomes the default, and the removed one is gone for good.
    await runChild(['delete', service, 'memories']);
    expect((await runChild(['names', service, 'memories'])).answer).toEqual({ names: ['Default'], default: 'Default', legacy: 'Default' });
    expect(await check('memories', personal)).toEqual({ found: true, same: true });
    expect(await check('memories', work, 'Work')).toEqual({ found: false, same: false });
  });

  it('gives an environment variable the default’s place, never a named key’s', async () => {
    const saved = newKey('named');
    const fromEnv = newKey('env');
    cleanUp.push(['wavespeed', 'Default'], ['wavespeed', 'Client']);
    await runChild(['set', service, 'wavespeed', 'Client'], { input: saved });
    const env = { ...process.env, WAVESPEED_API_KEY: fromEnv };
    expect((await runChild(['env-check', service, 'wavespeed'], { input: fromEnv, env })).answer).toEqual({ found: true, same: true });
    expect((await runChild(['env-check', service, 'wavespeed', 'Client'], { input: saved, env })).answer).toEqual({ found: true, same: true });
  });

  it('never printed a key in any process of these tests', () => {
    expect(issuedKeys.length).toBeGreaterThan(0);
    expect(scanForKeys()).toEqual([]);
  });
});
