import { useShallow } from 'zustand/react/shallow';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { changeSettings } from '../change-settings.ts';
import { useAppStore } from '../store/app-store.ts';
import {
  selectClearableCount,
  selectQueueCounts,
  selectResultTexts,
  selectRetargetableIds,
  selectRetryableIds,
  selectStartable,
  selectStartableIds,
} from '../store/queue-selectors.ts';
import { uploader } from '../uploader-api.ts';
import { CopyButton } from './copy-button.tsx';
import { OverallProgressBar } from './overall-progress.tsx';
import { ProviderSelect } from './provider-select.tsx';

export function QueueToolbar({ defaultProvider }: { readonly defaultProvider: ProviderId }) {
  const counts = useAppStore(useShallow(selectQueueCounts));
  const clearable = useAppStore(selectClearableCount);
  const links = useAppStore(selectResultTexts);
  const retargetable = useAppStore((s) => selectRetargetableIds(s, defaultProvider).length);
  const retryable = useAppStore((s) => selectRetryableIds(s).length);
  const startable = useAppStore((s) => selectStartable(s).files);

  const setDefault = (provider: ProviderId) =>
    void changeSettings({ defaultProvider: provider });
  const useForAll = () => {
    const ids = selectRetargetableIds(useAppStore.getState(), defaultProvider);
    if (ids.length > 0) void askMain('The provider could not be changed.', () => uploader()['queue:set-provider']({ ids: [...ids], provider: defaultProvider }));
  };
  const retryFailed = () => {
    const ids = selectRetryableIds(useAppStore.getState());
    if (ids.length > 0) void askMain('The files could not be retried.', () => uploader()['queue:start']({ ids: [...ids] }));
  };
  const uploadAll = () => {
    const ids = selectStartableIds(useAppStore.getState());
    if (ids.length > 0) void askMain('The uploads could not be started.', () => uploader()['queue:start']({ ids }));
  };
  const clearFinished = () => void askMain('The finished files could not be cleared.', () => uploader()['queue:clear-finished']());

  const providerName = PROVIDERS[defaultProvider].name;
  return (
    <div className="queue-toolbar">
      <div className="toolbar-row">
        <div className="toolbar-group">
          <label className="field-label" htmlFor="default-provider">Send new files to</label>
          <ProviderSelect id="default-provider" value={defaultProvider} onChange={setDefault} ariaLabel="Send new files to" />
        </div>
        <div className="toolbar-group end">
          {links.length > 0 && (
            <CopyButton text={links.join('\n')} className="button" label="Copy all links"
              ariaLabel="Copy all links" copiedMessage={`${links.length} ${links.length === 1 ? 'link' : 'links'} copied.`} />
          )}
          {retryable > 0 && (
            <button type="button" className="button" onClick={retryFailed}>
              {retryLabel(retryable, counts.interrupted)}
            </button>
          )}
          <button type="button" className="button" onClick={clearFinished} disabled={clearable === 0}>
            Clear finished
          </button>
          <button type="button" className="button primary" onClick={uploadAll} disabled={startable === 0}>
            Upload all
          </button>
        </div>
      </div>
      <div className="summary-row">
        <QueueSummary />
        {retargetable > 0 && (
          <button type="button" className="link-button" onClick={useForAll}>
            Send {retargetable === 1 ? 'the file' : `the ${retargetable.toLocaleString()} files`} not started yet to {providerName}
          </button>
        )}
      </div>
      <OverallProgressBar />
    </div>
  );
}

function QueueSummary() {
  const counts = useAppStore(useShallow(selectQueueCounts));
  const parts = [`${counts.total.toLocaleString()} ${counts.total === 1 ? 'file' : 'files'}`];
  const add = (n: number, words: string) => n > 0 && parts.push(`${n.toLocaleString()} ${words}`);
  add(counts.ready, 'ready');
  add(counts.blocked, 'can’t be uploaded');
  add(counts.waiting, 'waiting');
  add(counts.uploading, 'uploading');
  add(counts.done, 'done');
  add(counts.failed, 'failed');
  add(counts.cancelled, 'cancelled');
  add(counts.interrupted, 'interrupted');
  return <p className="queue-summary">{parts.join(' · ')}</p>;
}

/** "Retry all 3 failed", or with files the app's stop interrupted among them, "Retry all 3 stopped". */
function retryLabel(retryable: number, interrupted: number): string {
  const word = interrupted === 0 ? 'failed' : 'stopped';
  return retryable === 1 ? `Retry the ${word} file` : `Retry all ${retryable} ${word}`;
}
