// What the keychain offers, apart from the code that opens it (secret-store.ts) and the layer of
// names over its entries (named-keys.ts), so that neither imports the other in a circle.

import type { ProviderId } from '../../../shared/providers.ts';

/**
 * A provider's keys, each under a name, one of them its default (named-keys.ts). Where a call
 * takes a name, leaving it out means the provider's default key; names are told apart without
 * regard to case. A key never comes out except through get().
 */
export interface SecretStore {
  get(provider: ProviderId, name?: string): Promise<string | undefined>;
  /** Saves the key under `name`, replacing a key of that name; without a name, replaces the default key ("Default" for a first key). A provider's first key is its default. */
  set(provider: ProviderId, key: string, name?: string): Promise<void>;
  /** Removes the named key (the default without a name); the first key left becomes the default. */
  delete(provider: ProviderId, name?: string): Promise<void>;
  /** The provider's keys' names, in the order they were added, and its default's. */
  names(provider: ProviderId): Promise<KeyNames>;
  setDefault(provider: ProviderId, name: string): Promise<void>;
  rename(provider: ProviderId, from: string, to: string): Promise<void>;
  /** Where keys live and whether they survive a restart. */
  describe(): Promise<{ backend: string; persistent: boolean }>;
}

export interface KeyNames {
  readonly names: readonly string[];
  /** Absent only when there are no keys. */
  readonly default?: string;
  /**
   * The key kept where a version without names kept the provider's one key (the migrated
   * "Default", whatever it is called now): what uploads recorded without a key were made with.
   */
  readonly legacy?: string;
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
