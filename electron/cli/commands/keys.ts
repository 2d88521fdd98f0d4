// `media-uploader keys set|list|delete|test <provider>`: API keys in the system keychain.
// A key is only ever read from standard input (a command line is visible to every user of
// the computer) and is never printed, not even in part.

import { parseArgs } from 'node:util';
import { PROVIDER_IDS, PROVIDERS, isProviderId, type ProviderId } from '../../../shared/providers.ts';
import type { CliIo } from '../cli-io.ts';
import { REGION_CHOICES, regionProblem } from '../region-option.ts';
import { baseUrlProblem } from '../base-url-option.ts';
import { keyCharacterProblem } from '../../../shared/key-rules.ts';
import { KEY_LENGTH } from '../../../shared/settings-limits.ts';
import { readSecret } from '../read-secret.ts';
import { forTerminal } from '../terminal-text.ts';
import { checkKey } from '../../core/keys/key-check.ts';
import { createKeychainStore, environmentKey, keychainService, KEYCHAIN_SERVICE_ENV, type SecretStore } from '../../core/keys/secret-store.ts';

export const KEYS_USAGE = `Usage: media-uploader keys set <provider>      save a key (typed without echo, or piped in)
       media-uploader keys list                which providers have a key (never shows it)
       media-uploader keys delete <provider>   forget a saved key
       media-uploader keys test <provider> [--base-url URL] [--region ${REGION_CHOICES}]
                                               ask the provider whether the key works

Providers: ${PROVIDER_IDS.join(', ')}
A key set in ${PROVIDER_IDS.map((p) => PROVIDERS[p].keyEnvVar).join(', ')} wins over the keychain for that run.
${KEYCHAIN_SERVICE_ENV} names another keychain entry group (for tests and scripts).
`;

class UsageError extends Error {}

export async function runKeys(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action === '--help' || action === '-h' || action === 'help') {
    io.stdout.write(KEYS_USAGE);
    return 0;
  }
  const store = createKeychainStore({ service: keychainService(io.env) });
  try {
    switch (action) {
      case 'set':
        return await setKey(onlyProvider(rest, 'set'), store, io);
      case 'list':
        if (rest.length > 0) throw new UsageError('keys list takes no arguments.');
        return await listKeys(store, io);
      case 'delete':
        return await deleteKey(onlyProvider(rest, 'delete'), store, io);
      case 'test':
        return await testKey(rest, store, io);
      default:
        // What was typed is not repeated: it may be a key typed in the wrong place.
        throw new UsageError(action === undefined ? 'Say what to do with keys.' : 'That is not a keys command (set, list, delete or test).');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${KEYS_USAGE}`);
      return 2;
    }
    // Keychain and disk failures arrive as plain sentences without the key (secret-store.ts).
    io.stderr.write(`${forTerminal(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

function onlyProvider(rest: string[], action: string): ProviderId {
  const [provider, ...extra] = rest;
  if (provider === undefined) throw new UsageError(`Name the provider: media-uploader keys ${action} <${PROVIDER_IDS.join('|')}>.`);
  // Not repeated back: a key pasted where the provider's name goes would be printed otherwise.
  if (!isProviderId(provider)) throw new UsageError(`That is not a provider's name. Choose one of: ${PROVIDER_IDS.join(', ')}. (What was typed is not shown, in case it was a key.)`);
  if (extra.length > 0) {
    // Whatever came after the provider may be the key itself: never repeat it back.
    throw new UsageError(action === 'set'
      ? 'Do not put the key on the command line, where other users of this computer can see it. Run the command without it and paste the key when asked, or pipe it in.'
      : `keys ${action} takes only the provider's name.`);
  }
  return provider;
}

async function setKey(provider: ProviderId, store: SecretStore, io: CliIo): Promise<number> {
  const info = PROVIDERS[provider];
  const key = await readSecret(io, `Paste your ${info.name} API key (from ${info.keyPageUrl}) and press Enter: `);
  if (key === undefined) {
    io.stderr.write(`No key was given, so nothing was saved.\n`);
    return 1;
  }
  // The shortest and longest keys the window accepts too.
  if (key.length < KEY_LENGTH.min || key.length > KEY_LENGTH.max) {
    io.stderr.write(`That does not look like an API key for ${info.name} (it has ${key.length} characters). Copy the whole key from ${info.keyPageUrl} and try again. Nothing was saved.\n`);
    return 1;
  }
  const problem = keyCharacterProblem(key, info.name);
  if (problem !== undefined) {
    io.stderr.write(`${problem} Nothing was saved.\n`);
    return 1;
  }
  const where = await store.describe();
  await store.set(provider, key);
  io.stdout.write(`Saved the ${info.name} key in the ${where.backend}.\n`);
  if (!where.persistent) io.stderr.write(`${notPersistentWarning(provider)}\n`);
  if (environmentKey(provider, io.env) !== undefined) {
    io.stderr.write(`Note: ${info.keyEnvVar} is set in this environment, and wins over the saved key while it is.\n`);
  }
  return 0;
}

async function listKeys(store: SecretStore, io: CliIo): Promise<number> {
  const where = await store.describe();
  io.stdout.write(`Keys are kept in the ${where.backend}.\n`);
  let failure: string | undefined;
  for (const provider of PROVIDER_IDS) {
    const info = PROVIDERS[provider];
    let saved: string;
    try {
      saved = (await store.get(provider)) === undefined ? 'no key saved' : 'key saved';
    } catch (error) {
      failure ??= (error as Error).message;
      saved = 'could not be read';
    }
    const override = environmentKey(provider, io.env) === undefined ? '' : `; ${info.keyEnvVar} is set and is used instead`;
    io.stdout.write(`  ${info.name.padEnd(12)} ${saved}${override}\n`);
  }
  if (failure !== undefined) io.stderr.write(`${forTerminal(failure)}\n`);
  if (!where.persistent) io.stderr.write(`${notPersistentWarning()}\n`);
  return failure === undefined ? 0 : 1;
}

async function deleteKey(provider: ProviderId, store: SecretStore, io: CliIo): Promise<number> {
  const info = PROVIDERS[provider];
  const where = await store.describe();
  const had = (await store.get(provider)) !== undefined;
  await store.delete(provider);
  io.stdout.write(had ? `Deleted the ${info.name} key from the ${where.backend}.\n` : `There was no ${info.name} key saved in the ${where.backend}.\n`);
  if (environmentKey(provider, io.env) !== undefined) {
    io.stderr.write(`Note: ${info.keyEnvVar} is still set in this environment, so a key is still used for this run.\n`);
  }
  return 0;
}

async function testKey(rest: string[], store: SecretStore, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { 'base-url': { type: 'string' }, region: { type: 'string' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const provider = onlyProvider(parsed.positionals, 'test');
  const info = PROVIDERS[provider];
  const baseUrl = parsed.values['base-url'];
  const baseRefusal = baseUrl === undefined ? undefined : baseUrlProblem(baseUrl);
  if (baseRefusal !== undefined) throw new UsageError(baseRefusal);
  const region = parsed.values.region;
  const problem = regionProblem(region);
  if (problem !== undefined) throw new UsageError(problem);

  const fromEnvironment = environmentKey(provider, io.env);
  const key = fromEnvironment ?? (await store.get(provider));
  if (key === undefined) {
    io.stderr.write(`There is no ${info.name} API key yet. Save one with: media-uploader keys set ${provider}\n`);
    return 1;
  }
  const result = await checkKey(provider, key, { ...(baseUrl !== undefined && { baseUrl }), ...(region !== undefined && { region }) });
  const source = fromEnvironment === undefined ? 'the saved key' : `the key in ${info.keyEnvVar}`;
  // The sentence is built without the key (key-check.ts); cut it out anyway should that ever change.
  const message = result.message.split(key).join('[key]');
  (result.ok ? io.stdout : io.stderr).write(`${message} (Tested ${source}.)\n`);
  if (result.code === 'KEY_REJECTED') io.stderr.write(`To save a new key: media-uploader keys set ${provider}\n`);
  return result.ok ? 0 : 1;
}

function notPersistentWarning(provider?: ProviderId): string {
  const envHint = provider === undefined ? 'the provider’s environment variable' : PROVIDERS[provider].keyEnvVar;
  return `Warning: no keychain service (such as GNOME Keyring or KWallet) is running, so keys are kept in the kernel keyring, which forgets them when this computer restarts. Start or install a keyring to keep them, or set ${envHint} instead.`;
}
