// The history as files a person takes elsewhere. The CSV is for people opening it in a
// spreadsheet: local dates a spreadsheet reads as dates, sizes in MB, the file's name and folder,
// where it went, its link and what went wrong, in words. The JSON is for programs: every entry
// complete, as stored (UTC times, bytes, paths, ids, codes).
//
// Only the window's "Save a copy" writes these; the CLI's `history` has no CSV of its own (its
// `--json` prints stored entries line by line), so nothing scripted reads this CSV's columns.

import path from 'node:path';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { formatBytes } from '../../../shared/format-units.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { englishT } from '../../../shared/i18n/english.ts';

export interface CsvOptions {
  /** Ids of failed attempts whose file was uploaded to the same provider afterwards (HistoryPage.uploadedLater). */
  readonly uploadedLater?: ReadonlySet<string>;
}

interface Column {
  readonly title: string;
  readonly value: (entry: HistoryEntry) => string;
}

/** RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break. */
export function toCsv(entries: readonly HistoryEntry[], options: CsvOptions = {}): string {
  const later = options.uploadedLater ?? new Set<string>();
  const columns: readonly Column[] = [
    { title: 'Date', value: (e) => localTime(e.at) },
    { title: 'File', value: (e) => e.name },
    { title: 'Folder', value: (e) => path.dirname(e.path) },
    { title: 'Provider', value: (e) => PROVIDERS[e.provider].name },
    // The key's name, never the key (and not its id, which is for programs: the JSON has it).
    { title: 'Key', value: (e) => e.keyName ?? '' },
    { title: 'Status', value: (e) => statusWords(e, later.has(e.id)) },
    { title: 'Link', value: (e) => e.url ?? '' },
    { title: 'Asset ID', value: (e) => e.assetId ?? '' },
    { title: 'Link expires', value: (e) => (e.expiresAt === undefined ? '' : localTime(e.expiresAt)) },
    { title: 'Size', value: (e) => formatBytes(englishT(), e.size) },
    { title: 'What went wrong', value: (e) => (e.ok ? '' : e.errorMessage ?? 'The upload did not finish.') },
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

function statusWords(entry: HistoryEntry, uploadedLater: boolean): string {
  if (entry.removedAt !== undefined) return `Deleted from ${PROVIDERS[entry.provider].name}`;
  if (entry.ok) return 'Uploaded';
  return uploadedLater ? 'Failed, uploaded later' : 'Failed';
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
