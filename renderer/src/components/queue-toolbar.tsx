import { useTranslation } from 'react-i18next';
// Above the list: where new files go, the one main action (Upload or Cancel all), a More menu
// for the rest, one status line (the overall progress while uploading, otherwise what is in the
// list and what an upload would take), and filters by state with counts.

import { useShallow } from 'zustand/react/shallow';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { formatCount, formatSize, formatTime } from '../queue-numbers.ts';
import { useAppStore } from '../store/app-store.ts';
import {
  filterCounts,
  selectClearableCount,
  selectOverallProgress,
  selectProvidersMissingKeys,
  selectQueueComplete,
  selectQueueCounts,
  selectResultCount,
  selectResultKinds,
  selectResultLines,
  selectRetargetableIds,
  selectRetryableIds,
  selectStartable,
  selectStartableIds,
} from '../store/queue-selectors.ts';
import { linksAndIdsWords } from '../../../shared/words.ts';
import type { QueueFilter } from '../store/ui-slice.ts';
import { selectConvertibleIds } from '../store/conversion-selectors.ts';
import { selectUnsent } from '../store/unsent-selectors.ts';
import { selectFileCount } from '../store/file-rows.ts';
import { uploader } from '../uploader-api.ts';
import { CopyButton } from './copy-button.tsx';
import { DisclosureMenu } from './disclosure-menu.tsx';
import { moveFilesWithUndo } from '../move-files.ts';
import { setPaused } from './paused-banner.tsx';
import { SendRefused } from './send-refused.tsx';
import { OverallProgressBar } from './overall-progress.tsx';
import { NewFilesChoice } from './new-files-choice.tsx';

export function QueueToolbar({ defaultProvider }: { readonly defaultProvider: ProviderId }) {
  const { t } = useTranslation('queue');
  const active = useAppStore((s) => selectOverallProgress(s).active);
  const startable = useAppStore(useShallow(selectStartable));
  const retargetable = useAppStore((s) => selectRetargetableIds(s, defaultProvider).length);

  const uploadAll = () => {
    const state = useAppStore.getState();
    // With every key in place main starts whatever is ready as it stands (a provider just changed
    // included); only files whose provider has no key are left out, by naming the rest.
    if (selectProvidersMissingKeys(state).length === 0) {
      void askMain(t('toolbar.startFailed'), () => uploader()['queue:start']({}));
      return;
    }
    const ids = selectStartableIds(state);
    if (ids.length > 0) void askMain(t('toolbar.startFailed'), () => uploader()['queue:start']({ ids }));
  };
  const cancelAll = () => void askMain(t('toolbar.cancelFailed'), () => uploader()['queue:cancel-all']());
  const providerName = PROVIDERS[defaultProvider].name;

  return (
    <div className="queue-toolbar">
      <div className="toolbar-row">
        <div className="toolbar-group">
          <label className="field-label" htmlFor="default-provider">{t('toolbar.sendNewFilesTo')}</label>
          <NewFilesChoice id="default-provider" defaultProvider={defaultProvider} />
          {/* Offered only when it would change something, and not while files are on their way. */}
          {retargetable > 0 && !active && (
            <button type="button" className="link-button" onClick={() => useForAll(defaultProvider)}>
              {t('toolbar.useForAll', { service: providerName, count: retargetable })}
            </button>
          )}
        </div>
        <div className="toolbar-group end">
          <ConvertAll />
          <SendRefused />
          <MoreMenu />
          {active ? (
            <button type="button" className="button" onClick={cancelAll}>{t('toolbar.cancelAll')}</button>
          ) : (
            // aria-disabled, not disabled: as the batch ends this button (the same element as
            // "Cancel all") becomes unavailable, and a disabled one would drop the focus to the top.
            <button type="button" className="button primary" onClick={() => startable.files > 0 && uploadAll()}
              aria-disabled={startable.files === 0 ? 'true' : undefined}>
              {t('toolbar.uploadAll')}
            </button>
          )}
        </div>
      </div>
      {active ? <OverallProgressBar /> : <StatusLine />}
      <QueueFilters />
    </div>
  );
}

/** Moves every file not yet sent (that the provider takes) to `provider`, with Undo. */
function useForAll(provider: ProviderId): void {
  moveFilesWithUndo(selectRetargetableIds(useAppStore.getState(), provider), provider);
}

/**
 * "Convert all": where several files were refused for a format that can be converted, one click
 * converts and uploads them all (one file has its own button on its row).
 */
function ConvertAll() {
  const { t } = useTranslation('queue');
  const count = useAppStore((s) => selectConvertibleIds(s).length);
  if (count < 2) return null;
  const convertAll = () => {
    const ids = selectConvertibleIds(useAppStore.getState());
    if (ids.length > 0) void askMain(t('toolbar.convertFailed'), () => uploader()['queue:convert']({ ids: [...ids] }));
  };
  return (
    <button type="button" className="button" onClick={convertAll} aria-label={t('toolbar.convertAllName', { count })}>
      {t('toolbar.convertAll', { n: count })}
    </button>
  );
}

/** When nothing uploads: what the list holds, and what Upload would send and take. */
function StatusLine() {
  const { t } = useTranslation('queue');
  const counts = useAppStore(useShallow(selectQueueCounts));
  const startable = useAppStore(useShallow(selectStartable));
  const lastSpeed = useAppStore((s) => s.lastSpeed);
  // Files sent to several services are one file each, with an upload per service.
  const files = useAppStore(selectFileCount);
  // Only the queue's head is here yet (a long list's first paint): its counts would be wrong for a moment.
  const complete = useAppStore(selectQueueComplete);
  if (!complete) return <p className="queue-summary" aria-busy="true" />;
  const parts = [t('toolbar.files', { count: files })];
  // Sizes are known once every file was looked at: until then, how many still are.
  if (counts.checking > 0) parts.push(t('toolbar.beingChecked', { count: counts.checking }));
  else if (startable.files > 0) {
    const ready = files === counts.total ? t('toolbar.readyToUpload', { count: startable.files }) : t('toolbar.uploadsReady', { count: startable.files });
    const size = formatSize(t, startable.bytes);
    parts.push(lastSpeed !== undefined && lastSpeed > 0
      ? t('toolbar.readySizeTime', { ready, size, time: formatTime(t, startable.bytes / lastSpeed) })
      : t('toolbar.readySize', { ready, size }));
  }
  return <p className="queue-summary">{parts.join(' · ')}</p>;
}

const FILTERS: readonly { id: QueueFilter; key: string }[] = [
  { id: 'all', key: 'filters.all' },
  { id: 'not-sent', key: 'filters.notSent' },
  { id: 'active', key: 'filters.active' },
  { id: 'done', key: 'filters.done' },
  { id: 'attention', key: 'filters.attention' },
];

/** Show one group of rows; each says how many it holds. Finished files fold away under "Not sent". */
function QueueFilters() {
  const { t } = useTranslation('queue');
  const counts = useAppStore(useShallow((s) => filterCounts(selectQueueCounts(s))));
  const filter = useAppStore((s) => s.queueFilter);
  const setFilter = useAppStore((s) => s.setQueueFilter);
  const complete = useAppStore(selectQueueComplete);
  return (
    <div className="queue-filters" role="group" aria-label={t('toolbar.show')}>
      {FILTERS.map(({ id, key }) => {
        const n = counts[id];
        if (n === 0 && id !== 'all' && filter !== id) return null;
        return (
          <button key={id} type="button" className="filter" aria-pressed={filter === id} data-filter={id} onClick={() => setFilter(id)}>
            {t(key)} {complete && <span className="filter-count">{formatCount(t, n)}</span>}
          </button>
        );
      })}
    </div>
  );
}

/** The secondary actions, folded away: Pause or Resume, Retry, Clear finished, the two ways of copying links. */
function MoreMenu() {
  const { t } = useTranslation('queue');
  const clearable = useAppStore(selectClearableCount);
  const retryable = useAppStore((s) => selectRetryableIds(s).length);
  const stopped = useAppStore((s) => selectUnsent(s).resumableIds.length);
  const results = useAppStore(selectResultCount);
  const kinds = useAppStore(selectResultKinds);
  const copyWhat = linksAndIdsWords(t, kinds.links, kinds.ids);
  const copied = (bare: boolean) => () => selectResultLines(useAppStore.getState(), bare).join('\n');
  const paused = useAppStore((s) => s.paused);
  const retryFailed = () => {
    const ids = selectRetryableIds(useAppStore.getState());
    if (ids.length > 0) void askMain(t('toolbar.retryFilesFailed'), () => uploader()['queue:start']({ ids: [...ids] }));
  };
  const clearFinished = () => void askMain(t('toolbar.clearFailed'), () => uploader()['queue:clear-finished']());
  return (
    <DisclosureMenu label={t('toolbar.more')}>
      <button type="button" className="menu-item" onClick={() => setPaused(!paused)}>
        {paused ? t('toolbar.resume') : t('toolbar.pause')}
      </button>
      <button type="button" className="menu-item" onClick={retryFailed} disabled={retryable === 0}>
        {retryWords(retryable, stopped, t)}
      </button>
      <button type="button" className="menu-item" onClick={clearFinished} disabled={clearable === 0}>{t('toolbar.clearFinished')}</button>
      {results > 0 && (
        <>
          <CopyButton text={copied(false)} className="menu-item" label={t('toolbar.copyWithNames', { what: copyWhat })}
            ariaLabel={t('toolbar.copyWithNames', { what: copyWhat })} copiedMessage={t('toolbar.copiedWithNames', { what: copyWhat })} />
          <CopyButton text={copied(true)} className="menu-item" label={t('toolbar.copyOnly', { what: copyWhat })}
            ariaLabel={t('toolbar.copyOnly', { what: copyWhat })} copiedMessage={t('toolbar.copied', { what: copyWhat })} />
        </>
      )}
    </DisclosureMenu>
  );
}

/** Interrupted files are not called failed: they stopped when the app closed. */
function retryWords(retryable: number, stopped: number, t: Translate): string {
  const key = stopped === 0 ? 'toolbar.retryFailed' : stopped === retryable ? 'toolbar.retryStopped' : 'toolbar.retryMixed';
  return t(key, { count: retryable });
}
