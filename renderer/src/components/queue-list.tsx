// The queue as a virtualised list: only the rows on screen exist in the page, so ten thousand
// files scroll as smoothly as ten.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { QueueRow } from './queue-row.tsx';

// Three lines of text (name, type and size, message) with breathing room; fixed so the list
// never has to measure a row.
export const ROW_HEIGHT = 84;
// The open "Details" panel: the sentence, the provider's words and the code.
const DETAILS_HEIGHT = 120;
// A screen's worth of rows either side keeps fast scrolling from showing blanks.
const OVERSCAN = 10;

export function QueueList({ ids }: { readonly ids: readonly string[] }) {
  const expandedIds = useAppStore((s) => s.expandedIds);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ROW_HEIGHT + (expandedIds[ids[index] ?? ''] ? DETAILS_HEIGHT : 0),
    getItemKey: (index) => ids[index] ?? index,
    overscan: OVERSCAN,
  });

  const previousExpanded = useRef(expandedIds);
  useEffect(() => {
    virtualizer.measure();
    // Details opened on the last visible row would sit below the fold: bring the row into view.
    const opened = Object.keys(expandedIds).find((id) => !previousExpanded.current[id]);
    previousExpanded.current = expandedIds;
    if (opened !== undefined) virtualizer.scrollToIndex(ids.indexOf(opened), { align: 'auto' });
    // Only a change of the open set matters here, not every queue change.
  }, [expandedIds, virtualizer]);

  return (
    <div ref={scrollRef} className="queue-scroll" tabIndex={-1}>
      <div role="list" aria-label="Upload queue" className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const id = ids[row.index];
          if (id === undefined) return null;
          return <QueueRow key={id} id={id} index={row.index} setSize={ids.length} top={row.start} height={row.size} />;
        })}
      </div>
    </div>
  );
}
