// A child process for the keychain tests, so "saved in one process, read in another" is real.
// Keys travel only through standard input, never the command line, and are never printed:
// `check` answers whether the stored key equals the one it was given.
//
//   node test/core/keys/secret-store-child.ts describe <service>
//   node test/core/keys/secret-store-child.ts set|check|env-check <service> <provider>   (key on stdin)
//   node test/core/keys/secret-store-child.ts delete <service> <provider>

import { text } from 'node:stream/consumers';
import { createKeychainStore, withEnvironmentKeys } from '../../../electron/core/keys/secret-store.ts';
import { isProviderId } from '../../../shared/providers.ts';

const [op, service, provider] = process.argv.slice(2);
const say = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

try {
  const store = createKeychainStore({ service: service ?? 'media-uploader-test' });
  if (op === 'describe') {
    say(await store.describe());
  } else {
    if (!isProviderId(provider)) throw new Error(`unknown provider ${provider}`);
    const given = op === 'delete' ? '' : ((await text(process.stdin)).split('\n')[0] ?? '').trim();
    if (op === 'set') {
      await store.set(provider, given);
      say({ saved: true, ...(await store.describe()) });
    } else if (op === 'check' || op === 'env-check') {
      const found = await (op === 'check' ? store : withEnvironmentKeys(store, process.env)).get(provider);
      say({ found: found !== undefined, same: found === given });
    } else if (op === 'delete') {
      await store.delete(provider);
      say({ deleted: true });
    } else {
      throw new Error(`unknown op ${op}`);
    }
  }
} catch (error) {
  say({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
