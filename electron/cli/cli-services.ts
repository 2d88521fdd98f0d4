// What a CLI upload runs with: keys (environment first, then the keychain; by name with --key) and the history
// in the shared data folder. A history that cannot be opened is said plainly and the upload
// goes on, since refusing to upload would help nobody.

import type { CliIo } from './cli-io.ts';
import { forTerminal } from './terminal-text.ts';
import { dataDir } from '../core/files/data-dir.ts';
import { HistoryStore } from '../core/history/history-store.ts';
import type { KeyBook } from '../core/keys/key-book.ts';
import { createKeychainStore, keychainService, withEnvironmentKeys, type SecretStore } from '../core/keys/secret-store.ts';
import { openKeyBook } from './cli-key-book.ts';
import { cliWords } from './cli-language.ts';

export interface CliServices {
  readonly keys: SecretStore;
  /** The keys by name and id; a key in an environment variable is the default for this run, named "from the environment". */
  readonly keyBook: KeyBook;
  readonly history: HistoryStore | undefined;
  /** Said after the run when something about keys needs the user's attention. */
  readonly keyWarning: string | undefined;
  close(): Promise<void>;
}

export async function openCliServices(io: CliIo): Promise<CliServices> {
  const keychain = createKeychainStore({ service: keychainService(io.env) });
  const keys = withEnvironmentKeys(keychain, io.env);
  const keyBook = await openKeyBook(keychain, io.env);
  let history: HistoryStore | undefined;
  try {
    // Appending needs none of the history in memory (HistoryStore.openForAppend).
    history = await HistoryStore.openForAppend(dataDir(io.env));
  } catch (error) {
    io.stderr.write(`${cliWords(io.env).t('upload.historyNotOpened', { message: forTerminal((error as Error).message) })}\n`);
  }
  return {
    keys,
    keyBook,
    history,
    keyWarning: undefined,
    close: async () => {
      await history?.close();
    },
  };
}
