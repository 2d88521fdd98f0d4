// The history as files a person takes elsewhere: CSV for spreadsheets (RFC 4180), JSON for
// programs.

import type { HistoryEntry } from '../../shared/history-types.ts';
import { PROVIDERS } from '../../shared/providers.ts';

const COLUMNS: readonly { readonly title: string; readonly value: (entry: HistoryEntry) => string }[] = [
  { title: 'Date', value: (e) => e.at },
  { title: 'File', value: (e) => e.name },
  { title: 'Provider', value: (e) => PROVIDERS[e.provider].name },
  { title: 'Result', value: (e) => (e.ok ? 'uploaded' : 'failed') },
  { title: 'URL', value: (e) => e.url ?? '' },
  { title: 'Asset ID', value: (e) => e.assetId ?? '' },
  { title: 'Expires', value: (e) => e.expiresAt ?? '' },
  { title: 'Size (bytes)', value: (e) => String(e.size) },
  { title: 'Path', value: (e) => e.path },
  { title: 'Error code', value: (e) => e.errorCode ?? '' },
  { title: 'Error', value: (e) => e.errorMessage ?? '' },
  { title: 'From', value: (e) => e.source },
  { title: 'ID', value: (e) => e.id },
];

/** RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break. */
export function toCsv(entries: readonly HistoryEntry[]): string {
  const rows = [COLUMNS.map((column) => csvCell(column.title))];
  for (const entry of entries) rows.push(COLUMNS.map((column) => csvCell(column.value(entry))));
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
