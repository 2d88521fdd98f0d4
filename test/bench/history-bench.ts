// The history with 100,000 entries: opening it (what the app and every CLI run do first),
// searching it as a person types, and exporting all of it as CSV and JSON. The entries are
// written through the store's own line format (history-line.ts), so the file is exactly what
// years of uploads would leave.

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROVIDER_IDS } from '../../shared/providers.ts';
import { HISTORY_FILE_NAME } from '../../electron/core/history/history-file.ts';
import { toCsv, toJson } from '../../electron/core/history/history-export.ts';
import { completeEntry, entryLine } from '../../electron/core/history/history-line.ts';
import { HistoryStore } from '../../electron/core/history/history-store.ts';
import type { BenchSetup } from './bench-setup.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { median, milliseconds } from './bench-stats.ts';

// Targets, from how long a person waits without losing the thread: 1 s for opening and for an
// export (Nielsen's limit for an uninterrupted flow), 100 ms for a search as you type (feels instant).
const OPEN_MS = 1000;
const SEARCH_MS = 100;
const EXPORT_MS = 1000;
// The window's history page size.
const PAGE = 100;
const WORDS = ['interview', 'podcast', 'holiday', 'lecture', 'trailer', 'meeting', 'birthday', 'concert'];

export async function historyBench(setup: BenchSetup, options: { entries: number; rounds: number }): Promise<ResultRow[]> {
  const dir = join(setup.dir, 'history');
  await mkdir(dir, { recursive: true });
  progress(`history: writing ${options.entries.toLocaleString('en')} entries`);
  await writeFile(join(dir, HISTORY_FILE_NAME), generateLines(options.entries));

  const opens: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const t = performance.now();
    const store = await HistoryStore.open(dir);
    opens.push(performance.now() - t);
    if (store.size !== options.entries) throw new Error(`The history opened with ${store.size} entries, not ${options.entries}.`);
    await store.close();
  }

  progress('history: searching and exporting');
  const store = await HistoryStore.open(dir);
  try {
    // A word one entry in eight holds, a rare one (one entry), a provider, two words, and nothing found.
    const queries = ['interview', 'song-077777', 'heygen', 'lecture heygen', 'no-such-file'];
    const searchTimes = queries.map((q) => {
      const times: number[] = [];
      let total = 0;
      for (let round = 0; round < options.rounds * 3; round++) {
        const t = performance.now();
        total = store.search(q, { offset: 0, limit: PAGE }).total;
        times.push(performance.now() - t);
      }
      return { q, ms: median(times), total };
    });
    const slowest = searchTimes.reduce((a, b) => (b.ms > a.ms ? b : a));

    const out = join(setup.dir, 'history-export');
    await mkdir(out, { recursive: true });
    const exportTime = async (format: 'csv' | 'json'): Promise<{ ms: number; bytes: number }> => {
      const times: number[] = [];
      let bytes = 0;
      for (let round = 0; round < options.rounds; round++) {
        const t = performance.now();
        const text = format === 'csv' ? toCsv(store.all()) : toJson(store.all());
        await writeFile(join(out, `history.${format}`), text);
        times.push(performance.now() - t);
        bytes = Buffer.byteLength(text);
      }
      return { ms: median(times), bytes };
    };
    const csv = await exportTime('csv');
    const json = await exportTime('json');
    await rm(out, { recursive: true, force: true });

    const n = options.entries.toLocaleString('en');
    return [
      row(`History: open ${n} entries`, OPEN_MS, median(opens), `${milliseconds(median(opens))} (${options.rounds} rounds)`),
      row(
        `History: search ${n} (page of ${PAGE})`,
        SEARCH_MS,
        slowest.ms,
        `slowest query "${slowest.q}" ${milliseconds(slowest.ms)}; ${searchTimes.map((s) => `"${s.q}" ${milliseconds(s.ms)} (${s.total} found)`).join(', ')}`,
      ),
      row(`History: export ${n} as CSV`, EXPORT_MS, csv.ms, `${milliseconds(csv.ms)}, ${(csv.bytes / 1e6).toFixed(0)} MB written`),
      row(`History: export ${n} as JSON`, EXPORT_MS, json.ms, `${milliseconds(json.ms)}, ${(json.bytes / 1e6).toFixed(0)} MB written`),
    ];
  } finally {
    await store.close();
  }
}

function row(measure: string, limitMs: number, ms: number, result: string): ResultRow {
  return { measure, target: `≤ ${milliseconds(limitMs)}`, result, ratio: (ms / limitMs).toFixed(2), pass: ms <= limitMs };
}

/** Entries a few years of use would leave: mostly successes, some failures, every provider. */
export function generateLines(count: number): string {
  const start = Date.parse('2023-01-01T00:00:00Z');
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const provider = PROVIDER_IDS[i % PROVIDER_IDS.length] ?? 'assemblyai';
    const word = WORDS[i % WORDS.length] ?? 'clip';
    const name = i % 3 === 0 ? `${word}-${String(i).padStart(6, '0')}.mp4` : `song-${String(i).padStart(6, '0')}.mp3`;
    const ok = i % 17 !== 0;
    const entry = completeEntry(
      {
        name,
        path: `/home/someone/Media/${word}/${name}`,
        size: 1_000_000 + ((i * 7919) % 900_000_000),
        provider,
        ok,
        source: i % 5 === 0 ? 'cli' : 'app',
        ...(ok && provider !== 'memories' && { url: `https://cdn.example.invalid/${provider}/${i.toString(36)}` }),
        ...(ok && (provider === 'memories' || provider === 'heygen') && { assetId: `re_${i.toString(36)}` }),
        ...(!ok && { errorCode: 'NETWORK' as const, errorMessage: 'The connection to the provider was lost. Check your internet connection and try again.' }),
      },
      `entry-${i}`,
      new Date(start + i * 60_000).toISOString(),
    );
    lines.push(entryLine(entry));
  }
  return lines.join('');
}
