import { useEffect, useRef, useState } from 'react';
import { askMain } from '../ask-main.ts';
import { loadHistory } from '../store/history-loader.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';
import { PROVIDER_IDS, PROVIDERS, isProviderId } from '../../../shared/providers.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { DisclosureMenu } from './disclosure-menu.tsx';
import { HistoryList } from './history-list.tsx';

// Long enough that typing a word asks once, short enough to feel immediate.
const SEARCH_DELAY_MS = 200;

export function HistoryView() {
  const search = useAppStore((s) => s.historySearch);
  const setSearch = useAppStore((s) => s.setHistorySearch);
  const history = useAppStore((s) => s.history);
  const provider = useAppStore((s) => s.historyProvider);
  const setProvider = useAppStore((s) => s.setHistoryProvider);
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

  const chooseProvider = (value: string) => {
    setProvider(isProviderId(value) ? value : undefined);
    void askMain('The history could not be searched.', () => loadHistory(search));
  };
  const exportAs = async (format: 'csv' | 'json') => {
    const result = await askMain('The history could not be saved.', () =>
      uploader()['history:export']({ format, search: loadedSearch === '' ? undefined : loadedSearch, ...(provider !== undefined && { provider }) }),
    );
    if (result?.saved) {
      const name = result.path?.split(/[\\/]/).pop() ?? 'the file';
      useAppStore.getState().pushNotice({
        tone: 'info',
        title: format === 'csv' ? 'History saved as a spreadsheet.' : 'History saved as a data file.',
        lines: [`Saved as ${name}.`],
        action: { label: 'Show in folder', run: () => void askMain('The file could not be shown.', () => uploader()['shell:show-file']({ lastExport: true })) },
      });
    }
  };
  const clearAll = () => {
    setConfirming(false);
    void askMain('The history could not be cleared.', () => uploader()['history:clear']());
  };

  const searching = loadedSearch !== '' || provider !== undefined;
  return (
    <div className="history-view">
      <div className="history-toolbar">
        <input
          type="search"
          className="search"
          aria-label="Search history"
          placeholder="Find by name or link"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select className="select" aria-label="Show uploads to" value={provider ?? ''} onChange={(event) => chooseProvider(event.target.value)}>
          <option value="">All services</option>
          {PROVIDER_IDS.map((id) => <option key={id} value={id}>{PROVIDERS[id].name}</option>)}
        </select>
        <p className="history-count" aria-live="polite">
          {history === undefined ? 'Loading…' : countWords(history.uploaded, history.failed, searching || provider !== undefined)}
        </p>
        <div className="toolbar-group end">
          <DisclosureMenu label="Save a copy">
            <button type="button" className="menu-item" onClick={() => void exportAs('csv')} disabled={total === 0}>
              Save as spreadsheet (CSV)
            </button>
            <button type="button" className="menu-item" onClick={() => void exportAs('json')} disabled={total === 0}>
              Save as data file (JSON)
            </button>
          </DisclosureMenu>
          <button type="button" className="button danger" onClick={() => setConfirming(true)} disabled={total === 0 && !searching}>
            Clear history
          </button>
        </div>
      </div>
      {history === undefined ? null : total === 0 ? (
        <div className="history-empty">
          {searching ? (
            <p>{loadedSearch === '' ? 'Nothing uploaded to this service yet.' : `No uploads match “${loadedSearch}”.`}</p>
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

/** "12 uploads · 2 failed": only successful uploads count as uploads, and a failure uploaded later is no failure. */
function countWords(uploaded: number, failed: number, narrowed: boolean): string {
  const parts = [`${uploaded.toLocaleString()} ${uploaded === 1 ? 'upload' : 'uploads'}${narrowed ? ' found' : ''}`];
  if (failed > 0) parts.push(`${failed.toLocaleString()} failed`);
  return parts.join(' · ');
}
