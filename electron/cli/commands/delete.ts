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
import { englishT } from '../../../shared/i18n/english.ts';

export const DELETE_USAGE = `Usage: media-uploader delete <history id or asset id> --provider ${PROVIDER_IDS.join('|')}
         [--yes] [--base-url URL] [--region ${REGION_CHOICES}]

  Deletes an upload from the provider for good, and marks its history entry removed.
  The id is a history entry's id (media-uploader history --json) or the asset ID the
  provider gave. memories.ai and HeyGen can delete uploads; AssemblyAI and WaveSpeedAI
  cannot (they delete uploads themselves after a few days).

  --provider   where the upload is (required)
  --yes        delete without asking (needed when there is no terminal to ask on)
`;

class UsageError extends Error {}

interface DeleteOptions {
  readonly target: string;
  readonly provider: ProviderId;
  readonly yes: boolean;
  readonly baseUrl?: string;
  readonly region?: string;
}

function parseDeleteArgs(args: string[]): DeleteOptions {
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
  if (positionals.length !== 1) throw new UsageError('Name one upload: its history id or its asset ID.');
  if (values.provider === undefined) throw new UsageError(`Say where the upload is with --provider (${PROVIDER_IDS.join(', ')}).`);
  // Not repeated back, in case a key was typed there.
  if (!isProviderId(values.provider)) throw new UsageError(`--provider must name one of: ${PROVIDER_IDS.join(', ')}.`);
  const base = values['base-url'];
  const baseRefusal = base === undefined ? undefined : baseUrlProblem(base);
  if (baseRefusal !== undefined) throw new UsageError(baseRefusal);
  const regionRefusal = regionProblem(values.region);
  if (regionRefusal !== undefined) throw new UsageError(regionRefusal);
  return {
    target: positionals[0] ?? '', provider: values.provider, yes: values.yes === true,
    ...(base !== undefined && { baseUrl: base }), ...(values.region !== undefined && { region: values.region }),
  };
}

export async function runDelete(args: string[], io: CliIo): Promise<number> {
  let options: DeleteOptions;
  try {
    options = parseDeleteArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${DELETE_USAGE}`);
    return 2;
  }
  const info = PROVIDERS[options.provider];
  const notOffered = deletionNotOffered(englishT(), info);
  if (notOffered !== undefined) {
    io.stderr.write(`${notOffered}\n`);
    return 1;
  }

  const history = await openHistory(io);
  try {
    const entry = history === undefined ? undefined : findUpload(history.all(), options);
    if (entry !== undefined && entry.provider !== options.provider) {
      io.stderr.write(`That history entry is an upload to ${PROVIDERS[entry.provider].name}, not ${info.name}. Run it again with --provider ${entry.provider}.\n`);
      return 2;
    }
    if (entry?.removedAt !== undefined) {
      io.stdout.write(`${forTerminal(entry.name)} was already deleted from ${info.name} on ${forTerminal(entry.removedAt.slice(0, 10))}.\n`);
      return 0;
    }
    const assetId = entry === undefined ? options.target : entry.assetId;
    if (assetId === undefined) {
      io.stderr.write(`${forTerminal(entry?.name ?? options.target)} has no ${info.name} asset ID to delete: it did not finish uploading.\n`);
      return 1;
    }
    const what = entry === undefined ? `the upload with asset ID ${assetId}` : `${entry.name} (asset ID ${assetId})`;
    if (!(await confirmed(io, options.yes, `Delete ${forTerminal(what)} from ${info.name}? It cannot be undone. [y/N] `))) {
      io.stderr.write(io.stdin.isTTY === true ? 'Nothing was deleted.\n' : 'Nothing was deleted: there is no terminal to ask on. Add --yes to delete without asking.\n');
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
    io.stdout.write(`Deleted ${forTerminal(what)} from ${info.name}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    io.stderr.write(`${forTerminal(error.message)}\n`);
    if (error.code === 'KEY_MISSING' || error.code === 'KEY_REJECTED') io.stderr.write(`Here: run 'media-uploader keys set ${options.provider}', or set ${info.keyEnvVar}.\n`);
    if (error.code === 'KEY_REMOVED') io.stderr.write(`Here: 'media-uploader keys list' shows the saved keys; 'media-uploader keys set ${options.provider} --name NAME' adds that key again.\n`);
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
    io.stderr.write(`The upload history could not be opened, so it will not say the upload was deleted: ${forTerminal((error as Error).message)}\n`);
    return undefined;
  }
}

/** The entry `target` names: a history id, or the newest successful upload of that asset to the provider. */
function findUpload(entries: readonly HistoryEntry[], options: DeleteOptions): HistoryEntry | undefined {
  return entries.find((e) => e.id === options.target) ?? entries.find((e) => e.ok && e.provider === options.provider && e.assetId === options.target);
}

async function confirmed(io: CliIo, yes: boolean, question: string): Promise<boolean> {
  if (yes) return true;
  if (io.stdin.isTTY !== true) return false;
  const prompt = createInterface({ input: io.stdin, output: io.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}
