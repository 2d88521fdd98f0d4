// The history's file on disk: JSON lines, appended and fsynced, occasionally replaced whole.
//
// Why this shape: an append of one line is the smallest write that can be made durable, and
// a process killed mid-append can at worst leave one unfinished last line, which the reader
// skips. Removing and clearing replace the file atomically (write a temporary file, fsync,
// rename over, fsync the folder) so that what a person removed is really gone from the disk,
// not merely hidden behind a tombstone line.
//
// Two processes (the app and the CLI) may append at once: how their lines stay whole is in
// files/line-file.ts, which this file and the upload list's share.

import type { FileHandle } from 'node:fs/promises';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { readLines } from '../files/line-file.ts';
import { parseEntryLine } from './history-line.ts';

export const HISTORY_FILE_NAME = 'history.jsonl';

/** The entries from `offset` on; lines that are not entries (torn, damaged, oversized) are counted. */
export async function readEntries(handle: FileHandle, offset: number): Promise<{ entries: HistoryEntry[]; consumed: number; damaged: number }> {
  const entries: HistoryEntry[] = [];
  let damaged = 0;
  const { consumed, oversized } = await readLines(handle, offset, (line) => {
    if (line.trim() === '') return;
    const entry = parseEntryLine(line);
    if (entry === undefined) damaged += 1;
    else entries.push(entry);
  });
  return { entries, consumed, damaged: damaged + oversized };
}
