// A child process for the keychain tests, so "saved in one process, read in another" is real.
// Keys travel only through standard input, never the command line, and are never printed:
// `check` answers whether the stored key equals the one it was given.
//
//   node test/core/keys/secret-store-child.ts describe <service>
//   node test/core/keys/secret-store-child.ts set|check|env-check <service> <provider> [name]   (key on stdin)
//   node test/core/keys/secret-store-child.ts delete <service> <provider> [name]
//   node test/core/keys/secret-store-child.ts names <service> <provider>
//   node test/core/keys/secret-store-child.ts default <service> <provider> <name>
//   node test/core/keys/secret-store-child.ts legacy-set <service> <provider>   (key on stdin: saved as a version without names did)
//   node test/core/keys/secret-store-child.ts raw-check <service> <account>     (key on stdin: what that entry holds)

import { text } from 'node:stream/consumers';
import { AsyncEntry } from '@napi-rs/keyring';
import { createKeychainStore, withEnvironmentKeys } from '../../../electron/core/keys/secret-store.ts';
import { isProviderId } from '../../../shared/providers.ts';

const [op, service, provider, name] = process.argv.slice(2);
const say = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};
const given = async (): Promise<string> => ((await text(process.stdin)).split('\n')[0] ?? '').trim();
// The entries of the version before names: one per provider, its account the provider's id, on the Secret Service.
const rawEntry = (account: string): AsyncEntry => new AsyncEntry(service ?? 'media-uploader-test', account, { linux: { store: 'secret-service' } });

try {
  const store = createKeychainStore({ service: service ?? 'media-uploader-test' });
  if (op === 'describe') {
    say(await store.describe());
  } else if (op === 'raw-check') {
    const found = await rawEntry(provider ?? '').getPassword();
    say({ found: found !== null && found !== undefined, same: found === (await given()) });
  } else {
    if (!isProviderId(provider)) throw new Error(`unknown provider ${provider}`);
    if (op === 'set') {
      await store.set(provider, await given(), name);
      say({ saved: true, ...(await store.describe()) });
    } else if (op === 'legacy-set') {
      await rawEntry(provider).setPassword(await given());
      say({ saved: true });
    } else if (op === 'check' || op === 'env-check') {
      const key = await given();
      const found = await (op === 'check' ? store : withEnvironmentKeys(store, process.env)).get(provider, name);
      say({ found: found !== undefined, same: found === key });
    } else if (op === 'delete') {
      await store.delete(provider, name);
      say({ deleted: true });
    } else if (op === 'names') {
      say(await store.names(provider));
    } else if (op === 'default') {
      await store.setDefault(provider, name ?? '');
      say({ default: name });
    } else {
      throw new Error(`unknown op ${op}`);
    }
  }
} catch (error) {
  say({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
