// What a CLI upload runs with: keys (environment first, then the keychain) and the history
// in the shared data folder. A history that cannot be opened is said plainly and the upload
// goes on, since refusing to upload would help nobody.

import type { CliIo } from './cli-io.ts';
import { forTerminal } from './terminal-text.ts';
import { dataDir } from '../core/files/data-dir.ts';
import { HistoryStore } from '../core/history/history-store.ts';
import { createKeychainStore, keychainService, withEnvironmentKeys, type SecretStore } from '../core/keys/secret-store.ts';

export interface CliServices {
  readonly keys: SecretStore;
  readonly history: HistoryStore | undefined;
  /** Said after the run when something about keys needs the user's attention. */
  readonly keyWarning: string | undefined;
  close(): Promise<void>;
}

export async function openCliServices(io: CliIo): Promise<CliServices> {
  const keys = withEnvironmentKeys(createKeychainStore({ service: keychainService(io.env) }), io.env);
  let history: HistoryStore | undefined;
  try {
    // Appending needs none of the history in memory (HistoryStore.openForAppend).
    history = await HistoryStore.openForAppend(dataDir(io.env));
  } catch (error) {
    io.stderr.write(`The upload history could not be opened, so this run will not be recorded: ${forTerminal((error as Error).message)}\n`);
  }
  return {
    keys,
    history,
    keyWarning: undefined,
    close: async () => {
      await history?.close();
    },
  };
}
