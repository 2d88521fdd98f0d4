// The keys behind the window in end-to-end tests: the real system keychain (the Secret Service,
// which .ci/run provides) under a service name of this run's own, so a test never touches a
// person's entries; an in-memory store only where no Secret Service answers, said out loud.

import { randomBytes } from 'node:crypto';
import { PROVIDER_IDS, type ProviderId } from '../../shared/providers.ts';
import { createKeychainStore, type SecretStore } from '../../electron/core/keys/secret-store.ts';
import { memorySecretStore } from '../fixtures/memory-secret-store.ts';

export interface E2eKeychain {
  readonly store: SecretStore;
  /** Removes this run's entries from the keychain. */
  dispose(): Promise<void>;
}

let warned = false;

export async function e2eKeychain(initial: Partial<Record<ProviderId, string>>): Promise<E2eKeychain> {
  const real = createKeychainStore({ service: `media-uploader-e2e-${randomBytes(6).toString('hex')}` });
  if ((await real.describe()).persistent) {
    for (const [provider, key] of Object.entries(initial) as [ProviderId, string][]) await real.set(provider, key);
    return {
      store: real,
      dispose: async () => {
        // Every named key a test left, then the index goes with the last.
        for (const provider of PROVIDER_IDS) {
          for (const name of (await real.names(provider).catch(() => ({ names: [] as string[] }))).names) await real.delete(provider, name).catch(() => undefined);
        }
      },
    };
  }
  if (!warned) {
    warned = true;
    console.log('End-to-end keys are held in memory: no Secret Service answers here (run under dbus-run-session with gnome-keyring, as .ci/run does, to use the real keychain).');
  }
  return { store: memorySecretStore(initial), dispose: async () => undefined };
}
