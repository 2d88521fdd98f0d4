// Loads the history page by page as the list scrolls, and again when main says it changed.
// Answers to an older search are dropped, so fast typing never shows stale rows. What is on its
// way is kept in the store (historyRequests), so a fresh store starts with nothing pending.

import { uploader } from '../uploader-api.ts';
import { useAppStore } from './app-store.ts';
import { receiveHistoryPage } from './main-events.ts';

// Several screens of rows per call, and far under the contract's cap of 1,000.
const PAGE_SIZE = 200;
const MAX_PAGE = 1000;

const requests = () => useAppStore.getState().historyRequests;
const setRequests = (change: Partial<ReturnType<typeof requests>>): void =>
  useAppStore.setState((state) => ({ historyRequests: { ...state.historyRequests, ...change } }));

/** The first page for `search`, replacing what is loaded. */
export async function loadHistory(search: string, limit = PAGE_SIZE): Promise<void> {
  const request = requests().first + 1;
  setRequests({ first: request });
  const provider = useAppStore.getState().historyProvider;
  const page = await uploader()['history:list']({ search: search === '' ? undefined : search, ...(provider !== undefined && { provider }), offset: 0, limit });
  if (request === requests().first) receiveHistoryPage(page, search, 'replace');
}

/** The next page, when the list scrolls near the end of what is loaded. */
export async function loadMoreHistory(): Promise<void> {
  const { history, historyRequests } = useAppStore.getState();
  if (historyRequests.more || history === undefined || history.entries.length >= history.total) return;
  setRequests({ more: true });
  const request = historyRequests.first;
  try {
    const provider = useAppStore.getState().historyProvider;
    const page = await uploader()['history:list']({
      search: history.search === '' ? undefined : history.search,
      ...(provider !== undefined && { provider }),
      offset: history.entries.length,
      limit: PAGE_SIZE,
    });
    if (request === requests().first) receiveHistoryPage(page, history.search, 'append');
  } finally {
    setRequests({ more: false });
  }
}

/**
 * After `history:changed`: the same search again if the History tab shows, else as soon as it
 * does. While files upload, main says so up to four times a second, and a search of a large
 * history (and its answer crossing to the window) for a tab nobody looks at cost frames.
 */
export async function historyChanged(): Promise<void> {
  if (useAppStore.getState().tab !== 'history') {
    useAppStore.setState({ historyStale: true });
    return;
  }
  await reloadHistory();
}

/** The History tab is shown: the reload a change asked for while it was hidden. */
export async function historyShown(): Promise<void> {
  if (!useAppStore.getState().historyStale) return;
  await reloadHistory();
}

/** The same search again, keeping as many rows as were loaded. */
function reloadHistory(): Promise<void> {
  useAppStore.setState({ historyStale: false });
  const { history, historySearch } = useAppStore.getState();
  const limit = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, history?.entries.length ?? 0));
  return loadHistory(history?.search ?? historySearch, limit);
}
