// API keys in the operating system's keychain: entries under one service name, several named
// keys per provider (named-keys.ts and key-index.ts say how they are laid out).
// A key goes in and comes out only through here; it is never logged, never put in an error,
// and a keychain failure becomes one plain sentence (the library's own words travel beside it,
// scrubbed of the key, for those who need them).

import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { Words } from '../../../shared/user-facing-error.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import { sayWords, userFacing } from '../../../shared/i18n/error-words.ts';
import { detectBackend, loadKeyring, type KeyringBackend } from './keyring-backend.ts';
import { namedKeyStore } from './named-keys.ts';
import type { KeychainEntries, SecretStore } from './keychain-types.ts';

export type { KeychainEntries, KeyNames, SecretStore } from './keychain-types.ts';
import { cleanDetail } from '../errors/upload-error.ts';

/** One keychain entry, as the library's AsyncEntry offers it. */
interface KeychainEntry {
  getPassword(): Promise<string | null | undefined>;
  setPassword(secret: string): Promise<void>;
  deleteCredential(): Promise<boolean>;
}

export const DEFAULT_KEYCHAIN_SERVICE = 'media-uploader';
/** Lets tests and scripts use their own keychain entries, never a user's real ones. */
export const KEYCHAIN_SERVICE_ENV = 'MEDIA_UPLOADER_KEYCHAIN_SERVICE';

export function keychainService(env: NodeJS.ProcessEnv): string {
  const name = env[KEYCHAIN_SERVICE_ENV]?.trim();
  return name === undefined || name === '' ? DEFAULT_KEYCHAIN_SERVICE : name;
}

export function openKeychain(service: string = DEFAULT_KEYCHAIN_SERVICE): KeychainEntries {
  let backend: Promise<KeyringBackend> | undefined;
  let warmedUp: Promise<void> | undefined;
  // Decided on first use, not at import, so merely loading this module touches no keychain.
  const chosen = (): Promise<KeyringBackend> => (backend ??= detectBackend(service));
  const entry = async (account: string): Promise<KeychainEntry> => {
    const { AsyncEntry, Entry } = await loadKeyring();
    const backend = await chosen();
    if (!backend.needsWarmUp) return new AsyncEntry(service, account, backend.entryOptions);
    // The kernel keyring is asked on the main thread, synchronously. Linux keeps a process's
    // credentials, and with them the session keyring the warm-up below gives it, per thread;
    // AsyncEntry runs each call on one of libuv's pool threads, so a call landing on another
    // thread than the warm-up's found no session keyring and was refused (AccessDenied: seen
    // whenever a file was read between the two, which moves work between pool threads). Kernel
    // keyring calls are system calls that return at once: nothing waits on them.
    const sync = new Entry(service, account, backend.entryOptions);
    return { getPassword: async () => sync.getPassword(), setPassword: async (secret) => sync.setPassword(secret), deleteCredential: async () => sync.deleteCredential() };
  };

  // The kernel keyring misleads the first call of a process that has no session keyring of
  // its own yet: the library looks in (and adds to) the shared user keyring instead, so a read
  // finds nothing and a write is refused. One throwaway read first gives the process its
  // session keyring (seen with strace: KEY_SPEC_SESSION_KEYRING, then EACCES on KEYCTL_LINK).
  const warmUp = (): Promise<void> => {
    warmedUp ??= (async () => {
      if ((await chosen()).needsWarmUp) await (await entry('warm-up')).getPassword().catch(() => undefined);
    })();
    return warmedUp;
  };

  return {
    async read(account) {
      const value = await guard(async () => {
        await warmUp();
        return (await entry(account)).getPassword();
      });
      return value === null || value === undefined || value === '' ? undefined : value;
    },
    async write(account, secret, masks = []) {
      await guard(async () => {
        await warmUp();
        await (await entry(account)).setPassword(secret);
      }, [secret, ...masks]);
    },
    async remove(account) {
      return guard(async () => {
        await warmUp();
        return (await entry(account)).deleteCredential();
      });
    },
    async describe() {
      const { name, persistent } = await chosen();
      return { backend: name, persistent };
    },
  };
}

export function createKeychainStore(options: { service?: string } = {}): SecretStore {
  return namedKeyStore(openKeychain(options.service));
}

/**
 * Environment variables (PROVIDERS[p].keyEnvVar) win over the provider's default key for this
 * run; a key asked for by name is the saved one of that name.
 */
export function withEnvironmentKeys(store: SecretStore, env: NodeJS.ProcessEnv): SecretStore {
  return {
    async get(provider, name) {
      return (name === undefined ? environmentKey(provider, env) : undefined) ?? store.get(provider, name);
    },
    set: (provider, key, name) => store.set(provider, key, name),
    delete: (provider, name) => store.delete(provider, name),
    names: (provider) => store.names(provider),
    setDefault: (provider, name) => store.setDefault(provider, name),
    rename: (provider, from, to) => store.rename(provider, from, to),
    describe: () => store.describe(),
  };
}

/** The key an environment variable gives for this run, if it is set and not blank. */
export function environmentKey(provider: ProviderId, env: NodeJS.ProcessEnv): string | undefined {
  const value = env[PROVIDERS[provider].keyEnvVar]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

async function guard<T>(action: () => Promise<T>, secrets: readonly string[] = []): Promise<T> {
  try {
    return await action();
  } catch (error) {
    // A new error without `cause`: nothing from the failing call (which had the key in hand) is kept.
    throw userFacing('KEYCHAIN_UNAVAILABLE', keychainWords(error, secrets));
  }
}

// "Your computer's password store", the window's word for it (shared/words.ts); these sentences
// reach the window (in main's language) as well as the command line.
export function keychainWords(error: unknown, secret?: string | readonly string[]): Words {
  const said = error instanceof Error ? error.message : String(error);
  const detail = cleanDetail(said, secret === undefined ? [] : typeof secret === 'string' ? [secret] : secret);
  let reason = 'unavailable';
  if (/lock|prompt|dismiss|cancel/i.test(said)) reason = 'locked';
  else if (/denied|permission/i.test(said)) reason = 'denied';
  else if (/ambiguous/i.test(said)) reason = 'ambiguous';
  else if (/no result|collection/i.test(said)) reason = 'noKeyring';
  else if (/dbus|no such file|connect/i.test(said)) reason = 'notRunning';
  const sentence = { key: `errors:keychain.${reason}` };
  return detail === undefined ? sentence : { key: 'errors:keychain.said', values: { sentence, detail } };
}

/** The same in English (logs, the terminal). */
export function keychainSentence(error: unknown, secret?: string | readonly string[]): string {
  return sayWords(englishT(), keychainWords(error, secret));
}
