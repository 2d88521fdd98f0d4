// The history, virtualised like the queue, loading the next page as the end comes into view.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { askMain } from '../ask-main.ts';
import { loadMoreHistory } from '../store/history-loader.ts';
import type { LoadedHistory } from '../store/history-slice.ts';
import { HistoryRow } from './history-row.tsx';

// Two lines of text and the buttons, fixed so rows are never measured.
const ROW_HEIGHT = 68;
// Ask for the next page this many rows before the end, so scrolling rarely meets a gap.
const PREFETCH_ROWS = 40;

export function HistoryList({ history }: { readonly history: LoadedHistory }) {
  const { entries, total } = history;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => entries[index]?.id ?? index,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows[rows.length - 1]?.index ?? 0;

  useEffect(() => {
    if (entries.length < total && lastIndex >= entries.length - PREFETCH_ROWS) {
      void askMain('More history could not be loaded.', loadMoreHistory);
    }
  }, [lastIndex, entries.length, total]);

  return (
    <div ref={scrollRef} className="history-scroll" tabIndex={-1}>
      <div role="list" aria-label="Upload history" className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const entry = entries[row.index];
          if (entry === undefined) return null;
          return <HistoryRow key={entry.id} entry={entry} index={row.index} setSize={total} top={row.start} height={row.size} />;
        })}
      </div>
    </div>
  );
}
