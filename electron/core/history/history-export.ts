// The history as files a person takes elsewhere. The CSV is for people opening it in a
// spreadsheet: local dates a spreadsheet reads as dates, sizes in MB, the file's name and folder,
// where it went, its link and what went wrong, in words. The JSON is for programs: every entry
// complete, as stored (UTC times, bytes, paths, ids, codes).
//
// Only the window's "Save a copy" writes these; the CLI's `history` has no CSV of its own (its
// `--json` prints stored entries line by line), so nothing scripted reads this CSV's columns.
// Being for people, the CSV is in the person's language (issue 26): its column titles, statuses
// and sizes (the history namespace's `csv` words). Its dates stay year first, the one form every
// spreadsheet reads as a date whatever its language. The JSON's field names never change.

import path from 'node:path';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { formatBytes } from '../../../shared/format-units.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { createTranslator, type Translate } from '../../../shared/i18n/translator.ts';

export interface CsvOptions {
  /** Ids of failed attempts whose file was uploaded to the same provider afterwards (HistoryPage.uploadedLater). */
  readonly uploadedLater?: ReadonlySet<string>;
  /** The language of the titles, statuses and sizes; English when absent. */
  readonly language?: Language;
}

interface Column {
  readonly title: string;
  readonly value: (entry: HistoryEntry) => string;
}

/** RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break. */
export function toCsv(entries: readonly HistoryEntry[], options: CsvOptions = {}): string {
  const later = options.uploadedLater ?? new Set<string>();
  const language = options.language ?? 'en';
  const t = createTranslator(language).getFixedT(language, 'history');
  const status = statusWords(t);
  // Sizes as the language writes them (shared/format-units.ts): "12,4 Mo" in French.
  const size = (bytes: number): string => formatBytes(t, bytes);
  const notFinished = t('csv.notFinished');
  const columns: readonly Column[] = [
    { title: t('csv.date'), value: (e) => localTime(e.at) },
    { title: t('csv.file'), value: (e) => e.name },
    { title: t('csv.folder'), value: (e) => path.dirname(e.path) },
    { title: t('csv.provider'), value: (e) => PROVIDERS[e.provider].name },
    // The key's name, never the key (and not its id, which is for programs: the JSON has it).
    { title: t('csv.key'), value: (e) => e.keyName ?? '' },
    { title: t('csv.status'), value: (e) => status(e, later.has(e.id)) },
    { title: t('csv.link'), value: (e) => e.url ?? '' },
    { title: t('csv.assetId'), value: (e) => e.assetId ?? '' },
    { title: t('csv.linkExpires'), value: (e) => (e.expiresAt === undefined ? '' : localTime(e.expiresAt)) },
    { title: t('csv.size'), value: (e) => size(e.size) },
    { title: t('csv.whatWentWrong'), value: (e) => (e.ok ? '' : e.errorMessage ?? notFinished) },
  ];
  const rows = [columns.map((column) => csvCell(column.title))];
  for (const entry of entries) rows.push(columns.map((column) => csvCell(column.value(entry))));
  return rows.map((row) => `${row.join(',')}\r\n`).join('');
}

/** A JSON array of the entries as stored, readable by a person too. */
export function toJson(entries: readonly HistoryEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

export function csvCell(text: string): string {
  // A file name like "=HYPERLINK(…)" would run as a formula when the CSV is opened in a
  // spreadsheet; a leading apostrophe makes it plain text (OWASP's advice, tab and CR included).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Each row's status in words, looked up once per export rather than once per row (a history may hold 100,000 rows). */
function statusWords(t: Translate): (entry: HistoryEntry, uploadedLater: boolean) => string {
  const uploaded = t('csv.uploaded');
  const failed = t('csv.failed');
  const failedThenUploaded = t('csv.uploadedLater');
  const deleted = new Map<ProviderId, string>();
  return (entry, uploadedLater) => {
    if (entry.removedAt !== undefined) {
      const words = deleted.get(entry.provider) ?? t('csv.deletedFrom', { provider: PROVIDERS[entry.provider].name });
      deleted.set(entry.provider, words);
      return words;
    }
    if (entry.ok) return uploaded;
    return uploadedLater ? failedThenUploaded : failed;
  };
}


/**
 * "2026-03-01 10:00" on the person's clock (the system's time zone, process.env.TZ where set):
 * year first, so it means the same in every country, and the form Excel, LibreOffice Calc,
 * Numbers and Google Sheets all read as a date and time (with a "T" or a "Z", some read text).
 * Date's own local fields, not Intl: a hundred thousand rows in a few milliseconds.
 */
function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
