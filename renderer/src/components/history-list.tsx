// The history, virtualised like the queue and grouped by day ("Today", "Yesterday", "3 Nov"),
// loading the next page as the end comes into view.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { useTranslation } from 'react-i18next';
import { askMain } from '../ask-main.ts';
import { dayWords } from '../date-words.ts';
import { loadMoreHistory } from '../store/history-loader.ts';
import type { LoadedHistory } from '../store/history-slice.ts';
import { HistoryRow } from './history-row.tsx';

// Two lines of text and the buttons, fixed so rows are never measured; a day's heading is smaller.
const ROW_HEIGHT = 64;
// In a narrow list the name has a line of its own above the facts and the outcome: three lines.
const NARROW_ROW_HEIGHT = 84;
const DAY_HEIGHT = 34;
// Below this width of the list (a window of about 900 px) a row's name, time and link no longer
// fit beside its outcome and buttons, so the row takes three lines (styles: history.css).
const NARROW_BELOW_PX = 860;
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

/** Whether the element is narrower than NARROW_BELOW_PX, followed as the window is resized. */
function useNarrow(ref: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const check = (): void => setNarrow(element.clientWidth < NARROW_BELOW_PX);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}

export function HistoryList({ history }: { readonly history: LoadedHistory }) {
  const { entries, total, uploadedLater } = history;
  const { t, i18n } = useTranslation();
  // Day headings are words of the window's language: made again when it changes.
  const lines = useMemo(() => withDays(entries), [entries, i18n.language]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useNarrow(scrollRef);
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (lines[i]?.kind === 'day' ? DAY_HEIGHT : rowHeight),
    getItemKey: (i) => {
      const line = lines[i];
      return line === undefined ? i : line.kind === 'day' ? `day:${line.day}` : line.entry.id;
    },
    overscan: 10,
  });
  useEffect(() => virtualizer.measure(), [lines, rowHeight, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  const lastLine = lines[rows[rows.length - 1]?.index ?? 0];
  const lastIndex = lastLine?.kind === 'entry' ? lastLine.index : 0;

  useEffect(() => {
    if (entries.length < total && lastIndex >= entries.length - PREFETCH_ROWS) {
      void askMain(t('history:moreFailed'), loadMoreHistory);
    }
  }, [lastIndex, entries.length, total]);

  return (
    <div ref={scrollRef} className="history-scroll" tabIndex={-1} data-layout={narrow ? 'narrow' : 'wide'}>
      <div role="list" aria-label={t('history:list')} className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const line = lines[row.index];
          if (line === undefined) return null;
          if (line.kind === 'day') {
            // A heading between rows, itself an item of the list (a list holds only items).
            return (
              <div key={row.key} className="history-day" role="listitem" aria-label={line.day} style={{ transform: `translateY(${row.start}px)`, height: row.size }}>
                <h2 className="history-day-title">{line.day}</h2>
              </div>
            );
          }
          return (
            <HistoryRow key={row.key} entry={line.entry} uploadedLater={uploadedLater.has(line.entry.id)} index={line.index} setSize={total}
              top={row.start} height={row.size} />
          );
        })}
      </div>
    </div>
  );
}
