// The queue as a virtualised list: only the rows on screen exist in the page, so ten thousand
// files scroll as smoothly as ten.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { NARROW_WINDOW, ROW_HEIGHT, rowHeight } from '../queue-words.ts';
import { useMediaQuery } from './use-media-query.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import type { QueueData } from '../store/queue-patch.ts';
import { selectHasKey } from '../store/queue-selectors.ts';
import { useFocusRequestedRow } from './focus-new-row.ts';
import { QueueRow } from './queue-row.tsx';
import { FileGroupRow } from './file-group-row.tsx';
import { DETAILS_HEIGHT, groupHeight } from '../group-heights.ts';

// Row heights come from the items (queue-words.ts rowHeight: two lines, or more with a message),
// so the list never measures a row in the page.
// A screen's worth of rows either side keeps fast scrolling from showing blanks.
const OVERSCAN = 10;

const NO_GROUPS: ReadonlyMap<string, readonly string[]> = new Map();

/** `groups`: the rows that are a file sent to several services, with the items each shows (file-rows.ts). */
export function QueueList({ ids, groups = NO_GROUPS }: { readonly ids: readonly string[]; readonly groups?: ReadonlyMap<string, readonly string[]> | undefined }) {
  const { t } = useTranslation('queue');
  const expandedIds = useAppStore((s) => s.expandedIds);
  const filter = useAppStore((s) => s.queueFilter);
  const queue = useAppStore((s) => s.queue);
  const keys = useAppStore((s) => s.keys);
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useMediaQuery(NARROW_WINDOW);
  const heights = useRowHeights(ids, groups, queue, keys, expandedIds, narrow);
  // Read when the virtualizer lays rows out, which is only after `ids` or a height changed.
  const heightsNow = useRef(heights);
  heightsNow.current = heights;
  // The virtualizer lays out all rows again whenever getItemKey is a new function: it must be
  // one per order of ids, not one per render (a render per scrolled frame).
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  const estimateSize = useCallback((index: number) => heightsNow.current[index] ?? ROW_HEIGHT, []);

  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
  });

  // A row gains or loses its message line as its state or its provider's key changes. Only then
  // is the list measured again: re-measuring 10,000 rows for every progress patch dropped frames.
  const measuredHeights = useRef(heights);
  useEffect(() => {
    if (sameNumbers(measuredHeights.current, heights)) return;
    measuredHeights.current = heights;
    virtualizer.measure();
  }, [heights, virtualizer]);

  const scrollToRow = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  const listElement = useCallback(() => scrollRef.current, []);
  useFocusRequestedRow(ids, scrollToRow, listElement);

  const previousExpanded = useRef(expandedIds);
  useEffect(() => {
    // Details opened on the last visible row would sit below the fold: bring the row into view.
    const opened = Object.keys(expandedIds).find((id) => !previousExpanded.current[id]);
    previousExpanded.current = expandedIds;
    if (opened !== undefined) virtualizer.scrollToIndex(ids.indexOf(opened), { align: 'auto' });
    // Only a change of the open set matters here, not every queue change.
  }, [expandedIds, virtualizer]);

  // New files are kept in view: after a drop the list shows the first of them, not the top. A
  // big drop's rows come in slices (electron/core/queue-checks.ts), all with the drop's addedAt:
  // only its first slice moves the list, or the view would jump to each next slice.
  const previousLength = useRef(ids.length);
  // The add whose first row was last brought into view: at first, the one the list ends with
  // (the list appears with a drop's first slice, which must not count as a new add later).
  const shownAdd = useRef(queue?.queueById.get(ids.at(-1) ?? '')?.addedAt);
  useEffect(() => {
    const from = previousLength.current;
    previousLength.current = ids.length;
    if (ids.length <= from) return;
    const addedAt = queue?.queueById.get(ids[from] ?? '')?.addedAt;
    const sameAdd = addedAt !== undefined && addedAt === shownAdd.current;
    shownAdd.current = addedAt;
    if (from > 0 && !sameAdd) virtualizer.scrollToIndex(from, { align: 'start' });
    // Only a change of length matters here; the rows are read as they are then.
  }, [ids.length, virtualizer]);

  // Another filter shows other rows: from their first (a list scrolled far down would otherwise
  // open in the middle of them, or past their end: "Show them" must show the first).
  const previousFilter = useRef(filter);
  useEffect(() => {
    if (previousFilter.current !== filter) virtualizer.scrollToOffset(0);
    previousFilter.current = filter;
  }, [filter, virtualizer]);

  return (
    <div ref={scrollRef} className="queue-scroll" tabIndex={-1}>
      <div role="list" aria-label={t('empty.listName')} className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const id = ids[row.index];
          if (id === undefined) return null;
          const shown = groups.get(id);
          if (shown !== undefined) return <FileGroupRow key={id} id={id} shown={shown} index={row.index} setSize={ids.length} top={row.start} height={row.size} />;
          return <QueueRow key={id} id={id} index={row.index} setSize={ids.length} top={row.start} height={row.size} />;
        })}
      </div>
    </div>
  );
}

/**
 * Each row's height, in list order. A height is worked out once per item object (a patch
 * replaces the objects of the items it changes) and again when the keys or the open details
 * change, so a progress patch costs a lookup per row, not a rowHeight() per row.
 */
function useRowHeights(ids: readonly string[], groups: ReadonlyMap<string, readonly string[]>, queue: QueueData | undefined, keys: AppState['keys'], expandedIds: AppState['expandedIds'], narrow: boolean): readonly number[] {
  const cache = useMemo(() => new WeakMap<QueueItem, number>(), [keys, expandedIds, narrow]);
  const groupCache = useMemo(() => new WeakMap<QueueItem, { items: readonly QueueItem[]; height: number }>(), [keys, expandedIds, narrow]);
  return useMemo(() => {
    const state = { keys };
    const needsKey = (item: QueueItem) => item.status === 'idle' && !isBlocked(item) && !selectHasKey(state, item.provider);
    return ids.map((id) => {
      const item = queue?.queueById.get(id);
      if (item === undefined) return ROW_HEIGHT;
      // A file sent to several services: its head and a line per service shown, worked out again
      // only when one of its items is a new object.
      const shown = groups.get(id);
      if (shown !== undefined) {
        const items = shown.map((member) => queue?.queueById.get(member)).filter((member) => member !== undefined);
        const known = groupCache.get(item);
        if (known !== undefined && sameItems(known.items, items)) return known.height;
        const grouped = groupHeight(items, needsKey, narrow, (member) => expandedIds[member.id] === true);
        groupCache.set(item, { items, height: grouped });
        return grouped;
      }
      let height = cache.get(item);
      if (height === undefined) {
        height = rowHeight(item, needsKey(item), narrow) + (expandedIds[id] === true ? DETAILS_HEIGHT : 0);
        cache.set(item, height);
      }
      return height;
    });
    // `queue` is a new object for every patch, though its map is changed in place (queue-patch.ts).
  }, [ids, groups, queue, cache, groupCache, keys, expandedIds, narrow]);
}

function sameItems(a: readonly QueueItem[], b: readonly QueueItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
