import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PROVIDERS } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { filterCounts, selectOverallProgress, selectQueueCounts, selectResultCount, selectResultKinds, selectResultLines } from '../store/queue-selectors.ts';
import { linksAndIdsWords } from '../../../shared/words.ts';
import { selectUnsent, type Unsent } from '../store/unsent-selectors.ts';
import type { QueueFilter } from '../store/ui-slice.ts';
import { uploader } from '../uploader-api.ts';
import { CheckIcon, WarningIcon } from './icons.tsx';
import { CopyButton } from './copy-button.tsx';
import { countWords } from './queue-toolbar.tsx';

/**
 * The end of a batch, said once at the top: "5 uploaded, 1 failed", with what to do next. It says
 * done (green, a check) only when every file in the list was sent; files never sent and uploads
 * the app's closing stopped are counted in the warning colour, with Show them to find them in a
 * long list, and Resume for the stopped ones.
 */
export function BatchSummary() {
  const { t } = useTranslation();
  const active = useAppStore((s) => selectOverallProgress(s).active);
  const counts = useAppStore(useShallow(selectQueueCounts));
  const unsent = useAppStore(selectUnsent);
  const results = useAppStore(selectResultCount);
  const kinds = useAppStore(selectResultKinds);
  const copyWhat = linksAndIdsWords(t, kinds.links, kinds.ids);
  const filter = useAppStore((s) => s.queueFilter);
  const uploaded = counts.done + counts.processing;
  if (active || uploaded + counts.failed + counts.interrupted === 0) return null;

  const notSent = unsent.refused + unsent.unreadable + unsent.needKey + unsent.ready;
  const warnings: string[] = [];
  if (notSent > 0) warnings.push(`${notSent.toLocaleString()} not sent`);
  if (counts.failed > 0) warnings.push(`${counts.failed.toLocaleString()} failed`);
  if (counts.interrupted > 0) warnings.push(`${countWords(counts.interrupted, 'upload')} stopped when the app closed`);
  const tone = warnings.length > 0 ? 'warning' : 'success';
  const detail = notSentDetail(unsent);
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
    <section className="batch-summary" data-tone={tone} aria-label="Finished uploads">
      {tone === 'success' ? <CheckIcon /> : <WarningIcon />}
      <div className="batch-text">
        <p className="batch-words">
          {uploaded.toLocaleString()} uploaded
          {warnings.map((words) => <span key={words}>, <span className="batch-warn">{words}</span></span>)}
          {counts.cancelled > 0 && `, ${counts.cancelled.toLocaleString()} cancelled`}
        </p>
        {detail !== undefined && <p className="batch-detail">{detail}</p>}
      </div>
      <div className="batch-actions">
        {unsent.resumableIds.length > 0 && (
          <button type="button" className="button small" onClick={start(unsent.resumableIds, 'The stopped uploads could not be resumed.')}>Resume</button>
        )}
        {unsent.failedIds.length > 0 && (
          <button type="button" className="button small" onClick={start(unsent.failedIds, 'The files could not be retried.')}>
            {unsent.failedIds.length === 1 ? 'Retry failed' : `Retry ${unsent.failedIds.length.toLocaleString()} failed`}
          </button>
        )}
        {target !== undefined && <ShowThem target={target} showing={filter === target} count={target === 'attention' ? attention : notSent} />}
        {results > 0 && (
          <CopyButton text={() => selectResultLines(useAppStore.getState(), false).join('\n')} label={`Copy ${copyWhat}`}
            ariaLabel={`Copy ${copyWhat}`} copiedMessage={`${copyWhat} copied, each with its file name.`}
            className="button small primary" />
        )}
      </div>
    </section>
  );
}

/** "Not sent: 62 refused by AssemblyAI, 3 need a key, 2 ready to upload." */
function notSentDetail(unsent: Unsent): string | undefined {
  const reasons: string[] = [];
  if (unsent.refused > 0) reasons.push(`${unsent.refused.toLocaleString()} refused by ${unsent.refusedBy === undefined ? 'their service' : PROVIDERS[unsent.refusedBy].name}`);
  if (unsent.unreadable > 0) reasons.push(`${unsent.unreadable.toLocaleString()} moved or changed since added`);
  if (unsent.needKey > 0) reasons.push(`${unsent.needKey.toLocaleString()} ${unsent.needKey === 1 ? 'needs' : 'need'} a key`);
  if (unsent.ready > 0) reasons.push(`${unsent.ready.toLocaleString()} ready to upload`);
  return reasons.length === 0 ? undefined : `Not sent: ${reasons.join(', ')}.`;
}

/** Shows only the files to look at (the list's own filter, from its top), or all files again. */
function ShowThem({ target, showing, count }: { target: QueueFilter; showing: boolean; count: number }) {
  const { setQueueFilter, announce } = useAppStore.getState();
  const which = target === 'attention' ? 'that need attention' : 'not sent yet';
  const show = () => {
    setQueueFilter(showing ? 'all' : target);
    announce(showing ? 'Showing all files.' : `Showing the ${countWords(count, 'file')} ${which}.`);
  };
  return showing ? (
    <button type="button" className="button small" onClick={show}>Show all files</button>
  ) : (
    <button type="button" className="button small" onClick={show} aria-label={`Show them: the ${countWords(count, 'file')} ${which}`}>Show them</button>
  );
}
