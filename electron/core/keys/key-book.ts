// Which key an upload goes with, and which key an earlier upload was made with, for the queue,
// its status checks, deletes, "Already uploaded?" and the command line. A new upload takes the
// key chosen for it by name, or the provider's default; anything done later to an upload takes
// the key that made it, found by its id (key-id.ts) whatever it is called now. Where that key is
// gone, the answer is KEY_REMOVED with a sentence: never another key in its place.

import { ENVIRONMENT_KEY_NAME, type SavedKeyInfo, type UsedKey } from '../../../shared/key-names.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { keyIdOf } from './key-id.ts';
import type { KeyNames, SecretStore } from './secret-store.ts';
import { UploadError } from '../errors/upload-error.ts';

/** A key in hand, with what may be said about it. */
export interface ChosenKey {
  readonly key: string;
  readonly used: UsedKey;
}

export interface KeyBook {
  /**
   * The key a new upload goes with: the one named (KEY_REMOVED when none has that name), or the
   * provider's default (an environment variable's on the command line); undefined when the
   * provider has no key at all.
   */
  forNewUpload(provider: ProviderId, name: string | undefined, file?: string): Promise<ChosenKey | undefined>;
  /**
   * The key an earlier upload was made with (`used`), by its id: KEY_REMOVED when no key of the
   * provider has it any more. An upload recorded before keys had names (`used` undefined) takes
   * the key those versions kept (the migrated "Default", under any name), else the default;
   * on the command line an environment variable's key first, as before names.
   */
  forEarlierUpload(provider: ProviderId, used: UsedKey | undefined, file?: string): Promise<ChosenKey | undefined>;
  /** The provider's saved keys, in the order they were added; never the keys. */
  list(provider: ProviderId): Promise<SavedKeyInfo[]>;
  /** The id `key` would have here. */
  idOf(key: string): string;
}

export interface KeyBookOptions {
  /** The install's salt for key ids (key-id.ts keyIdSalt). */
  readonly salt: string;
  /** A key for this run only that stands in for the default (the command line's environment variable). */
  readonly environment?: (provider: ProviderId) => string | undefined;
}

export function createKeyBook(store: SecretStore, options: KeyBookOptions): KeyBook {
  const idOf = (key: string): string => keyIdOf(key, options.salt);
  const chosen = (key: string, name: string): ChosenKey => ({ key, used: { name, id: idOf(key) } });

  const list = async (provider: ProviderId): Promise<SavedKeyInfo[]> => {
    const { names, default: chosenDefault } = await store.names(provider);
    const saved: SavedKeyInfo[] = [];
    for (const name of names) {
      const key = await store.get(provider, name);
      if (key !== undefined) saved.push({ name, id: idOf(key), isDefault: name === chosenDefault });
    }
    return saved;
  };

  /** The environment's key, or the saved one `pick` names (the default, or the key kept before names). */
  const standIn = async (provider: ProviderId, pick: (names: KeyNames) => string | undefined): Promise<ChosenKey | undefined> => {
    const fromEnvironment = options.environment?.(provider);
    if (fromEnvironment !== undefined) return chosen(fromEnvironment, ENVIRONMENT_KEY_NAME);
    const name = pick(await store.names(provider));
    const key = name === undefined ? undefined : await store.get(provider, name);
    return key === undefined || name === undefined ? undefined : chosen(key, name);
  };
  const defaultKey = (provider: ProviderId): Promise<ChosenKey | undefined> => standIn(provider, (names) => names.default);

  return {
    idOf,
    list,
    async forNewUpload(provider, name, file) {
      if (name === undefined || name === ENVIRONMENT_KEY_NAME) return defaultKey(provider);
      const key = await store.get(provider, name);
      if (key === undefined) throw UploadError.of('KEY_REMOVED', PROVIDERS[provider].name, { variant: 'send', extra: name, ...(file !== undefined && { file }) });
      const { names } = await store.names(provider);
      // The name as it was saved ("Work" for "work").
      return chosen(key, names.find((saved) => saved.toLowerCase() === name.trim().toLowerCase()) ?? name);
    },
    async forEarlierUpload(provider, used, file) {
      if (used === undefined) return standIn(provider, (names) => names.legacy ?? names.default);
      const fromEnvironment = options.environment?.(provider);
      if (fromEnvironment !== undefined && idOf(fromEnvironment) === used.id) return chosen(fromEnvironment, ENVIRONMENT_KEY_NAME);
      for (const info of await list(provider)) {
        if (info.id !== used.id) continue;
        const key = await store.get(provider, info.name);
        if (key !== undefined) return chosen(key, info.name);
      }
      throw UploadError.of('KEY_REMOVED', PROVIDERS[provider].name, { variant: 'reach', extra: used.name, ...(file !== undefined && { file }) });
    },
  };
}

/**
 * What "Already uploaded?" compares an earlier upload's key with (reuse-upload.ts madeWithKey):
 * the id of the key the file goes with, and of the key uploads recorded without one were made
 * with. Undefined when the file has no key to go with (none saved, or the chosen one removed):
 * nothing is offered then.
 */
export async function reuseKeyOf(book: Pick<KeyBook, 'forNewUpload' | 'forEarlierUpload'>, provider: ProviderId, name: string | undefined): Promise<{ id: string; unrecordedId?: string } | undefined> {
  try {
    const chosen = await book.forNewUpload(provider, name);
    if (chosen === undefined) return undefined;
    const unrecorded = await book.forEarlierUpload(provider, undefined);
    return { id: chosen.used.id, ...(unrecorded !== undefined && { unrecordedId: unrecorded.used.id }) };
  } catch {
    return undefined;
  }
}
