import { useId } from 'react';
import { formatBytes } from '../../../shared/format-units.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDERS, resultText } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { expiryWords, whenWords } from '../date-words.ts';
import { uploader } from '../uploader-api.ts';
import { ResultActions } from './result-actions.tsx';
import { CloseIcon } from './icons.tsx';

interface Props {
  readonly entry: HistoryEntry;
  readonly index: number;
  readonly setSize: number;
  readonly top: number;
  readonly height: number;
}

export function HistoryRow({ entry, index, setSize, top, height }: Props) {
  const nameId = useId();
  const { name, url, assetId } = entry;
  const shown = resultText(PROVIDERS[entry.provider], entry);
  const expiry = expiryWords(entry.expiresAt);
  const expired = expiry?.startsWith('Expired') ?? false;
  const remove = () => void askMain(`${name} could not be removed from the history.`, () => uploader()['history:remove']({ id: entry.id }));
  const meta = [PROVIDERS[entry.provider].name, formatBytes(entry.size), whenWords(entry.at)];
  if (entry.source === 'cli') meta.push('from the command line');

  return (
    <div role="listitem" aria-labelledby={nameId} aria-posinset={index + 1} aria-setsize={setSize} className="history-row"
      data-ok={entry.ok ? 'true' : 'false'} style={{ transform: `translateY(${top}px)`, height }}>
      <div className="row-text">
        <span className="row-name" id={nameId} title={entry.path}>{name}</span>
        <span className="row-meta">{meta.join(' · ')}</span>
      </div>
      <div className="history-outcome">
        {entry.ok ? (
          <>
            <span className="row-result" title={shown}>{shown ?? 'Uploaded'}</span>
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
        <ResultActions name={name} url={url} assetId={assetId} heldAt={{ historyEntry: entry.id }} />
        <button type="button" className="icon-button" aria-label={`Remove ${name} from history`} title="Remove from history" onClick={remove}>
          <CloseIcon />
        </button>
      </div>
    </div>
  );
}
