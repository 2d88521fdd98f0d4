// Which keys a provider has, by name, and which is its default: a small index kept in the
// keychain itself, beside the keys (names only, never key material), so it travels with them: a
// keychain forgotten at restart (Linux's kernel keyring) forgets both, and the app and the CLI
// read the same index whatever data folder each is pointed at.
//
// Keychain entries, per provider (e.g. heygen):
//   heygen         the key a version without names saved; it becomes "Default" (migration)
//   heygen:<hex>   every key saved since, under a random account name (the person's name for a
//                  key is never an account name: names change, and may hold any letter)
//   heygen:names   this index: {"version":1,"default":"Work","keys":[{"name","account"}…]}

import { randomBytes } from 'node:crypto';
import { DEFAULT_KEY_NAME, keyNameIssue, sameKeyName } from '../../../shared/key-names.ts';
import type { ProviderId } from '../../../shared/providers.ts';

export interface IndexedKey {
  readonly name: string;
  /** The keychain entry's account name that holds this key. */
  readonly account: string;
}

export interface KeyIndex {
  /** In the order they were added. */
  readonly keys: readonly IndexedKey[];
  /** The name of the key used when none is named; absent only when there are no keys. */
  readonly default?: string;
}

export const EMPTY_INDEX: KeyIndex = { keys: [] };

/** The account a version without names kept the provider's one key under. */
export function legacyAccount(provider: ProviderId): string {
  return provider;
}

export function indexAccount(provider: ProviderId): string {
  return `${provider}:names`;
}

/** A fresh account for a new key: random, so it never collides with another key's or the index's. */
export function newKeyAccount(provider: ProviderId): string {
  return `${provider}:${randomBytes(6).toString('hex')}`;
}

/** Today's single key, named "Default": nothing moves in the keychain, only the index is new. */
export function migratedIndex(provider: ProviderId): KeyIndex {
  return { keys: [{ name: DEFAULT_KEY_NAME, account: legacyAccount(provider) }], default: DEFAULT_KEY_NAME };
}

export function indexText(index: KeyIndex): string {
  return JSON.stringify({ version: 1, ...(index.default !== undefined && { default: index.default }), keys: index.keys });
}

/**
 * The index an entry holds, or undefined when it cannot be read (damaged, or written by a newer
 * version). Keys it lists under accounts of other providers, twice, or with names that are not
 * names are left out; a default that names no key falls to the first key.
 */
export function parseIndex(provider: ProviderId, text: string): KeyIndex | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, keys, default: chosen } = value as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(keys)) return undefined;
  const kept: IndexedKey[] = [];
  for (const entry of keys as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { name, account } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || typeof account !== 'string' || keyNameIssue(name) !== undefined) continue;
    if (account !== legacyAccount(provider) && !account.startsWith(`${provider}:`)) continue;
    if (account === indexAccount(provider) || kept.some((k) => k.account === account || sameKeyName(k.name, name))) continue;
    kept.push({ name: name.trim(), account });
  }
  return withDefault({ keys: kept, ...(typeof chosen === 'string' && { default: chosen }) });
}

/** The key `name` names (without regard to case), if any. */
export function findKey(index: KeyIndex, name: string): IndexedKey | undefined {
  return index.keys.find((k) => sameKeyName(k.name, name));
}

/** The key used when none is named. */
export function defaultKey(index: KeyIndex): IndexedKey | undefined {
  return index.default === undefined ? undefined : findKey(index, index.default);
}

/** The index with its default pointing at a key it lists: the first, when the default was removed. */
export function withDefault(index: KeyIndex): KeyIndex {
  const chosen = index.default === undefined ? undefined : findKey(index, index.default);
  const fallback = chosen ?? index.keys[0];
  return fallback === undefined ? { keys: index.keys } : { keys: index.keys, default: fallback.name };
}
