import type { StateCreator } from 'zustand';
import type { ProviderId } from '../../../shared/providers.ts';

export type Tab = 'queue' | 'history' | 'settings';

/** Which rows the queue shows: all, or one group of states (queue-selectors.ts filterOf). */
export type QueueFilter = 'all' | 'not-sent' | 'active' | 'done' | 'attention';

export interface Notice {
  readonly id: number;
  /** Info closes itself after a few seconds; warnings and errors stay until dismissed. */
  readonly tone: 'info' | 'warning' | 'error';
  readonly title: string;
  readonly lines: readonly string[];
  /** One thing to do about it, e.g. "Show in folder" or "Undo"; the notice closes when it runs. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export interface UiSlice {
  readonly tab: Tab;
  /** The provider whose key field Settings should focus when it opens ("add it in Settings"). */
  readonly keyFocus: ProviderId | undefined;
  /** A queue item whose row should take the keyboard focus once it is shown (after "Add files…"). */
  readonly focusItem: string | undefined;
  /** Queue rows whose error details are open. */
  readonly expandedIds: Readonly<Record<string, true>>;
  readonly notices: readonly Notice[];
  /** What the polite live region says; `seq` makes a repeated sentence count as new. */
  readonly announcement: { readonly text: string; readonly seq: number };
  /** The person chose "Skip for now" in the guided start; it comes back at the next launch if still no key. */
  readonly guideSkipped: boolean;
  skipGuide(): void;
  readonly queueFilter: QueueFilter;
  setQueueFilter(filter: QueueFilter): void;
  /** The overall speed last seen while uploading (bytes/s), for "about 3 min" before the next start. */
  readonly lastSpeed: number | undefined;
  showTab(tab: Tab, keyFocus?: ProviderId): void;
  clearKeyFocus(): void;
  toggleExpanded(id: string): void;
  pushNotice(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  announce(text: string): void;
}

// A handful of notices is all a person reads; older ones go rather than pile up.
const MAX_NOTICES = 3;
let noticeSeq = 0;

export const createUiSlice: StateCreator<UiSlice> = (set) => ({
  tab: 'queue',
  keyFocus: undefined,
  focusItem: undefined,
  expandedIds: {},
  notices: [],
  announcement: { text: '', seq: 0 },
  guideSkipped: false,
  skipGuide: () => set({ guideSkipped: true }),
  queueFilter: 'all',
  setQueueFilter: (queueFilter) => set({ queueFilter }),
  lastSpeed: undefined,
  showTab: (tab, keyFocus) => set({ tab, keyFocus }),
  clearKeyFocus: () => set({ keyFocus: undefined }),
  toggleExpanded: (id) =>
    set((state) => {
      const expandedIds = { ...state.expandedIds };
      if (expandedIds[id]) delete expandedIds[id];
      else expandedIds[id] = true;
      return { expandedIds };
    }),
  pushNotice: (notice) => {
    noticeSeq += 1;
    const id = noticeSeq;
    set((state) => ({ notices: [...state.notices, { ...notice, id }].slice(-MAX_NOTICES) }));
  },
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  announce: (text) => set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } })),
});
