// `media-uploader keys set|list|default|rename|delete|test`: API keys in the system keychain,
// several per provider under names ("Work", "Personal"), one of them the default. A key is only
// ever read from standard input (a command line is visible to every user of the computer) and
// is never printed, not even in part; names and ids are not secret.

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
import { createKeychainStore, environmentKey, keychainService, KEYCHAIN_SERVICE_ENV, type KeyNames, type SecretStore } from '../../core/keys/secret-store.ts';
import { DEFAULT_KEY_NAME, keyNameProblem, sameKeyName } from '../../../shared/key-names.ts';
import { openKeyBook } from '../cli-key-book.ts';
import { keyListText } from '../keys-list.ts';
import { englishT } from '../../../shared/i18n/english.ts';

export const KEYS_USAGE = `Usage: media-uploader keys set <provider> [--name NAME]    save a key (typed without echo, or piped in); with
                                                         a name, another key, or the one of that name replaced
       media-uploader keys list                          each provider's keys: names, ids, the default (never a key)
       media-uploader keys default <provider> <name>     use that key when an upload names none (--key)
       media-uploader keys rename <provider> <name> <new name>
       media-uploader keys delete <provider> [--name NAME]
                                                         forget a saved key (the default one without --name)
       media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region ${REGION_CHOICES}]
                                                         ask the provider whether the key works

Providers: ${PROVIDER_IDS.join(', ')}
A provider's first key is named ${DEFAULT_KEY_NAME} unless you name it; \`upload --key NAME\` uses another.
A key set in ${PROVIDER_IDS.map((p) => PROVIDERS[p].keyEnvVar).join(', ')} wins over the default key for that run.
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
      case 'set': {
        const { provider, name } = providerAndName(rest, 'set');
        return await setKey(provider, name, store, io);
      }
      case 'list':
        if (rest.length > 0) throw new UsageError('keys list takes no arguments.');
        return await listKeys(store, io);
      case 'delete': {
        const { provider, name } = providerAndName(rest, 'delete');
        return await deleteKey(provider, name, store, io);
      }
      case 'default':
        return await defaultKey(rest, store, io);
      case 'rename':
        return await renameKey(rest, store, io);
      case 'test':
        return await testKey(rest, store, io);
      default:
        // What was typed is not repeated: it may be a key typed in the wrong place.
        throw new UsageError(action === undefined ? 'Say what to do with keys.' : 'That is not a keys command (set, list, default, rename, delete or test).');
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

/**
 * The provider and --name of `keys set|delete`. Nothing typed is repeated back in a refusal: a
 * key pasted where the provider's name or an option goes would be printed otherwise.
 */
function providerAndName(rest: string[], action: 'set' | 'delete'): { provider: ProviderId; name?: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: 'string', short: 'n' } } });
  } catch {
    throw new UsageError(`keys ${action} takes the provider's name and --name NAME only.`);
  }
  const provider = onlyProvider(parsed.positionals, action);
  return { provider, ...(parsed.values.name !== undefined && { name: checkedName(parsed.values.name) }) };
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

/** A key's name as given, if it can be one (shared/key-names.ts); refused without repeating it. */
function checkedName(name: string): string {
  const problem = keyNameProblem(englishT(), name);
  if (problem !== undefined) throw new UsageError(problem);
  return name.trim();
}

/** The saved key's name as it was saved ("Work" for "work"), or undefined when no key has it. */
function savedName(names: KeyNames, name: string): string | undefined {
  return names.names.find((saved) => sameKeyName(saved, name));
}

/** A name as a command line takes it: quoted when it holds anything a shell would split or read. */
function asArgument(name: string): string {
  return /^[\w.-]+$/.test(name) ? name : `'${name.replaceAll("'", `'\\''`)}'`;
}

async function setKey(provider: ProviderId, name: string | undefined, store: SecretStore, io: CliIo): Promise<number> {
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
  const problem = keyCharacterProblem(englishT(), key, info.name);
  if (problem !== undefined) {
    io.stderr.write(`${problem} Nothing was saved.\n`);
    return 1;
  }
  const where = await store.describe();
  await store.set(provider, key, name);
  const after = await store.names(provider);
  const saved = name === undefined ? after.default : savedName(after, name);
  // A provider's only key goes without its name, as before keys had names.
  const called = saved === undefined || (name === undefined && after.names.length === 1) ? '' : ` “${forTerminal(saved)}”`;
  io.stdout.write(`Saved the ${info.name} key${called} in the ${where.backend}.\n`);
  if (saved !== undefined && saved !== after.default) {
    io.stdout.write(`It is not the default key: upload with --key ${forTerminal(asArgument(saved))}, or make it the default with: media-uploader keys default ${provider} ${forTerminal(asArgument(saved))}\n`);
  }
  if (!where.persistent) io.stderr.write(`${notPersistentWarning(provider)}\n`);
  if (environmentKey(provider, io.env) !== undefined) {
    io.stderr.write(`Note: ${info.keyEnvVar} is set in this environment, and wins over the default key while it is.\n`);
  }
  return 0;
}

async function listKeys(store: SecretStore, io: CliIo): Promise<number> {
  const where = await store.describe();
  io.stdout.write(`Keys are kept in the ${where.backend}.\n`);
  const { text, failure } = await keyListText(await openKeyBook(store, io.env), io);
  io.stdout.write(text);
  if (failure !== undefined) io.stderr.write(`${forTerminal(failure)}\n`);
  if (!where.persistent) io.stderr.write(`${notPersistentWarning()}\n`);
  return failure === undefined ? 0 : 1;
}

async function deleteKey(provider: ProviderId, name: string | undefined, store: SecretStore, io: CliIo): Promise<number> {
  const info = PROVIDERS[provider];
  const where = await store.describe();
  const before = await store.names(provider);
  const gone = name === undefined ? before.default : savedName(before, name);
  if (gone === undefined) {
    // The name is not repeated: it is no saved key's, and may be anything.
    io.stdout.write(name === undefined ? `There was no ${info.name} key saved in the ${where.backend}.\n` : `There is no ${info.name} key of that name in the ${where.backend}. 'media-uploader keys list' shows the saved keys.\n`);
    return 0;
  }
  await store.delete(provider, gone);
  const after = await store.names(provider);
  const called = name === undefined && before.names.length === 1 ? '' : ` “${forTerminal(gone)}”`;
  io.stdout.write(`Deleted the ${info.name} key${called} from the ${where.backend}.\n`);
  if (after.default !== undefined && after.default !== before.default) io.stdout.write(`The default ${info.name} key is now “${forTerminal(after.default)}”.\n`);
  if (environmentKey(provider, io.env) !== undefined && after.default === undefined) {
    io.stderr.write(`Note: ${info.keyEnvVar} is still set in this environment, so a key is still used for this run.\n`);
  }
  return 0;
}

async function defaultKey(rest: string[], store: SecretStore, io: CliIo): Promise<number> {
  const [providerArg, name, ...extra] = rest;
  const provider = onlyProvider(providerArg === undefined ? [] : [providerArg], 'default');
  if (name === undefined || extra.length > 0) throw new UsageError(`Name the key: media-uploader keys default ${provider} <name> ('media-uploader keys list' shows the names).`);
  const info = PROVIDERS[provider];
  const chosen = savedName(await store.names(provider), checkedName(name));
  if (chosen === undefined) {
    io.stderr.write(`There is no ${info.name} key of that name. 'media-uploader keys list' shows the saved keys.\n`);
    return 1;
  }
  await store.setDefault(provider, chosen);
  io.stdout.write(`“${forTerminal(chosen)}” is now the default ${info.name} key: uploads that name no key (--key) use it.\n`);
  if (environmentKey(provider, io.env) !== undefined) io.stderr.write(`Note: ${info.keyEnvVar} is set in this environment, and wins over the default key while it is.\n`);
  return 0;
}

async function renameKey(rest: string[], store: SecretStore, io: CliIo): Promise<number> {
  const [providerArg, from, to, ...extra] = rest;
  const provider = onlyProvider(providerArg === undefined ? [] : [providerArg], 'rename');
  if (from === undefined || to === undefined || extra.length > 0) throw new UsageError(`Name the key and its new name: media-uploader keys rename ${provider} <name> <new name>.`);
  const info = PROVIDERS[provider];
  const old = savedName(await store.names(provider), checkedName(from));
  const next = checkedName(to);
  if (old === undefined) {
    io.stderr.write(`There is no ${info.name} key of that name. 'media-uploader keys list' shows the saved keys.\n`);
    return 1;
  }
  await store.rename(provider, old, next);
  io.stdout.write(`Renamed the ${info.name} key “${forTerminal(old)}” to “${forTerminal(next)}”. Uploads made with it are still found by its id.\n`);
  return 0;
}

async function testKey(rest: string[], store: SecretStore, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { 'base-url': { type: 'string' }, region: { type: 'string' }, name: { type: 'string', short: 'n' } } });
  } catch {
    throw new UsageError("keys test takes the provider's name, and --name, --base-url and --region only.");
  }
  const provider = onlyProvider(parsed.positionals, 'test');
  const info = PROVIDERS[provider];
  const baseUrl = parsed.values['base-url'];
  const baseRefusal = baseUrl === undefined ? undefined : baseUrlProblem(baseUrl);
  if (baseRefusal !== undefined) throw new UsageError(baseRefusal);
  const region = parsed.values.region;
  const problem = regionProblem(region);
  if (problem !== undefined) throw new UsageError(problem);
  const name = parsed.values.name === undefined ? undefined : checkedName(parsed.values.name);

  const fromEnvironment = name === undefined ? environmentKey(provider, io.env) : undefined;
  const key = fromEnvironment ?? (await store.get(provider, name));
  if (key === undefined) {
    io.stderr.write(name === undefined
      ? `There is no ${info.name} API key yet. Save one with: media-uploader keys set ${provider}\n`
      : `There is no ${info.name} key of that name. 'media-uploader keys list' shows the saved keys.\n`);
    return 1;
  }
  const result = await checkKey(provider, key, { ...(baseUrl !== undefined && { baseUrl }), ...(region !== undefined && { region }) });
  const saved = name === undefined ? undefined : savedName(await store.names(provider), name);
  const source = fromEnvironment !== undefined ? `the key in ${info.keyEnvVar}` : saved === undefined ? 'the saved key' : `the saved key “${forTerminal(saved)}”`;
  // The sentence is built without the key (key-check.ts); cut it out anyway should that ever change.
  const message = result.message.split(key).join('[key]');
  (result.ok ? io.stdout : io.stderr).write(`${message} (Tested ${source}.)\n`);
  if (result.code === 'KEY_REJECTED') io.stderr.write(`To save a new key: media-uploader keys set ${provider}${saved === undefined ? '' : ` --name ${forTerminal(asArgument(saved))}`}\n`);
  return result.ok ? 0 : 1;
}

function notPersistentWarning(provider?: ProviderId): string {
  const envHint = provider === undefined ? 'the provider’s environment variable' : PROVIDERS[provider].keyEnvVar;
  return `Warning: no keychain service (such as GNOME Keyring or KWallet) is running, so keys are kept in the kernel keyring, which forgets them when this computer restarts. Start or install a keyring to keep them, or set ${envHint} instead.`;
}
