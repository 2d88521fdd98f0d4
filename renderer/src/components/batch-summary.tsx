import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { filterCounts, selectOverallProgress, selectQueueComplete, selectQueueCounts, selectResultCount, selectResultKinds, selectResultLines } from '../store/queue-selectors.ts';
import { linksAndIdsWords } from '../../../shared/words.ts';
import { selectUnsent, type Unsent } from '../store/unsent-selectors.ts';
import type { QueueFilter } from '../store/ui-slice.ts';
import { uploader } from '../uploader-api.ts';
import { CheckIcon, WarningIcon } from './icons.tsx';
import { CopyButton } from './copy-button.tsx';

/**
 * The end of a batch, said once at the top: "5 uploaded, 1 failed", with what to do next. It says
 * done (green, a check) only when every file in the list was sent; files never sent and uploads
 * the app's closing stopped are counted in the warning colour, with Show them to find them in a
 * long list, and Resume for the stopped ones.
 */
export function BatchSummary() {
  const { t } = useTranslation('queue');
  const active = useAppStore((s) => selectOverallProgress(s).active);
  const counts = useAppStore(useShallow(selectQueueCounts));
  const unsent = useAppStore(selectUnsent);
  const results = useAppStore(selectResultCount);
  const kinds = useAppStore(selectResultKinds);
  const copyWhat = linksAndIdsWords(t, kinds.links, kinds.ids);
  const filter = useAppStore((s) => s.queueFilter);
  const complete = useAppStore(selectQueueComplete);
  const uploaded = counts.done + counts.processing;
  if (!complete || active || uploaded + counts.failed + counts.interrupted === 0) return null;

  const notSent = unsent.refused + unsent.unreadable + unsent.needKey + unsent.ready;
  const warnings: string[] = [];
  if (notSent > 0) warnings.push(t('batch.notSent', { count: notSent }));
  if (counts.failed > 0) warnings.push(t('batch.failed', { count: counts.failed }));
  if (counts.interrupted > 0) warnings.push(t('batch.stopped', { count: counts.interrupted }));
  const tone = warnings.length > 0 ? 'warning' : 'success';
  const detail = notSentDetail(unsent, t);
  const separator = t('separator');
  // Where the files to look at are: the rows that need attention, or else those not started.
  const attention = filterCounts(counts).attention;
  const target: QueueFilter | undefined = attention > 0 ? 'attention' : notSent > 0 ? 'not-sent' : undefined;
  // Started files leave "Needs attention": the whole list again, so their progress is seen.
  const start = (ids: readonly string[], failure: string) => () => {
    if (ids.length === 0) return;
    if (useAppStore.getState().queueFilter === 'attention') useAppStore.getState().setQueueFilter('all');
    void askMain(failure, () => uploader()['queue:start']({ ids: [...ids] }));
  };

  return (
    <section className="batch-summary" data-tone={tone} aria-label={t('batch.label')}>
      {tone === 'success' ? <CheckIcon /> : <WarningIcon />}
      <div className="batch-text">
        <p className="batch-words">
          {t('batch.uploaded', { count: uploaded })}
          {warnings.map((words) => <span key={words}>{separator}<span className="batch-warn">{words}</span></span>)}
          {counts.cancelled > 0 && `${separator}${t('batch.cancelled', { count: counts.cancelled })}`}
        </p>
        {detail !== undefined && <p className="batch-detail">{detail}</p>}
      </div>
      <div className="batch-actions">
        {unsent.resumableIds.length > 0 && (
          <button type="button" className="button small" onClick={start(unsent.resumableIds, t('batch.resumeFailed'))}>{t('batch.resume')}</button>
        )}
        {unsent.failedIds.length > 0 && (
          <button type="button" className="button small" onClick={start(unsent.failedIds, t('toolbar.retryFilesFailed'))}>
            {t('batch.retryFailed', { count: unsent.failedIds.length })}
          </button>
        )}
        {target !== undefined && <ShowThem target={target} showing={filter === target} count={target === 'attention' ? attention : notSent} />}
        {results > 0 && (
          <CopyButton text={() => selectResultLines(useAppStore.getState(), false).join('\n')} label={t('toolbar.copy', { what: copyWhat })}
            ariaLabel={t('toolbar.copy', { what: copyWhat })} copiedMessage={t('toolbar.copiedWithNames', { what: copyWhat })}
            className="button small primary" />
        )}
      </div>
    </section>
  );
}

/** "Not sent: 62 refused by AssemblyAI, 3 need a key, 2 ready to upload." */
function notSentDetail(unsent: Unsent, t: Translate): string | undefined {
  const reasons: string[] = [];
  if (unsent.refused > 0) {
    reasons.push(unsent.refusedBy === undefined
      ? t('batch.refusedByTheirs', { count: unsent.refused })
      : t('batch.refusedBy', { count: unsent.refused, service: PROVIDERS[unsent.refusedBy].name }));
  }
  if (unsent.unreadable > 0) reasons.push(t('batch.moved', { count: unsent.unreadable }));
  if (unsent.needKey > 0) reasons.push(t('batch.needKey', { count: unsent.needKey }));
  if (unsent.ready > 0) reasons.push(t('toolbar.readyToUpload', { count: unsent.ready }));
  return reasons.length === 0 ? undefined : t('batch.notSentDetail', { reasons: reasons.join(t('separator')) });
}

/** Shows only the files to look at (the list's own filter, from its top), or all files again. */
function ShowThem({ target, showing, count }: { target: QueueFilter; showing: boolean; count: number }) {
  const { t } = useTranslation('queue');
  const { setQueueFilter, announce } = useAppStore.getState();
  const attention = target === 'attention';
  const show = () => {
    setQueueFilter(showing ? 'all' : target);
    announce(showing ? t('batch.showingAll') : attention ? t('batch.showingAttention', { count }) : t('batch.showingNotSent', { count }));
  };
  return showing ? (
    <button type="button" className="button small" onClick={show}>{t('batch.showAll')}</button>
  ) : (
    <button type="button" className="button small" onClick={show} aria-label={attention ? t('batch.showThemAttention', { count }) : t('batch.showThemNotSent', { count })}>{t('batch.showThem')}</button>
  );
}
