import type { StateCreator } from 'zustand';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';

/** The history the window has loaded, for one search. */
export interface LoadedHistory {
  /** The search these entries match (the box can run ahead of the answer). */
  readonly search: string;
  /** Newest first, loaded page by page from the start. */
  readonly entries: readonly HistoryEntry[];
  /** How many entries match the search in all, loaded or not. */
  readonly total: number;
  /** How many of those are successful uploads. */
  readonly uploaded: number;
  /** How many of those are failed attempts whose file was not uploaded to that provider afterwards. */
  readonly failed: number;
  /** Loaded failed attempts whose file was uploaded to the same provider afterwards: no Retry, not counted as failed (main works this out: electron/core/history/history-later.ts). */
  readonly uploadedLater: ReadonlySet<string>;
}

/** The part of the history the window has loaded. Entries are written only by main-events.ts. */
export interface HistorySlice {
  /** What the search box holds. */
  readonly historySearch: string;
  /** The provider the history is narrowed to; undefined: all. */
  readonly historyProvider: ProviderId | undefined;
  setHistoryProvider(provider: ProviderId | undefined): void;
  /** Undefined until the first page has arrived. */
  readonly history: LoadedHistory | undefined;
  /**
   * The requests on their way (history-loader.ts): `first` counts requests for a first page, so
   * an answer to an older one is dropped; `more` while a next page is on its way.
   */
  readonly historyRequests: { readonly first: number; readonly more: boolean };
  /** Main said the history changed while the History tab was not shown: reload it when it is. */
  readonly historyStale: boolean;
  setHistorySearch(search: string): void;
}

export const createHistorySlice: StateCreator<HistorySlice> = (set) => ({
  historySearch: '',
  historyProvider: undefined,
  setHistoryProvider: (historyProvider) => set({ historyProvider }),
  history: undefined,
  historyRequests: { first: 0, more: false },
  historyStale: false,
  setHistorySearch: (historySearch) => set({ historySearch }),
});
