// The queue as a virtualised list: only the rows on screen exist in the page, so ten thousand
// files scroll as smoothly as ten.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { isBlocked } from '../../../shared/queue-types.ts';
import { rowHeight } from '../queue-words.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';
import { QueueRow } from './queue-row.tsx';

// Row heights come from the items (queue-words.ts rowHeight: two lines, or more with a message),
// so the list never measures a row in the page.
// The open "Technical details" panel: the sentence, the provider's words, the code, Copy for support.
const DETAILS_HEIGHT = 120;
// A screen's worth of rows either side keeps fast scrolling from showing blanks.
const OVERSCAN = 10;

export function QueueList({ ids }: { readonly ids: readonly string[] }) {
  const expandedIds = useAppStore((s) => s.expandedIds);
  const queue = useAppStore((s) => s.queue);
  const keys = useAppStore((s) => s.keys);
  const scrollRef = useRef<HTMLDivElement>(null);

  const heightOf = (id: string | undefined): number => {
    const state = useAppStore.getState();
    const item = id === undefined ? undefined : state.queue?.queueById.get(id);
    const needsKey = item?.status === 'idle' && !isBlocked(item) && !selectHasKey(state, item.provider);
    return rowHeight(item, needsKey) + (expandedIds[id ?? ''] ? DETAILS_HEIGHT : 0);
  };
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => heightOf(ids[index]),
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

  // A row gains or loses its message line as its state or its provider's key changes.
  useEffect(() => virtualizer.measure(), [queue, keys, virtualizer]);

  // New files are kept in view: after a drop the list shows the first of them, not the top.
  const previousLength = useRef(ids.length);
  useEffect(() => {
    if (ids.length > previousLength.current && previousLength.current > 0) virtualizer.scrollToIndex(previousLength.current, { align: 'start' });
    previousLength.current = ids.length;
  }, [ids.length, virtualizer]);

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
