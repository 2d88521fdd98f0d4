import { useId, useState } from 'react';
import { formatBytes } from '../../../shared/format-units.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { deletionNotOffered, PROVIDERS, resultText } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { expiryWords, timeWords } from '../date-words.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';
import { FileName } from './file-name.tsx';
import { HistoryDetails } from './history-details.tsx';
import { CloseIcon, FolderIcon, KindIcon, TrashIcon } from './icons.tsx';
import { ResultActions } from './result-actions.tsx';

interface Props {
  readonly entry: HistoryEntry;
  readonly index: number;
  readonly setSize: number;
  readonly top: number;
  readonly height: number;
}

/** The kind of file from its name's extension: the history keeps no format of its own. */
function kindOf(name: string) {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return mediaFormat(ext === 'jpeg' ? 'jpg' : ext === 'tiff' ? 'tif' : ext)?.kind;
}

export function HistoryRow({ entry, index, setSize, top, height }: Props) {
  const nameId = useId();
  const [details, setDetails] = useState(false);
  const { name, url, assetId } = entry;
  const provider = PROVIDERS[entry.provider].name;
  const shown = resultText(PROVIDERS[entry.provider], entry);
  const expiry = expiryWords(entry.expiresAt);
  const expired = expiry?.startsWith('Expired') ?? false;
  const remove = () => void askMain(`${name} could not be removed from the history.`, () => uploader()['history:remove']({ id: entry.id }));
  const showFile = () => void askMain(`${name} could not be shown.`, () => uploader()['shell:show-file']({ historyEntry: entry.id }));
  const retry = async () => {
    const result = await askMain(`${name} could not be added again.`, () => uploader()['history:retry']({ id: entry.id }));
    if (result === undefined) return;
    if (result.added.length > 0) {
      useAppStore.getState().showTab('queue');
      useAppStore.getState().announce(`${name} is back in the queue for ${provider}.`);
    } else {
      useAppStore.getState().pushNotice({ tone: 'warning', title: `${name} could not be added again.`, lines: result.refused.map((r) => r.message) });
    }
  };
  // Deleting from the provider: main asks first; where the provider cannot, the row says so.
  const removed = entry.removedAt !== undefined;
  const deleteUpload = async () => {
    const notOffered = deletionNotOffered(PROVIDERS[entry.provider]);
    if (notOffered !== undefined) return useAppStore.getState().pushNotice({ tone: 'info', title: `${name} cannot be deleted from ${provider}.`, lines: [notOffered] });
    const result = await askMain(`${name} could not be deleted from ${provider}.`, () => uploader()['history:delete-upload']({ id: entry.id }));
    if (result?.deleted === true) useAppStore.getState().announce(`${name} was deleted from ${provider}.`);
  };
  const meta = [provider, formatBytes(entry.size), timeWords(entry.at)];
  if (entry.source === 'cli') meta.push('from the command line');

  return (
    <div role="listitem" aria-labelledby={nameId} aria-posinset={index + 1} aria-setsize={setSize} className="history-row"
      data-ok={entry.ok ? 'true' : 'false'} style={{ transform: `translateY(${top}px)`, height }}>
      <span className="kind-icon"><KindIcon kind={kindOf(name)} /></span>
      <div className="row-text">
        <FileName name={name} id={nameId} />
        <span className="row-meta">{meta.join(' · ')}</span>
      </div>
      <div className="history-outcome">
        {removed ? (
          <span className="status-word" data-status="cancelled">Deleted from {provider}</span>
        ) : entry.ok ? (
          <>
            <span className="row-result mono" title={shown}>{shown ?? 'Uploaded'}</span>
            {expiry !== undefined && <span className="expiry" data-expired={expired ? 'true' : undefined}>{expiry}</span>}
          </>
        ) : (
          <>
            <span className="status-word" data-status="failed">Failed</span>
            <span className="row-message" data-tone="error" title={entry.errorMessage}>{entry.errorMessage ?? 'The upload did not finish.'}</span>
          </>
        )}
      </div>
      <div className="row-actions">
        {removed ? null : entry.ok ? (
          <>
            <ResultActions name={name} provider={entry.provider} url={url} assetId={assetId} heldAt={{ historyEntry: entry.id }} />
            <button type="button" className="icon-button" aria-label={`Delete ${name} from ${provider}`} title={`Delete from ${provider}`} onClick={() => void deleteUpload()}>
              <TrashIcon />
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button small" aria-label={`Retry ${name}`} onClick={() => void retry()}>Retry</button>
            <button type="button" className="button small quiet" aria-label={`Details for ${name}`} onClick={() => setDetails(true)}>Details</button>
          </>
        )}
        <button type="button" className="icon-button" aria-label={`Show ${name} in its folder`} title="Show in folder" onClick={showFile}>
          <FolderIcon />
        </button>
        <button type="button" className="icon-button" aria-label={`Remove ${name} from history`} title="Remove from history" onClick={remove}>
          <CloseIcon />
        </button>
      </div>
      {details && <HistoryDetails entry={entry} onClose={() => setDetails(false)} />}
    </div>
  );
}
