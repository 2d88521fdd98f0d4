// The layer of names over keychain entries (electron/core/named-keys.ts), over memory: the same
// code the system keychain runs (its own tests: named-keys-keychain.test.ts). What is in the
// entries is looked at too, so "nothing lost" and "no key in the index" are seen, not assumed.

import { describe, expect, it } from 'vitest';
import { namedKeyStore } from '../../../electron/core/keys/named-keys.ts';
import { memoryKeychainEntries } from '../../fixtures/memory-secret-store.ts';

const KEY_A = 'key-aaaaaaaaaaaa';
const KEY_B = 'key-bbbbbbbbbbbb';
const KEY_C = 'key-cccccccccccc';

describe('named keys', () => {
  it('migrates the one key of a version without names to "Default", writing only the index', async () => {
    const entries = memoryKeychainEntries([['heygen', KEY_A]]);
    const store = namedKeyStore(entries);
    expect(await store.names('heygen')).toEqual({ names: ['Default'], default: 'Default', legacy: 'Default' });
    expect(await store.get('heygen')).toBe(KEY_A);
    expect(entries.secrets.get('heygen')).toBe(KEY_A);
    const index = entries.secrets.get('heygen:names') ?? '';
    expect(JSON.parse(index)).toEqual({ version: 1, default: 'Default', keys: [{ name: 'Default', account: 'heygen' }] });
    expect(index).not.toContain(KEY_A);
    // A provider that never had a key gets no index.
    expect(await store.names('memories')).toEqual({ names: [] });
    expect(entries.secrets.has('memories:names')).toBe(false);
  });

  it('adds keys under names, finds them without regard to case, and replaces one by its name', async () => {
    const entries = memoryKeychainEntries();
    const store = namedKeyStore(entries);
    await store.set('assemblyai', KEY_A);
    await store.set('assemblyai', KEY_B, 'Work');
    expect(await store.names('assemblyai')).toEqual({ names: ['Default', 'Work'], default: 'Default', legacy: 'Default' });
    expect(await store.get('assemblyai', 'work')).toBe(KEY_B);
    await store.set('assemblyai', KEY_C, 'WORK');
    expect(await store.get('assemblyai', 'Work')).toBe(KEY_C);
    expect((await store.names('assemblyai')).names).toEqual(['Default', 'Work']);
    // Without a name, the default is replaced.
    await store.set('assemblyai', KEY_B);
    expect(await store.get('assemblyai')).toBe(KEY_B);
    expect(await store.get('assemblyai', 'Nope')).toBeUndefined();
    for (const secret of entries.secrets.values()) if (secret.startsWith('{')) expect(secret).not.toMatch(/key-/);
  });

  it('moves the default to the first key left when the default is removed, and forgets all with the last', async () => {
    const entries = memoryKeychainEntries();
    const store = namedKeyStore(entries);
    await store.set('heygen', KEY_A, 'Personal');
    await store.set('heygen', KEY_B, 'Work');
    await store.setDefault('heygen', 'work');
    expect(await store.get('heygen')).toBe(KEY_B);
    // The first key lives where a version without names looks: uploads recorded without a key were its.
    expect((await store.names('heygen')).legacy).toBe('Personal');
    await store.delete('heygen');
    expect(await store.names('heygen')).toEqual({ names: ['Personal'], default: 'Personal', legacy: 'Personal' });
    expect(await store.get('heygen')).toBe(KEY_A);
    await store.delete('heygen', 'Personal');
    expect(await store.names('heygen')).toEqual({ names: [] });
    expect([...entries.secrets.keys()].filter((a) => a.startsWith('heygen'))).toEqual([]);
  });

  it('renames a key, the default too, and refuses a name another key has', async () => {
    const store = namedKeyStore(memoryKeychainEntries());
    await store.set('wavespeed', KEY_A);
    await store.set('wavespeed', KEY_B, 'Client');
    await store.rename('wavespeed', 'default', 'Home');
    expect(await store.names('wavespeed')).toEqual({ names: ['Home', 'Client'], default: 'Home', legacy: 'Home' });
    await expect(store.rename('wavespeed', 'Home', 'client')).rejects.toMatchObject({ code: 'KEY_REJECTED', message: expect.stringContaining('already a WaveSpeedAI key named “Client”') });
    await expect(store.setDefault('wavespeed', 'Gone')).rejects.toMatchObject({ code: 'KEY_REMOVED' });
  });

  it('refuses names that are not names, without repeating them', async () => {
    const store = namedKeyStore(memoryKeychainEntries());
    for (const name of ['', '   ', 'x'.repeat(33), 'line\nbreak']) {
      const refusal = store.set('heygen', KEY_A, name);
      await expect(refusal).rejects.toMatchObject({ code: 'KEY_REJECTED' });
      if (name.trim() !== '') await expect(refusal).rejects.not.toMatchObject({ message: expect.stringContaining(name.trim().slice(0, 4)) });
    }
    // The command line's own name for a key of the environment is not a saved key's.
    await expect(store.set('heygen', KEY_A, 'From the Environment')).rejects.toMatchObject({ code: 'KEY_REJECTED' });
    expect(await store.names('heygen')).toEqual({ names: [] });
  });

  it('reads a damaged index as no index, keeping the key saved before names', async () => {
    const entries = memoryKeychainEntries([['memories', KEY_A], ['memories:names', '{"version":1,"keys":[{"name":']]);
    const store = namedKeyStore(entries);
    expect(await store.names('memories')).toEqual({ names: ['Default'], default: 'Default', legacy: 'Default' });
    expect(await store.get('memories')).toBe(KEY_A);
  });
});
