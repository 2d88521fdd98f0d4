// CSV (for people: RFC 4180, safe to open in a spreadsheet) and JSON (for programs: complete) exports of the history.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv, toJson } from '../../../electron/core/history/history-export.ts';
import { completeEntry } from '../../../electron/core/history/history-line.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { failed, uploaded } from './history-test-entries.ts';

/** A strict RFC 4180 reader, to prove the export reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else if (char === '\n' || char === '\r') throw new Error(`bare line break at ${i}`);
    else cell += char;
  }
  if (quoted || cell !== '' || row.length > 0) throw new Error('the last record is not ended by CRLF');
  return rows;
}

const entries: HistoryEntry[] = [
  completeEntry(uploaded('plain.mp3', { size: 12_400_000 }), 'id-1', '2026-03-01T09:00:00.000Z'),
  completeEntry(uploaded('comma, "quoted"\nand new line.mp4', { provider: 'heygen', assetId: 'a1', expiresAt: '2026-03-08T09:00:00.000Z', keyName: 'Work', keyId: '0a1b2c3d' }), 'id-2', '2026-03-02T09:00:00.000Z'),
  completeEntry(failed('=HYPERLINK("http://evil.test","click").mp3'), 'id-3', '2026-03-03T09:00:00.000Z'),
  completeEntry(uploaded('+1.mp3', { path: '-rm/+1.mp3', url: '@SUM(A1).test' }), 'id-4', '2026-03-04T09:00:00.000Z'),
];

// The CSV's dates are on the person's clock: here Berlin's, an hour ahead of UTC in March and
// two in July, so a date written in UTC would show.
let savedZone: string | undefined;
beforeAll(() => {
  savedZone = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe('CSV export, for people', () => {
  it('has the columns a person needs: local dates, name and folder, status in words, sizes in MB', () => {
    const rows = parseCsv(toCsv(entries));
    expect(rows[0]).toEqual(['Date', 'File', 'Folder', 'Provider', 'Key', 'Status', 'Link', 'Asset ID', 'Link expires', 'Size', 'What went wrong']);
    expect(rows).toHaveLength(entries.length + 1);
    for (const row of rows) expect(row).toHaveLength(11);
    expect(rows[1]).toEqual(['2026-03-01 10:00', 'plain.mp3', '/home/ana/Videos', 'AssemblyAI', '', 'Uploaded', 'https://cdn.assemblyai.test/upload/plain.mp3', '', '', '12.4 MB', '']);
    expect(rows[2]?.[1]).toBe('comma, "quoted"\nand new line.mp4');
    // The key's name, never its id (for programs, in the JSON) nor any of the key.
    expect(rows[2]?.slice(3, 10)).toEqual(['HeyGen', 'Work', 'Uploaded', 'https://cdn.assemblyai.test/upload/comma, "quoted"\nand new line.mp4', 'a1', '2026-03-08 10:00', '1.2 KB']);
    expect(rows[3]?.slice(5, 6)).toEqual(['Failed']);
    expect(rows[3]?.[10]).toBe('HeyGen rejected the API key. Open Settings and paste a new one.');
    // Nothing for machines: no UTC times, byte counts, error codes, entry ids or where it came from.
    const text = rows.flat().join('\n');
    for (const machine of ['T09:00', 'Z', '12400000', 'KEY_REJECTED', 'id-1', '0a1b2c3d']) expect(text).not.toContain(machine);
    expect(rows.flat()).not.toContain('cli');
  });

  it('writes summer dates on summer time', () => {
    const summer = completeEntry(uploaded('july.mp3'), 'id-5', '2026-07-01T22:30:00.000Z');
    expect(parseCsv(toCsv([summer]))[1]?.[0]).toBe('2026-07-02 00:30');
  });

  it('says when a failed file was uploaded later, and when an upload was deleted from the provider', () => {
    const deleted = completeEntry(uploaded('gone.mp4', { provider: 'memories', assetId: 'v1', removedAt: '2026-03-05T09:00:00.000Z' }), 'id-6', '2026-03-04T09:00:00.000Z');
    const rows = parseCsv(toCsv([...entries, deleted], { uploadedLater: new Set(['id-3']) }));
    expect(rows[3]?.[5]).toBe('Failed, uploaded later');
    expect(rows[5]?.[5]).toBe('Deleted from memories.ai');
  });

  it('turns cells that a spreadsheet would run as formulas into text', () => {
    const rows = parseCsv(toCsv(entries));
    expect(rows[3]?.[1]).toBe(`'=HYPERLINK("http://evil.test","click").mp3`);
    expect(rows[4]?.[1]).toBe(`'+1.mp3`);
    expect(rows[4]?.[2]).toBe(`'-rm`);
    expect(rows[4]?.[6]).toBe(`'@SUM(A1).test`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('quotes only what needs quoting', () => {
    expect(csvCell('simple')).toBe('simple');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('=1+1')).toBe(`'=1+1`);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('\tTAB')).toBe(`'\tTAB`);
  });

  it('is in the person\'s language: titles, statuses and sizes, with dates still year first', () => {
    const deleted = completeEntry(uploaded('gone.mp4', { provider: 'memories', assetId: 'v1', removedAt: '2026-03-05T09:00:00.000Z' }), 'id-6', '2026-03-04T09:00:00.000Z');
    const rows = parseCsv(toCsv([...entries, deleted], { uploadedLater: new Set(['id-3']), language: 'de' }));
    expect(rows[0]).toEqual(['Datum', 'Datei', 'Ordner', 'Anbieter', 'Schlüssel', 'Status', 'Link', 'Asset-ID', 'Link läuft ab', 'Größe', 'Was schiefging']);
    expect(rows[1]?.[0]).toBe('2026-03-01 10:00');
    expect(rows[1]?.[5]).toBe('Hochgeladen');
    expect(rows[1]?.[9]).toBe('12,4 MB');
    expect(rows[3]?.[5]).toBe('Fehlgeschlagen, später hochgeladen');
    expect(rows[5]?.[5]).toBe('Bei memories.ai gelöscht');
    expect(parseCsv(toCsv(entries, { language: 'fr' }))[1]?.[9]).toBe('12,4\u202fMo');
    expect(parseCsv(toCsv([], { language: 'ja' }))[0]?.[0]).toBe('日時');
  });

  it('has a header even with nothing to export', () => {
    expect(parseCsv(toCsv([]))).toHaveLength(1);
  });
});

describe('JSON export', () => {
  it('is an array of the entries as stored, every field kept', () => {
    expect(JSON.parse(toJson(entries))).toEqual(entries);
    expect(JSON.parse(toJson([]))).toEqual([]);
    // For programs: the same field names whatever the person's language (toJson takes none).
    expect(Object.keys(JSON.parse(toJson(entries))[0] as object)).toEqual(Object.keys(entries[0] as object));
  });
});
