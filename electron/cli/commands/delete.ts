// `media-uploader delete <history id or asset id> --provider P`: deletes an upload from the
// provider (memories.ai, HeyGen) and marks its history entry removed. On a terminal it asks
// first; a script says --yes. Where the provider offers no way to delete, it says so plainly.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { deletionNotOffered, isProviderId, PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { dataDir } from '../../core/files/data-dir.ts';
import { HISTORY_FILE_NAME } from '../../core/history/history-file.ts';
import { HistoryStore } from '../../core/history/history-store.ts';
import { deleteUpload } from '../../core/sending/remote-delete.ts';
import { createKeychainStore, keychainService } from '../../core/keys/secret-store.ts';
import { usedKeyOfEntry } from '../../../shared/history-types.ts';
import { openKeyBook } from '../cli-key-book.ts';
import { baseUrlProblem } from '../base-url-option.ts';
import type { CliIo } from '../cli-io.ts';
import { REGION_CHOICES, regionProblem } from '../region-option.ts';
import { forTerminal } from '../terminal-text.ts';
import { cliWords, type CliWords } from '../cli-language.ts';

function deleteUsage(words: CliWords): string {
  return words.t('delete.usage', { providers: PROVIDER_IDS.join('|'), regions: REGION_CHOICES });
}

class UsageError extends Error {}

interface DeleteOptions {
  readonly target: string;
  readonly provider: ProviderId;
  readonly yes: boolean;
  readonly baseUrl?: string;
  readonly region?: string;
}

function parseDeleteArgs(args: string[], words: CliWords): DeleteOptions {
  const { t } = words;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { provider: { type: 'string', short: 'p' }, yes: { type: 'boolean', short: 'y' }, 'base-url': { type: 'string' }, region: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(t('delete.nameOne'));
  if (values.provider === undefined) throw new UsageError(t('delete.sayWhere', { providers: PROVIDER_IDS.join(', ') }));
  // Not repeated back, in case a key was typed there.
  if (!isProviderId(values.provider)) throw new UsageError(t('delete.providerUnknown', { providers: PROVIDER_IDS.join(', ') }));
  const base = values['base-url'];
  const baseRefusal = base === undefined ? undefined : baseUrlProblem(base, words);
  if (baseRefusal !== undefined) throw new UsageError(baseRefusal);
  const regionRefusal = regionProblem(values.region, words);
  if (regionRefusal !== undefined) throw new UsageError(regionRefusal);
  return {
    target: positionals[0] ?? '', provider: values.provider, yes: values.yes === true,
    ...(base !== undefined && { baseUrl: base }), ...(values.region !== undefined && { region: values.region }),
  };
}

export async function runDelete(args: string[], io: CliIo): Promise<number> {
  const words = cliWords(io.env);
  const { t } = words;
  let options: DeleteOptions;
  try {
    options = parseDeleteArgs(args, words);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${deleteUsage(words)}`);
    return 2;
  }
  const info = PROVIDERS[options.provider];
  const notOffered = deletionNotOffered(words.t, info);
  if (notOffered !== undefined) {
    io.stderr.write(`${notOffered}\n`);
    return 1;
  }

  const history = await openHistory(io);
  try {
    const entry = history === undefined ? undefined : findUpload(history.all(), options);
    if (entry !== undefined && entry.provider !== options.provider) {
      io.stderr.write(`${t('delete.otherProvider', { entryProvider: PROVIDERS[entry.provider].name, provider: info.name, id: entry.provider })}\n`);
      return 2;
    }
    if (entry?.removedAt !== undefined) {
      io.stdout.write(`${t('delete.alreadyDeleted', { name: forTerminal(entry.name), provider: info.name, day: forTerminal(words.day(entry.removedAt)) })}\n`);
      return 0;
    }
    const assetId = entry === undefined ? options.target : entry.assetId;
    if (assetId === undefined) {
      io.stderr.write(`${t('delete.noAssetId', { name: forTerminal(entry?.name ?? options.target), provider: info.name })}\n`);
      return 1;
    }
    const what = entry === undefined ? t('delete.withAssetId', { id: assetId }) : t('delete.namedWithAssetId', { name: entry.name, id: assetId });
    if (!(await confirmed(io, options.yes, t('delete.confirm', { what: forTerminal(what), provider: info.name }), yesAnswers(words)))) {
      io.stderr.write(`${t(io.stdin.isTTY === true ? 'delete.nothingDeleted' : 'delete.nothingDeletedNoTerminal')}\n`);
      return 1;
    }
    // The key that made the upload, found by its id, whatever it is called now; an asset ID the
    // history does not know, or an entry from before keys had names, takes the default key.
    const keyBook = await openKeyBook(createKeychainStore({ service: keychainService(io.env) }), io.env);
    const chosen = await keyBook.forEarlierUpload(options.provider, entry === undefined ? undefined : usedKeyOfEntry(entry), entry?.name);
    await deleteUpload({
      provider: options.provider, assetId, key: chosen?.key,
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }), ...(options.region !== undefined && { region: options.region }),
    });
    if (entry !== undefined) await history?.amend(entry.id, { removedAt: new Date().toISOString() });
    io.stdout.write(`${t('delete.deleted', { what: forTerminal(what), provider: info.name })}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    io.stderr.write(`${forTerminal(error.message)}\n`);
    if (error.code === 'KEY_MISSING' || error.code === 'KEY_REJECTED') io.stderr.write(`${t('delete.keyHint', { id: options.provider, variable: info.keyEnvVar })}\n`);
    if (error.code === 'KEY_REMOVED') io.stderr.write(`${t('delete.removedKeyHint', { id: options.provider })}\n`);
    return 1;
  } finally {
    await history?.close();
  }
}

/** The whole history, where there is one: the upload may be recorded there. */
async function openHistory(io: CliIo): Promise<HistoryStore | undefined> {
  const dir = dataDir(io.env);
  if (!existsSync(path.join(dir, HISTORY_FILE_NAME))) return undefined;
  try {
    return await HistoryStore.open(dir);
  } catch (error) {
    io.stderr.write(`${cliWords(io.env).t('delete.historyNotOpened', { message: forTerminal((error as Error).message) })}\n`);
    return undefined;
  }
}

/** The entry `target` names: a history id, or the newest successful upload of that asset to the provider. */
function findUpload(entries: readonly HistoryEntry[], options: DeleteOptions): HistoryEntry | undefined {
  return entries.find((e) => e.id === options.target) ?? entries.find((e) => e.ok && e.provider === options.provider && e.assetId === options.target);
}

/** The answers that mean yes: "y" and "yes" in every language, and the language's own. */
function yesAnswers(words: CliWords): ReadonlySet<string> {
  const own = words.t('delete.yesAnswers').split(',').map((answer) => answer.trim().toLocaleLowerCase(words.language));
  return new Set(['y', 'yes', ...own.filter((answer) => answer !== '')]);
}

async function confirmed(io: CliIo, yes: boolean, question: string, answers: ReadonlySet<string>): Promise<boolean> {
  if (yes) return true;
  if (io.stdin.isTTY !== true) return false;
  const prompt = createInterface({ input: io.stdin, output: io.stderr });
  try {
    return answers.has((await prompt.question(question)).trim().toLocaleLowerCase());
  } finally {
    prompt.close();
  }
}
