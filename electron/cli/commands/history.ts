// `media-uploader history [--search TEXT] [--json]`: every upload the app and the CLI made,
// newest first, from the shared data folder (MEDIA_UPLOADER_DATA_DIR points elsewhere).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { keyLabel } from '../../../shared/key-names.ts';
import type { CliIo } from '../cli-io.ts';
import { dataDir, DATA_DIR_ENV } from '../../core/files/data-dir.ts';
import { HISTORY_FILE_NAME } from '../../core/history/history-file.ts';
import { HistoryStore } from '../../core/history/history-store.ts';
import { columns, fitColumns, forTerminal, padColumns } from '../terminal-text.ts';
import { cliWords, type CliWords } from '../cli-language.ts';

function historyUsage(words: CliWords): string {
  return words.t('history.usage', { variable: DATA_DIR_ENV });
}

// Wide enough for most file names while a row still fits a 120-column terminal with a link.
const NAME_WIDTH = 32;

export async function runHistory(args: string[], io: CliIo): Promise<number> {
  const words = cliWords(io.env);
  const { t } = words;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { search: { type: 'string', short: 's' }, limit: { type: 'string', short: 'n' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${historyUsage(words)}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help === true) {
    io.stdout.write(historyUsage(words));
    return 0;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    io.stderr.write(`${t('history.limit', { value: values.limit })}\n\n${historyUsage(words)}`);
    return 2;
  }

  const dir = dataDir(io.env);
  // Reading the history should not create a data folder where nothing was ever uploaded.
  if (!existsSync(path.join(dir, HISTORY_FILE_NAME))) {
    if (values.json !== true) io.stdout.write(`${t('history.nothingYet', { dir })}\n`);
    return 0;
  }
  let store: HistoryStore;
  try {
    store = await HistoryStore.open(dir);
  } catch (error) {
    io.stderr.write(`${forTerminal((error as Error).message)}\n`);
    return 1;
  }
  try {
    const page = store.search(values.search, limit === undefined ? {} : { limit });
    if (values.json === true) {
      for (const entry of page.entries) io.stdout.write(`${JSON.stringify(entry)}\n`);
    } else {
      io.stdout.write(table(page.entries, words));
      io.stdout.write(summary(page.entries.length, page.total, store.size, values.search, words));
    }
    if (store.damagedLines > 0) {
      io.stderr.write(`${t('history.damaged', { count: store.damagedLines, file: store.file })}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

function table(entries: readonly HistoryEntry[], words: CliWords): string {
  if (entries.length === 0) return '';
  // Entries hold names and messages from outside, and a damaged or edited file any text in its
  // dates (shown as they are when they are no date): escaped before they are measured and cut.
  // "HeyGen — Work": the key that made it, where the entry records one.
  const where = (entry: HistoryEntry): string => (entry.keyName === undefined ? PROVIDERS[entry.provider].name : forTerminal(keyLabel(words.t, PROVIDERS[entry.provider].name, entry.keyName)));
  const rows = entries.map((entry) => [forTerminal(words.dateTime(entry.at)), where(entry), fitColumns(forTerminal(entry.name), NAME_WIDTH), forTerminal(outcome(entry, words))]);
  const header = [words.t('history.when'), words.t('history.provider'), words.t('history.file'), words.t('history.result')];
  const widths = header.map((title, column) => Math.max(columns(title), ...rows.map((row) => columns(row[column] as string))));
  const line = (cells: string[]): string => `${cells.map((cell, column) => (column === cells.length - 1 ? cell : padColumns(cell, widths[column] as number))).join('  ')}\n`;
  return line(header) + rows.map(line).join('');
}

function outcome(entry: HistoryEntry, words: CliWords): string {
  const { t } = words;
  if (!entry.ok) return t('history.failed', { message: entry.errorMessage ?? entry.errorCode ?? t('history.unknownError') });
  const parts = [entry.url, entry.assetId === undefined ? undefined : t('report.asset', { id: entry.assetId })].filter((part) => part !== undefined);
  const result = parts.join('  ') || t('history.uploaded');
  if (entry.removedAt !== undefined) return `${result} (${t('history.deletedFrom', { provider: PROVIDERS[entry.provider].name, time: words.dateTime(entry.removedAt) })})`;
  return entry.expiresAt === undefined ? result : `${result} (${t('history.expires', { time: words.dateTime(entry.expiresAt) })})`;
}

function summary(shown: number, matching: number, all: number, search: string | undefined, words: CliWords): string {
  const { t } = words;
  if (search !== undefined && search.trim() !== '') {
    const values = { uploads: t('history.uploads', { count: matching }), all: words.count(all), search, shown: words.count(shown) };
    return `${t(shown < matching ? 'history.matchingShown' : 'history.matching', values)}\n`;
  }
  const values = { uploads: t('history.uploads', { count: all }), shown: words.count(shown) };
  return `${t(shown < all ? 'history.allShown' : 'history.all', values)}\n`;
}

