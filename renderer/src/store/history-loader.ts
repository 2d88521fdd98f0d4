// Loads the history page by page as the list scrolls, and again when main says it changed.
// Answers to an older search are dropped, so fast typing never shows stale rows.

import { uploader } from '../uploader-api.ts';
import { useAppStore } from './app-store.ts';
import { receiveHistoryPage } from './main-events.ts';

// Several screens of rows per call, and far under the contract's cap of 1,000.
const PAGE_SIZE = 200;
const MAX_PAGE = 1000;

let latestRequest = 0;
let appending = false;

/** The first page for `search`, replacing what is loaded. */
export async function loadHistory(search: string, limit = PAGE_SIZE): Promise<void> {
  latestRequest += 1;
  const request = latestRequest;
  const page = await uploader()['history:list']({ search: search === '' ? undefined : search, offset: 0, limit });
  if (request === latestRequest) receiveHistoryPage(page, search, 'replace');
}

/** The next page, when the list scrolls near the end of what is loaded. */
export async function loadMoreHistory(): Promise<void> {
  const state = useAppStore.getState();
  if (appending || !state.historyLoaded || state.historyEntries.length >= state.historyTotal) return;
  appending = true;
  const request = latestRequest;
  const search = state.historyLoadedSearch;
  try {
    const page = await uploader()['history:list']({
      search: search === '' ? undefined : search,
      offset: state.historyEntries.length,
      limit: PAGE_SIZE,
    });
    if (request === latestRequest) receiveHistoryPage(page, search, 'append');
  } finally {
    appending = false;
  }
}

/** After `history:changed`: the same search again, keeping as many rows as were loaded. */
export function reloadHistory(): Promise<void> {
  const state = useAppStore.getState();
  const limit = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, state.historyEntries.length));
  return loadHistory(state.historyLoadedSearch, limit);
}
