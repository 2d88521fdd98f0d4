import { useEffect, useRef, useState } from 'react';
import { askMain } from '../ask-main.ts';
import { loadHistory } from '../store/history-loader.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { HistoryList } from './history-list.tsx';

// Long enough that typing a word asks once, short enough to feel immediate.
const SEARCH_DELAY_MS = 200;

export function HistoryView() {
  const search = useAppStore((s) => s.historySearch);
  const setSearch = useAppStore((s) => s.setHistorySearch);
  const history = useAppStore((s) => s.history);
  const total = history?.total ?? 0;
  const loadedSearch = history?.search ?? '';
  const [confirming, setConfirming] = useState(false);
  const firstRun = useRef(true);

  useEffect(() => {
    // connect-to-main loaded the first page already; ask again only when the words change.
    if (firstRun.current) {
      firstRun.current = false;
      if (search === loadedSearch) return undefined;
    }
    const timer = window.setTimeout(() => void askMain('The history could not be searched.', () => loadHistory(search)), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search]);

  const exportAs = async (format: 'csv' | 'json') => {
    const result = await askMain('The history could not be exported.', () =>
      uploader()['history:export']({ format, search: loadedSearch === '' ? undefined : loadedSearch }),
    );
    if (result?.saved) {
      useAppStore.getState().pushNotice({ tone: 'info', title: 'History exported.', lines: [result.path ? `Saved as ${result.path}` : 'Saved.'] });
    }
  };
  const clearAll = () => {
    setConfirming(false);
    void askMain('The history could not be cleared.', () => uploader()['history:clear']());
  };

  const searching = loadedSearch !== '';
  return (
    <div className="history-view">
      <div className="history-toolbar">
        <input
          type="search"
          className="search"
          aria-label="Search history"
          placeholder="Search by file name, provider or link"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p className="history-count" aria-live="polite">
          {history === undefined ? 'Loading…' : countWords(total, searching)}
        </p>
        <div className="toolbar-group end">
          <button type="button" className="button" onClick={() => void exportAs('csv')} disabled={total === 0}>
            Export CSV
          </button>
          <button type="button" className="button" onClick={() => void exportAs('json')} disabled={total === 0}>
            Export JSON
          </button>
          <button type="button" className="button danger" onClick={() => setConfirming(true)} disabled={total === 0 && !searching}>
            Clear history
          </button>
        </div>
      </div>
      {history === undefined ? null : total === 0 ? (
        <div className="history-empty">
          {searching ? (
            <p>No uploads match “{loadedSearch}”.</p>
          ) : (
            <>
              <p className="empty-title">Nothing uploaded yet</p>
              <p>Every file you upload appears here with its link, so you can copy it again later.</p>
            </>
          )}
        </div>
      ) : (
        <HistoryList history={history} />
      )}
      {confirming && (
        <ConfirmDialog
          title="Clear the whole history?"
          confirmLabel="Clear all"
          cancelLabel="Keep history"
          onConfirm={clearAll}
          onCancel={() => setConfirming(false)}
        >
          This removes the list of every upload from this computer. The files stay with the providers, but
          you will no longer find their links here.
        </ConfirmDialog>
      )}
    </div>
  );
}

function countWords(total: number, searching: boolean): string {
  const n = total.toLocaleString();
  if (searching) return `${n} ${total === 1 ? 'match' : 'matches'}`;
  return `${n} ${total === 1 ? 'upload' : 'uploads'}`;
}
