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
import { forTerminal } from '../terminal-text.ts';
import { englishT } from '../../../shared/i18n/english.ts';

export const HISTORY_USAGE = `Usage: media-uploader history [--search TEXT] [--limit N] [--json]

  --search   only uploads whose file name, provider, key name, link, asset ID or path contain every word
  --limit    show at most N uploads (default: all)
  --json     one JSON object per upload per line, newest first, nothing else
             (keyName and keyId: the key that made it, where recorded; never the key)

The history is kept in the app's data folder; ${DATA_DIR_ENV} points to another one.
`;

// Wide enough for most file names while a row still fits a 120-column terminal with a link.
const NAME_WIDTH = 32;

export async function runHistory(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { search: { type: 'string', short: 's' }, limit: { type: 'string', short: 'n' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${HISTORY_USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help === true) {
    io.stdout.write(HISTORY_USAGE);
    return 0;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    io.stderr.write(`--limit must be a whole number of 1 or more, not "${values.limit}".\n\n${HISTORY_USAGE}`);
    return 2;
  }

  const dir = dataDir(io.env);
  // Reading the history should not create a data folder where nothing was ever uploaded.
  if (!existsSync(path.join(dir, HISTORY_FILE_NAME))) {
    if (values.json !== true) io.stdout.write(`No uploads yet (looked in ${dir}).\n`);
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
      io.stdout.write(table(page.entries));
      io.stdout.write(summary(page.entries.length, page.total, store.size, values.search));
    }
    if (store.damagedLines > 0) {
      io.stderr.write(`Note: ${store.damagedLines} damaged line(s) in ${store.file} were skipped (an interrupted write or a disk problem).\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

function table(entries: readonly HistoryEntry[]): string {
  if (entries.length === 0) return '';
  // Entries hold names and messages from outside, and a damaged or edited file any text in its
  // dates (shown as they are when they are no date): escaped before they are measured and cut.
  // "HeyGen — Work": the key that made it, where the entry records one.
  const where = (entry: HistoryEntry): string => (entry.keyName === undefined ? PROVIDERS[entry.provider].name : forTerminal(keyLabel(englishT(), PROVIDERS[entry.provider].name, entry.keyName)));
  const rows = entries.map((entry) => [forTerminal(localTime(entry.at)), where(entry), fit(forTerminal(entry.name), NAME_WIDTH), forTerminal(outcome(entry))]);
  const header = ['When', 'Provider', 'File', 'Result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: string[]): string => `${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] as number))).join('  ')}\n`;
  return line(header) + rows.map(line).join('');
}

function outcome(entry: HistoryEntry): string {
  if (!entry.ok) return `failed: ${entry.errorMessage ?? entry.errorCode ?? 'unknown error'}`;
  const parts = [entry.url, entry.assetId === undefined ? undefined : `asset ${entry.assetId}`].filter((part) => part !== undefined);
  const expiry = entry.expiresAt === undefined ? '' : ` (expires ${localTime(entry.expiresAt)})`;
  if (entry.removedAt !== undefined) return `${parts.join('  ') || 'uploaded'} (deleted from ${PROVIDERS[entry.provider].name} ${localTime(entry.removedAt)})`;
  return `${parts.join('  ') || 'uploaded'}${expiry}`;
}

function summary(shown: number, matching: number, all: number, search: string | undefined): string {
  const uploads = (n: number): string => `${n} upload${n === 1 ? '' : 's'}`;
  if (search !== undefined && search.trim() !== '') {
    return `${uploads(matching)} of ${all} match "${search}"${shown < matching ? `, ${shown} shown` : ''}.\n`;
  }
  return `${uploads(all)}${shown < all ? `, ${shown} newest shown` : ''}.\n`;
}

function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
