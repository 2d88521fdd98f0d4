// CSV (RFC 4180, safe to open in a spreadsheet) and JSON exports of the history.

import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toJson } from '../../electron/core/history-export.ts';
import { completeEntry } from '../../electron/core/history-line.ts';
import type { HistoryEntry } from '../../shared/history-types.ts';
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
  completeEntry(uploaded('plain.mp3'), 'id-1', '2026-03-01T09:00:00.000Z'),
  completeEntry(uploaded('comma, "quoted"\nand new line.mp4', { provider: 'heygen', assetId: 'a1', expiresAt: '2026-03-08T09:00:00.000Z' }), 'id-2', '2026-03-02T09:00:00.000Z'),
  completeEntry(failed('=HYPERLINK("http://evil.test","click").mp3'), 'id-3', '2026-03-03T09:00:00.000Z'),
  completeEntry(uploaded('+1.mp3', { path: '-rm.mp3', url: '@SUM(A1).test' }), 'id-4', '2026-03-04T09:00:00.000Z'),
];

describe('CSV export', () => {
  it('reads back, cell for cell, under a strict RFC 4180 reader', () => {
    const rows = parseCsv(toCsv(entries));
    expect(rows[0]).toEqual(['Date', 'File', 'Provider', 'Result', 'URL', 'Asset ID', 'Expires', 'Size (bytes)', 'Path', 'Error code', 'Error', 'From', 'ID']);
    expect(rows).toHaveLength(entries.length + 1);
    for (const row of rows) expect(row).toHaveLength(13);
    expect(rows[1]).toEqual(['2026-03-01T09:00:00.000Z', 'plain.mp3', 'AssemblyAI', 'uploaded', 'https://cdn.assemblyai.test/upload/plain.mp3', '', '', '1234', '/home/ana/Videos/plain.mp3', '', '', 'app', 'id-1']);
    expect(rows[2]?.[1]).toBe('comma, "quoted"\nand new line.mp4');
    expect(rows[2]?.slice(2, 7)).toEqual(['HeyGen', 'uploaded', 'https://cdn.assemblyai.test/upload/comma, "quoted"\nand new line.mp4', 'a1', '2026-03-08T09:00:00.000Z']);
    expect(rows[3]?.slice(3, 4)).toEqual(['failed']);
    expect(rows[3]?.[9]).toBe('KEY_REJECTED');
  });

  it('turns cells that a spreadsheet would run as formulas into text', () => {
    const rows = parseCsv(toCsv(entries));
    expect(rows[3]?.[1]).toBe(`'=HYPERLINK("http://evil.test","click").mp3`);
    expect(rows[4]?.[1]).toBe(`'+1.mp3`);
    expect(rows[4]?.[8]).toBe(`'-rm.mp3`);
    expect(rows[4]?.[4]).toBe(`'@SUM(A1).test`);
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

  it('has a header even with nothing to export', () => {
    expect(parseCsv(toCsv([]))).toHaveLength(1);
  });
});

describe('JSON export', () => {
  it('is an array of the entries as stored', () => {
    expect(JSON.parse(toJson(entries))).toEqual(entries);
    expect(JSON.parse(toJson([]))).toEqual([]);
  });
});
