import type { StateCreator } from 'zustand';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import type { AppState } from './app-state.ts';

/** The part of the history the window has loaded. Entries are written only by main-events.ts. */
export interface HistorySlice {
  /** What the search box holds. */
  readonly historySearch: string;
  /** The search the loaded entries match (the box can run ahead of the answer). */
  readonly historyLoadedSearch: string;
  /** Newest first, loaded page by page from the start. */
  readonly historyEntries: readonly HistoryEntry[];
  /** How many entries match the search in all, loaded or not. */
  readonly historyTotal: number;
  readonly historyLoaded: boolean;
  setHistorySearch(search: string): void;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set) => ({
  historySearch: '',
  historyLoadedSearch: '',
  historyEntries: [],
  historyTotal: 0,
  historyLoaded: false,
  setHistorySearch: (historySearch) => set({ historySearch }),
});
