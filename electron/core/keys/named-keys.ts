// Several keys per provider, each under a name, one of them the default, over any store of
// keychain entries (the system keychain in secret-store.ts, memory in tests): the one place that
// reads and writes the key index (key-index.ts), so the keychain and the in-memory store behave
// alike, migration included.
//
// Order of writes, so a crash between two of them loses no key: a new key's secret is written
// before the index names it; a removed key leaves the index before its secret is deleted. The
// worst a crash leaves is a secret no index names (an unused keychain entry), never a name
// without its key. Changes are made one at a time in this process; the app and a CLI run
// changing the keys of the same provider in the same instant may lose one of the two changes.

import { DEFAULT_KEY_NAME, keyNameIssue, sameKeyName } from '../../../shared/key-names.ts';
import { keyCharactersFine } from '../../../shared/key-rules.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import {
  defaultKey, EMPTY_INDEX, findKey, indexAccount, indexText, legacyAccount, migratedIndex, newKeyAccount, parseIndex, withDefault, type KeyIndex,
} from './key-index.ts';
import type { KeychainEntries, KeyNames, SecretStore } from './keychain-types.ts';
import { userFacing } from '../../../shared/i18n/error-words.ts';

export function namedKeyStore(entries: KeychainEntries): SecretStore {
  let changes: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const run = changes.then(change, change);
    changes = run.catch(() => undefined);
    return run;
  };

  /**
   * The provider's index. Where there is none yet but a key saved by a version without names is,
   * that key becomes "Default" and the index saying so is written: the migration, on first use.
   */
  const indexOf = async (provider: ProviderId): Promise<KeyIndex> => {
    const text = await entries.read(indexAccount(provider));
    const parsed = text === undefined ? undefined : parseIndex(provider, text);
    if (parsed !== undefined) return parsed;
    // No index, or one that cannot be read: the key saved before names, if there is one, is kept.
    if ((await entries.read(legacyAccount(provider))) === undefined) return EMPTY_INDEX;
    const migrated = migratedIndex(provider);
    await entries.write(indexAccount(provider), indexText(migrated));
    return migrated;
  };

  const saveIndex = async (provider: ProviderId, index: KeyIndex): Promise<void> => {
    const next = withDefault(index);
    if (next.keys.length === 0) await entries.remove(indexAccount(provider));
    else await entries.write(indexAccount(provider), indexText(next));
  };

  const named = (index: KeyIndex, name: string | undefined) => (name === undefined ? defaultKey(index) : findKey(index, name));

  const notSaved = (provider: ProviderId, name: string): UserFacingError =>
    userFacing('KEY_REMOVED', { key: 'errors:keys.noSuchName', values: { provider: PROVIDERS[provider].name, name } });

  return {
    async get(provider, name) {
      const found = named(await indexOf(provider), name);
      if (found === undefined) return undefined;
      const value = await entries.read(found.account);
      return value === undefined || value === '' ? undefined : value;
    },

    async set(provider, key, name) {
      const clean = key.trim();
      const service = PROVIDERS[provider].name;
      if (clean === '') throw userFacing('KEY_MISSING', { key: 'errors:keys.empty', values: { provider: service } });
      if (!keyCharactersFine(clean)) throw userFacing('KEY_REJECTED', { key: 'errors:KEY_REJECTED_characters', values: { provider: service } });
      const nameProblem = name === undefined ? undefined : keyNameIssue(name);
      if (nameProblem !== undefined) throw userFacing('KEY_REJECTED', nameProblem);
      await oneAtATime(async () => {
        const index = await indexOf(provider);
        const existing = named(index, name);
        if (existing !== undefined) {
          await entries.write(existing.account, clean);
          return;
        }
        // A first key without a name is "Default" (an unnamed one when there are keys replaced the
        // default, above). A first key lives where a version without names looks for it.
        const account = index.keys.length === 0 ? legacyAccount(provider) : newKeyAccount(provider);
        await entries.write(account, clean);
        await saveIndex(provider, { ...index, keys: [...index.keys, { name: (name ?? DEFAULT_KEY_NAME).trim(), account }] });
      });
    },

    async delete(provider, name) {
      await oneAtATime(async () => {
        const index = await indexOf(provider);
        const gone = named(index, name);
        if (gone === undefined) return;
        await saveIndex(provider, { ...index, keys: index.keys.filter((k) => k.account !== gone.account) });
        await entries.remove(gone.account);
      });
    },

    async names(provider): Promise<KeyNames> {
      const index = await indexOf(provider);
      const legacy = index.keys.find((k) => k.account === legacyAccount(provider));
      return { names: index.keys.map((k) => k.name), ...(index.default !== undefined && { default: index.default }), ...(legacy !== undefined && { legacy: legacy.name }) };
    },

    async setDefault(provider, name) {
      await oneAtATime(async () => {
        const index = await indexOf(provider);
        const chosen = findKey(index, name);
        if (chosen === undefined) throw notSaved(provider, name);
        await saveIndex(provider, { ...index, default: chosen.name });
      });
    },

    async rename(provider, from, to) {
      const problem = keyNameIssue(to);
      if (problem !== undefined) throw userFacing('KEY_REJECTED', problem);
      await oneAtATime(async () => {
        const index = await indexOf(provider);
        const key = findKey(index, from);
        if (key === undefined) throw notSaved(provider, from);
        const clash = findKey(index, to);
        if (clash !== undefined && clash.account !== key.account) {
          throw userFacing('KEY_REJECTED', { key: 'errors:keys.nameTaken', values: { provider: PROVIDERS[provider].name, name: clash.name } });
        }
        const wasDefault = index.default !== undefined && sameKeyName(index.default, key.name);
        const keys = index.keys.map((k) => (k.account === key.account ? { ...k, name: to.trim() } : k));
        await saveIndex(provider, { keys, ...(wasDefault ? { default: to.trim() } : index.default !== undefined && { default: index.default }) });
      });
    },

    describe: () => entries.describe(),
  };
}
