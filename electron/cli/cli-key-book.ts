// The key book of a command-line run (electron/core/key-book.ts): the keychain's named keys, and
// a key in an environment variable standing in for the default for this run, named "from the
// environment". Key ids are made with the install's salt in the data folder, beside the history,
// so the app and the CLI give a key the same id.

import { dataDir } from '../core/files/data-dir.ts';
import { createKeyBook, type KeyBook } from '../core/keys/key-book.ts';
import { keyIdSalt } from '../core/keys/key-id.ts';
import { environmentKey, type SecretStore } from '../core/keys/secret-store.ts';

export async function openKeyBook(keychain: SecretStore, env: NodeJS.ProcessEnv): Promise<KeyBook> {
  return createKeyBook(keychain, { salt: await keyIdSalt(dataDir(env)), environment: (provider) => environmentKey(provider, env) });
}
