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
import type { Translate } from '../../../shared/i18n/translator.ts';
import { cliWords, type CliWords } from '../cli-language.ts';
import { englishT } from '../../../shared/i18n/english.ts';

function keysUsage(words: CliWords): string {
  return words.t('keys.usage', {
    regions: REGION_CHOICES,
    providers: PROVIDER_IDS.join(', '),
    defaultName: DEFAULT_KEY_NAME,
    variables: PROVIDER_IDS.map((p) => PROVIDERS[p].keyEnvVar).join(', '),
    serviceVariable: KEYCHAIN_SERVICE_ENV,
  });
}

class UsageError extends Error {}

export async function runKeys(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const words = cliWords(io.env);
  const { t } = words;
  if (action === '--help' || action === '-h' || action === 'help') {
    io.stdout.write(keysUsage(words));
    return 0;
  }
  const store = createKeychainStore({ service: keychainService(io.env) });
  try {
    switch (action) {
      case 'set': {
        const { provider, name } = providerAndName(rest, 'set', t);
        return await setKey(provider, name, store, io, t);
      }
      case 'list':
        if (rest.length > 0) throw new UsageError(t('keys.listTakesNothing'));
        return await listKeys(store, io, t);
      case 'delete': {
        const { provider, name } = providerAndName(rest, 'delete', t);
        return await deleteKey(provider, name, store, io, t);
      }
      case 'default':
        return await defaultKey(rest, store, io, t);
      case 'rename':
        return await renameKey(rest, store, io, t);
      case 'test':
        return await testKey(rest, store, io, words);
      default:
        // What was typed is not repeated: it may be a key typed in the wrong place.
        throw new UsageError(t(action === undefined ? 'keys.sayWhat' : 'keys.notACommand'));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${keysUsage(words)}`);
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
function providerAndName(rest: string[], action: 'set' | 'delete', t: Translate): { provider: ProviderId; name?: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: 'string', short: 'n' } } });
  } catch {
    throw new UsageError(t('keys.providerAndName', { action }));
  }
  const provider = onlyProvider(parsed.positionals, action, t);
  return { provider, ...(parsed.values.name !== undefined && { name: checkedName(parsed.values.name) }) };
}

function onlyProvider(rest: string[], action: string, t: Translate): ProviderId {
  const [provider, ...extra] = rest;
  if (provider === undefined) throw new UsageError(t('keys.nameTheProvider', { action, providers: PROVIDER_IDS.join('|') }));
  // Not repeated back: a key pasted where the provider's name goes would be printed otherwise.
  if (!isProviderId(provider)) throw new UsageError(t('keys.notAProvider', { providers: PROVIDER_IDS.join(', ') }));
  if (extra.length > 0) {
    // Whatever came after the provider may be the key itself: never repeat it back.
    throw new UsageError(action === 'set' ? t('keys.notOnCommandLine') : t('keys.onlyProvider', { action }));
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

async function setKey(provider: ProviderId, name: string | undefined, store: SecretStore, io: CliIo, t: Translate): Promise<number> {
  const info = PROVIDERS[provider];
  const key = await readSecret(io, t('keys.paste', { provider: info.name, page: info.keyPageUrl }));
  if (key === undefined) {
    io.stderr.write(`${t('keys.noKeyGiven')}\n`);
    return 1;
  }
  // The shortest and longest keys the window accepts too.
  if (key.length < KEY_LENGTH.min || key.length > KEY_LENGTH.max) {
    io.stderr.write(`${t('keys.wrongLength', { provider: info.name, count: key.length, page: info.keyPageUrl })}\n`);
    return 1;
  }
  const problem = keyCharacterProblem(t, key, info.name);
  if (problem !== undefined) {
    io.stderr.write(`${t('keys.nothingSaved', { problem })}\n`);
    return 1;
  }
  const where = await store.describe();
  await store.set(provider, key, name);
  const after = await store.names(provider);
  const saved = name === undefined ? after.default : savedName(after, name);
  // A provider's only key goes without its name, as before keys had names.
  const unnamed = saved === undefined || (name === undefined && after.names.length === 1);
  io.stdout.write(`${unnamed ? t('keys.saved', { provider: info.name, backend: where.backend }) : t('keys.savedNamed', { provider: info.name, name: forTerminal(saved), backend: where.backend })}\n`);
  if (saved !== undefined && saved !== after.default) {
    io.stdout.write(`${t('keys.notTheDefault', { name: forTerminal(asArgument(saved)), id: provider })}\n`);
  }
  if (!where.persistent) io.stderr.write(`${notPersistentWarning(t, provider)}\n`);
  if (environmentKey(provider, io.env) !== undefined) io.stderr.write(`${t('keys.environmentWins', { variable: info.keyEnvVar })}\n`);
  return 0;
}

async function listKeys(store: SecretStore, io: CliIo, t: Translate): Promise<number> {
  const where = await store.describe();
  io.stdout.write(`${t('keyList.keptIn', { backend: where.backend })}\n`);
  const { text, failure } = await keyListText(await openKeyBook(store, io.env), io);
  io.stdout.write(text);
  if (failure !== undefined) io.stderr.write(`${forTerminal(failure)}\n`);
  if (!where.persistent) io.stderr.write(`${notPersistentWarning(t)}\n`);
  return failure === undefined ? 0 : 1;
}

async function deleteKey(provider: ProviderId, name: string | undefined, store: SecretStore, io: CliIo, t: Translate): Promise<number> {
  const info = PROVIDERS[provider];
  const where = await store.describe();
  const before = await store.names(provider);
  const gone = name === undefined ? before.default : savedName(before, name);
  if (gone === undefined) {
    // The name is not repeated: it is no saved key's, and may be anything.
    io.stdout.write(`${t(name === undefined ? 'keys.noneSaved' : 'keys.noneOfThatNameIn', { provider: info.name, backend: where.backend })}\n`);
    return 0;
  }
  await store.delete(provider, gone);
  const after = await store.names(provider);
  const unnamed = name === undefined && before.names.length === 1;
  io.stdout.write(`${unnamed ? t('keys.deleted', { provider: info.name, backend: where.backend }) : t('keys.deletedNamed', { provider: info.name, name: forTerminal(gone), backend: where.backend })}\n`);
  if (after.default !== undefined && after.default !== before.default) io.stdout.write(`${t('keys.newDefault', { provider: info.name, name: forTerminal(after.default) })}\n`);
  if (environmentKey(provider, io.env) !== undefined && after.default === undefined) io.stderr.write(`${t('keys.environmentStillSet', { variable: info.keyEnvVar })}\n`);
  return 0;
}

async function defaultKey(rest: string[], store: SecretStore, io: CliIo, t: Translate): Promise<number> {
  const [providerArg, name, ...extra] = rest;
  const provider = onlyProvider(providerArg === undefined ? [] : [providerArg], 'default', t);
  if (name === undefined || extra.length > 0) throw new UsageError(t('keys.nameTheKey', { id: provider }));
  const info = PROVIDERS[provider];
  const chosen = savedName(await store.names(provider), checkedName(name));
  if (chosen === undefined) {
    io.stderr.write(`${t('keys.noneOfThatName', { provider: info.name })}\n`);
    return 1;
  }
  await store.setDefault(provider, chosen);
  io.stdout.write(`${t('keys.isNowDefault', { name: forTerminal(chosen), provider: info.name })}\n`);
  if (environmentKey(provider, io.env) !== undefined) io.stderr.write(`${t('keys.environmentWins', { variable: info.keyEnvVar })}\n`);
  return 0;
}

async function renameKey(rest: string[], store: SecretStore, io: CliIo, t: Translate): Promise<number> {
  const [providerArg, from, to, ...extra] = rest;
  const provider = onlyProvider(providerArg === undefined ? [] : [providerArg], 'rename', t);
  if (from === undefined || to === undefined || extra.length > 0) throw new UsageError(t('keys.nameBoth', { id: provider }));
  const info = PROVIDERS[provider];
  const old = savedName(await store.names(provider), checkedName(from));
  const next = checkedName(to);
  if (old === undefined) {
    io.stderr.write(`${t('keys.noneOfThatName', { provider: info.name })}\n`);
    return 1;
  }
  await store.rename(provider, old, next);
  io.stdout.write(`${t('keys.renamed', { provider: info.name, from: forTerminal(old), to: forTerminal(next) })}\n`);
  return 0;
}

async function testKey(rest: string[], store: SecretStore, io: CliIo, words: CliWords): Promise<number> {
  const { t } = words;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { 'base-url': { type: 'string' }, region: { type: 'string' }, name: { type: 'string', short: 'n' } } });
  } catch {
    throw new UsageError(t('keys.testOptions'));
  }
  const provider = onlyProvider(parsed.positionals, 'test', t);
  const info = PROVIDERS[provider];
  const baseUrl = parsed.values['base-url'];
  const baseRefusal = baseUrl === undefined ? undefined : baseUrlProblem(baseUrl, words);
  if (baseRefusal !== undefined) throw new UsageError(baseRefusal);
  const region = parsed.values.region;
  const problem = regionProblem(region, words);
  if (problem !== undefined) throw new UsageError(problem);
  const name = parsed.values.name === undefined ? undefined : checkedName(parsed.values.name);

  const fromEnvironment = name === undefined ? environmentKey(provider, io.env) : undefined;
  const key = fromEnvironment ?? (await store.get(provider, name));
  if (key === undefined) {
    io.stderr.write(`${name === undefined ? t('keys.noKeyYet', { provider: info.name, id: provider }) : t('keys.noneOfThatName', { provider: info.name })}\n`);
    return 1;
  }
  const result = await checkKey(provider, key, { ...(baseUrl !== undefined && { baseUrl }), ...(region !== undefined && { region }) });
  const saved = name === undefined ? undefined : savedName(await store.names(provider), name);
  const source = fromEnvironment !== undefined ? t('keys.sourceEnvironment', { variable: info.keyEnvVar }) : saved === undefined ? t('keys.sourceSaved') : t('keys.sourceNamed', { name: forTerminal(saved) });
  // The sentence is built without the key (key-check.ts); cut it out anyway should that ever change.
  const message = result.message.split(key).join('[key]');
  (result.ok ? io.stdout : io.stderr).write(`${t('keys.tested', { message, source })}\n`);
  if (result.code === 'KEY_REJECTED') io.stderr.write(`${t('keys.saveNew', { command: `${provider}${saved === undefined ? '' : ` --name ${forTerminal(asArgument(saved))}`}` })}\n`);
  return result.ok ? 0 : 1;
}

function notPersistentWarning(t: Translate, provider?: ProviderId): string {
  return t('keys.notPersistent', { variable: provider === undefined ? t('keys.anyVariable') : PROVIDERS[provider].keyEnvVar });
}
