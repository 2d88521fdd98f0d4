// The user names and passwords people gave proxies that asked (proxy-sign-in.ts), kept in the
// keychain beside the API keys: one entry per proxy, under the account "proxy:host:port", never
// in the settings file, the history, a log or the window. Only sign-ins a proxy accepted are kept.

import { z } from 'zod';
import type { ProxyPasswordStore } from '../network/proxy-types.ts';
import type { KeychainEntries } from './secret-store.ts';

/** The keychain account of a proxy's sign-in. */
export function proxyAccount(proxy: string): string {
  return `proxy:${proxy}`;
}

// Kept as JSON in the entry's secret: the account names the proxy, so the user name rides inside.
const STORED = z.object({ username: z.string().max(1_000), password: z.string().max(1_000) }).strict();

export function proxyPasswordStore(keychain: KeychainEntries): ProxyPasswordStore {
  return {
    async get(proxy) {
      const text = await keychain.read(proxyAccount(proxy));
      if (text === undefined) return undefined;
      try {
        const parsed = STORED.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
      } catch {
        // Not ours, or damaged: as if nothing were kept; the proxy's next 407 asks again.
        return undefined;
      }
    },
    async set(proxy, { username, password }) {
      await keychain.write(proxyAccount(proxy), JSON.stringify({ username, password }), [password]);
    },
    delete: (proxy) => keychain.remove(proxyAccount(proxy)),
  };
}
