import { useShallow } from 'zustand/react/shallow';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectOverallProgress, selectQueueCounts, selectResultCount, selectResultLines, selectRetryableIds } from '../store/queue-selectors.ts';
import { uploader } from '../uploader-api.ts';
import { CheckIcon, WarningIcon } from './icons.tsx';
import { CopyButton } from './copy-button.tsx';
import { countWords } from './queue-toolbar.tsx';

/** The end of a batch, said once at the top: "5 uploaded, 1 failed", with what to do next. */
export function BatchSummary() {
  const active = useAppStore((s) => selectOverallProgress(s).active);
  const counts = useAppStore(useShallow(selectQueueCounts));
  const results = useAppStore(selectResultCount);
  const retryable = useAppStore((s) => selectRetryableIds(s).length);
  if (active || counts.done + counts.failed === 0) return null;

  const retry = () => {
    const ids = selectRetryableIds(useAppStore.getState());
    if (ids.length > 0) void askMain('The files could not be retried.', () => uploader()['queue:start']({ ids: [...ids] }));
  };
  const parts = [`${counts.done.toLocaleString()} uploaded`];
  if (counts.failed > 0) parts.push(`${counts.failed.toLocaleString()} failed`);
  const tone = counts.failed > 0 ? 'warning' : 'success';
  return (
    <section className="batch-summary" data-tone={tone} aria-label="Finished uploads">
      {tone === 'success' ? <CheckIcon /> : <WarningIcon />}
      <p className="batch-words">{parts.join(', ')}</p>
      <div className="batch-actions">
        {retryable > 0 && (
          <button type="button" className="button small" onClick={retry}>
            {retryable === 1 ? 'Retry failed' : `Retry ${retryable.toLocaleString()} failed`}
          </button>
        )}
        {results > 0 && (
          <CopyButton text={() => selectResultLines(useAppStore.getState(), false).join('\n')} label={`Copy ${countWords(results, 'link')}`}
            ariaLabel={`Copy ${countWords(results, 'link')}`} copiedMessage={`${countWords(results, 'link')} copied, each with its file name.`}
            className="button small primary" />
        )}
      </div>
    </section>
  );
}
