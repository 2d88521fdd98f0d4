import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberWords } from '../date-words.ts';
import { translator } from '../i18n.ts';
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
  const { t } = useTranslation();

  useEffect(() => {
    // connect-to-main loaded the first page already; ask again only when the words change.
    if (firstRun.current) {
      firstRun.current = false;
      if (search === loadedSearch) return undefined;
    }
    const timer = window.setTimeout(() => void askMain(translator.t('history:searchFailed'), () => loadHistory(search)), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search]);

  const chooseProvider = (value: string) => {
    setProvider(isProviderId(value) ? value : undefined);
    void askMain(t('history:searchFailed'), () => loadHistory(search));
  };
  const exportAs = async (format: 'csv' | 'json') => {
    const result = await askMain(t('history:export.failed'), () =>
      uploader()['history:export']({ format, search: loadedSearch === '' ? undefined : loadedSearch, ...(provider !== undefined && { provider }) }),
    );
    if (result?.saved) {
      const name = result.path?.split(/[\\/]/).pop() ?? t('history:export.theFile');
      useAppStore.getState().pushNotice({
        tone: 'info',
        title: format === 'csv' ? t('history:export.savedCsv') : t('history:export.savedJson'),
        lines: [t('history:export.savedAs', { name })],
        action: { label: t('history:export.showInFolder'), run: () => void askMain(t('history:export.showFailed'), () => uploader()['shell:show-file']({ lastExport: true })) },
      });
    }
  };
  const clearAll = () => {
    setConfirming(false);
    void askMain(t('history:clear.failed'), () => uploader()['history:clear']());
  };

  const searching = loadedSearch !== '' || provider !== undefined;
  return (
    <div className="history-view">
      <div className="history-toolbar">
        <input
          type="search"
          className="search"
          aria-label={t('history:search')}
          placeholder={t('history:searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select className="select" aria-label={t('history:showUploadsTo')} value={provider ?? ''} onChange={(event) => chooseProvider(event.target.value)}>
          <option value="">{t('history:allServices')}</option>
          {PROVIDER_IDS.map((id) => <option key={id} value={id}>{PROVIDERS[id].name}</option>)}
        </select>
        <p className="history-count" aria-live="polite">
          {history === undefined ? t('history:loading') : countWords(history.uploaded, history.failed, searching || provider !== undefined)}
        </p>
        <div className="toolbar-group end">
          <DisclosureMenu label={t('history:export.menu')}>
            <button type="button" className="menu-item" onClick={() => void exportAs('csv')} disabled={total === 0}>
              {t('history:export.csv')}
            </button>
            <button type="button" className="menu-item" onClick={() => void exportAs('json')} disabled={total === 0}>
              {t('history:export.json')}
            </button>
          </DisclosureMenu>
          <button type="button" className="button danger" onClick={() => setConfirming(true)} disabled={total === 0 && !searching}>
            {t('history:clear.button')}
          </button>
        </div>
      </div>
      {history === undefined ? null : total === 0 ? (
        <div className="history-empty">
          {searching ? (
            <p>{loadedSearch === '' ? t('history:empty.service') : t('history:empty.search', { search: loadedSearch })}</p>
          ) : (
            <>
              <p className="empty-title">{t('history:empty.title')}</p>
              <p>{t('history:empty.text')}</p>
            </>
          )}
        </div>
      ) : (
        <HistoryList history={history} />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('history:clear.title')}
          confirmLabel={t('history:clear.confirm')}
          cancelLabel={t('history:clear.cancel')}
          onConfirm={clearAll}
          onCancel={() => setConfirming(false)}
        >
          {t('history:clear.body')}
        </ConfirmDialog>
      )}
    </div>
  );
}

/** "12 uploads · 2 failed": only successful uploads count as uploads, and a failure uploaded later is no failure. */
function countWords(uploaded: number, failed: number, narrowed: boolean): string {
  const { t } = translator;
  const uploads = t(narrowed ? 'history:count.found' : 'history:count.uploads', { count: uploaded, number: numberWords(uploaded) });
  if (failed === 0) return uploads;
  return t('history:count.joined', { uploads, failed: t('history:count.failed', { count: failed, number: numberWords(failed) }) });
}
