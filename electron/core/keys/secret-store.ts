// API keys in the operating system's keychain: one entry per provider under one service name.
// A key goes in and comes out only through here; it is never logged, never put in an error,
// and a keychain failure becomes one plain sentence (the library's own words travel beside it,
// scrubbed of the key, for those who need them).

import type { AsyncEntry } from '@napi-rs/keyring';
import { keyCharacterProblem } from '../../../shared/key-rules.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { detectBackend, loadKeyring, type KeyringBackend } from './keyring-backend.ts';
import { cleanDetail } from '../errors/upload-error.ts';

export interface SecretStore {
  get(provider: ProviderId): Promise<string | undefined>;
  set(provider: ProviderId, key: string): Promise<void>;
  delete(provider: ProviderId): Promise<void>;
  /** Where keys live and whether they survive a restart. */
  describe(): Promise<{ backend: string; persistent: boolean }>;
}

export const DEFAULT_KEYCHAIN_SERVICE = 'media-uploader';
/** Lets tests and scripts use their own keychain entries, never a user's real ones. */
export const KEYCHAIN_SERVICE_ENV = 'MEDIA_UPLOADER_KEYCHAIN_SERVICE';

export function keychainService(env: NodeJS.ProcessEnv): string {
  const name = env[KEYCHAIN_SERVICE_ENV]?.trim();
  return name === undefined || name === '' ? DEFAULT_KEYCHAIN_SERVICE : name;
}

/**
 * Secrets under one service name, each under its account: the engine's one door to the keychain.
 * Provider keys (createKeychainStore, account = the provider's id) and proxies' sign-ins
 * (proxy-passwords.ts, account = "proxy:host:port") both go through here.
 */
export interface KeychainEntries {
  read(account: string): Promise<string | undefined>;
  /** `masks`: what must not appear in a failure's words; the secret itself always. */
  write(account: string, secret: string, masks?: readonly string[]): Promise<void>;
  /** True when there was an entry to remove. */
  remove(account: string): Promise<boolean>;
  /** Where secrets live and whether they survive a restart. */
  describe(): Promise<{ backend: string; persistent: boolean }>;
}

export function openKeychain(service: string = DEFAULT_KEYCHAIN_SERVICE): KeychainEntries {
  let backend: Promise<KeyringBackend> | undefined;
  let warmedUp: Promise<void> | undefined;
  // Decided on first use, not at import, so merely loading this module touches no keychain.
  const chosen = (): Promise<KeyringBackend> => (backend ??= detectBackend(service));
  const entry = async (account: string): Promise<AsyncEntry> => {
    const { AsyncEntry } = await loadKeyring();
    return new AsyncEntry(service, account, (await chosen()).entryOptions);
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
  const keychain = openKeychain(options.service);
  return {
    get: (provider) => keychain.read(provider),
    async set(provider, key) {
      const clean = key.trim();
      if (clean === '') throw new UserFacingError('KEY_MISSING', `The ${PROVIDERS[provider].name} key is empty. Paste the whole key and try again.`);
      const problem = keyCharacterProblem(clean, PROVIDERS[provider].name);
      if (problem !== undefined) throw new UserFacingError('KEY_REJECTED', problem);
      await keychain.write(provider, clean);
    },
    async delete(provider) {
      await keychain.remove(provider);
    },
    describe: () => keychain.describe(),
  };
}

/** Environment variables (PROVIDERS[p].keyEnvVar) win over the keychain for this run. */
export function withEnvironmentKeys(store: SecretStore, env: NodeJS.ProcessEnv): SecretStore {
  return {
    async get(provider) {
      return environmentKey(provider, env) ?? store.get(provider);
    },
    set: (provider, key) => store.set(provider, key),
    delete: (provider) => store.delete(provider),
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
    throw new UserFacingError('KEYCHAIN_UNAVAILABLE', keychainSentence(error, secrets));
  }
}

// "Your computer's password store", the window's word for it (shared/words.ts); these sentences
// reach the window as well as the command line.
export function keychainSentence(error: unknown, secret?: string | readonly string[]): string {
  const said = error instanceof Error ? error.message : String(error);
  const detail = cleanDetail(said, secret === undefined ? [] : typeof secret === 'string' ? [secret] : secret);
  let sentence = 'Your computer’s password store is locked or unavailable. Unlock it and try again.';
  if (/lock|prompt|dismiss|cancel/i.test(said)) sentence = 'Your computer’s password store is locked. Unlock it (for example by logging in again) and try again.';
  else if (/denied|permission/i.test(said)) sentence = 'Your computer’s password store refused access to the uploader’s keys. Unlock it and try again.';
  else if (/ambiguous/i.test(said)) sentence = 'Your computer’s password store holds more than one entry for this key. Remove the duplicates in its app (Keychain Access on a Mac), then try again.';
  else if (/no result|collection/i.test(said)) sentence = 'Your computer’s password store has no keyring to keep keys in. Create or unlock one (on GNOME: the Passwords and Keys app), then try again.';
  else if (/dbus|no such file|connect/i.test(said)) sentence = 'Your computer’s password store is not running. Start your keyring (GNOME Keyring or KWallet), or log in to a desktop session, then try again.';
  return detail === undefined ? sentence : `${sentence} (The password store said: ${detail})`;
}
