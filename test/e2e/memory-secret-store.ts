// A secret store that keeps keys in this process's memory, for the window's end-to-end tests:
// they exercise the Settings screen and the upload flow, not the keychain (which has its own
// tests against a real Secret Service). Same interface as electron/core/secret-store.ts.

import type { ProviderId } from '../../shared/providers.ts';
import type { SecretStore } from '../../electron/core/secret-store.ts';

export function memorySecretStore(initial: Partial<Record<ProviderId, string>> = {}): SecretStore {
  const keys = new Map<ProviderId, string>(Object.entries(initial) as [ProviderId, string][]);
  return {
    async get(provider) {
      return keys.get(provider);
    },
    async set(provider, key) {
      keys.set(provider, key.trim());
    },
    async delete(provider) {
      keys.delete(provider);
    },
    async describe() {
      return { backend: 'test keychain (memory)', persistent: true };
    },
  };
}
