import { useTranslation } from 'react-i18next';
import { entryErrorWords } from '../../../shared/i18n/error-words.ts';
import { useId } from 'react';
import { formatBytes } from '../../../shared/format-units.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { keyLabel } from '../../../shared/key-names.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKeyChoice, selectKeyStillSaved } from '../store/key-selectors.ts';
import { PROVIDERS, resultText } from '../../../shared/providers.ts';
import { idName, idSentence } from '../../../shared/words.ts';
import { expiryWords, isExpired, timeWords } from '../date-words.ts';
import { FileName } from './file-name.tsx';
import { HistoryRowActions } from './history-row-actions.tsx';
import { KindIcon } from './icons.tsx';

interface Props {
  readonly entry: HistoryEntry;
  /** A failure whose file was uploaded to the same provider afterwards (main says which). */
  readonly uploadedLater: boolean;
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

/**
 * One line of the history. In a wide window: the name and its facts, the outcome, the actions,
 * side by side. In a narrow one (history-list.tsx): the name alone on the first line, so it is
 * read whole; the facts and the actions under it; the link or what went wrong across the whole last line.
 */
export function HistoryRow({ entry, uploadedLater, index, setSize, top, height }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  const { name } = entry;
  const provider = PROVIDERS[entry.provider].name;
  const shown = resultText(PROVIDERS[entry.provider], entry);
  const expiry = expiryWords(entry.expiresAt);
  const expired = expiry !== undefined && isExpired(entry.expiresAt);
  // "HeyGen — Work" where the service has several keys, or the entry's key is no longer one of them.
  const namesKey = useAppStore((s) => entry.keyName !== undefined && (selectHasKeyChoice(s, entry.provider) || !selectKeyStillSaved(s, entry.provider, entry.keyId)));
  const meta = [namesKey && entry.keyName !== undefined ? keyLabel(t, provider, entry.keyName) : provider, formatBytes(t, entry.size), timeWords(entry.at)];
  if (entry.source === 'cli') meta.push(t('history:row.fromCli'));

  return (
    <div role="listitem" aria-labelledby={nameId} aria-posinset={index + 1} aria-setsize={setSize} className="history-row"
      data-entry-id={entry.id} data-ok={entry.ok ? 'true' : 'false'} data-later={uploadedLater ? 'true' : undefined}
      style={{ transform: `translateY(${top}px)`, height }}>
      <span className="kind-icon"><KindIcon kind={kindOf(name)} /></span>
      <FileName name={name} id={nameId} />
      <span className="row-meta">{meta.join(' · ')}</span>
      <div className="history-outcome">
        {entry.removedAt !== undefined ? (
          <span className="status-word" data-status="cancelled">{t('history:row.deletedFrom', { service: provider })}</span>
        ) : entry.ok ? (
          <>
            {shown !== undefined && shown === entry.assetId && shown !== entry.url ? (
              // Named as the queue names it ("memories.ai ID"), the sentence on hover: the row has no room for it.
              <span className="row-result" title={idSentence(t, provider)}>{idName(t, provider)} <span className="mono">{shown}</span></span>
            ) : (
              <span className="row-result mono" title={shown}>{shown ?? t('history:row.uploaded')}</span>
            )}
            {expiry !== undefined && <span className="expiry" data-expired={expired ? 'true' : undefined}>{expiry}</span>}
          </>
        ) : uploadedLater ? (
          <>
            <span className="status-word" data-status="settled">{t('history:row.uploadedLater')}</span>
            <span className="row-message">{t('history:row.uploadedLaterText', { service: provider })}</span>
          </>
        ) : (
          <>
            <span className="status-word" data-status="failed">{t('history:row.failed')}</span>
            <span className="row-message" data-tone="error" title={entryErrorWords(t, entry)}>{entryErrorWords(t, entry) ?? t('history:row.notFinished')}</span>
          </>
        )}
      </div>
      <HistoryRowActions entry={entry} uploadedLater={uploadedLater} />
    </div>
  );
}
