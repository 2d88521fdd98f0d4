// The history, virtualised like the queue and grouped by day ("Today", "Yesterday", "3 Nov"),
// loading the next page as the end comes into view.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { askMain } from '../ask-main.ts';
import { dayWords } from '../date-words.ts';
import { loadMoreHistory } from '../store/history-loader.ts';
import type { LoadedHistory } from '../store/history-slice.ts';
import { HistoryRow } from './history-row.tsx';

// Two lines of text and the buttons, fixed so rows are never measured; a day's heading is smaller.
const ROW_HEIGHT = 64;
const DAY_HEIGHT = 34;
// Ask for the next page this many rows before the end, so scrolling rarely meets a gap.
const PREFETCH_ROWS = 40;

type Line = { readonly kind: 'day'; readonly day: string } | { readonly kind: 'entry'; readonly entry: HistoryEntry; readonly index: number };

/** Entries newest first, with a heading line where the day changes. */
function withDays(entries: readonly HistoryEntry[]): Line[] {
  const lines: Line[] = [];
  let last: string | undefined;
  entries.forEach((entry, index) => {
    const day = dayWords(entry.at);
    if (day !== last) lines.push({ kind: 'day', day });
    last = day;
    lines.push({ kind: 'entry', entry, index });
  });
  return lines;
}

export function HistoryList({ history }: { readonly history: LoadedHistory }) {
  const { entries, total } = history;
  const lines = useMemo(() => withDays(entries), [entries]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (lines[i]?.kind === 'day' ? DAY_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => {
      const line = lines[i];
      return line === undefined ? i : line.kind === 'day' ? `day:${line.day}` : line.entry.id;
    },
    overscan: 10,
  });
  useEffect(() => virtualizer.measure(), [lines, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  const lastLine = lines[rows[rows.length - 1]?.index ?? 0];
  const lastIndex = lastLine?.kind === 'entry' ? lastLine.index : 0;

  useEffect(() => {
    if (entries.length < total && lastIndex >= entries.length - PREFETCH_ROWS) {
      void askMain('More history could not be loaded.', loadMoreHistory);
    }
  }, [lastIndex, entries.length, total]);

  return (
    <div ref={scrollRef} className="history-scroll" tabIndex={-1}>
      <div role="list" aria-label="Upload history" className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const line = lines[row.index];
          if (line === undefined) return null;
          if (line.kind === 'day') {
            // A heading between rows, itself an item of the list (a list holds only items).
            return (
              <div key={row.key} className="history-day" role="listitem" aria-label={line.day} style={{ transform: `translateY(${row.start}px)`, height: row.size }}>
                <h3 className="history-day-title">{line.day}</h3>
              </div>
            );
          }
          return <HistoryRow key={row.key} entry={line.entry} index={line.index} setSize={total} top={row.start} height={row.size} />;
        })}
      </div>
    </div>
  );
}
