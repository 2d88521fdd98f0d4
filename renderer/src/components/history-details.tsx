import { useTranslation } from 'react-i18next';
import { entryErrorWords } from '../../../shared/i18n/error-words.ts';
import { useRef } from 'react';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { whenWords } from '../date-words.ts';
import { CopyButton } from './copy-button.tsx';
import { useModalDialog } from './use-modal-dialog.ts';

/** A failed upload's details from the history, in a dialog, with "Copy for support". */
export function HistoryDetails({ entry, onClose }: { entry: HistoryEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  const provider = PROVIDERS[entry.provider].name;
  const lines = [
    `File: ${entry.name} (${entry.size} bytes)`,
    `Service: ${provider}`,
    ...(entry.keyName !== undefined ? [`Key: ${entry.keyName} (id ${entry.keyId ?? '?'})`] : []),
    `When: ${whenWords(entry.at)}`,
    `What happened: ${entryErrorWords(t, entry) ?? 'The upload did not finish.'}`,
    ...(entry.errorCode !== undefined ? [`Code ${entry.errorCode}`] : []),
  ];
  const titleId = `history-details-${entry.id}`;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={(event) => {
      event.preventDefault();
      onClose();
    }}>
      <h2 id={titleId} className="dialog-title">Technical details</h2>
      <div className="dialog-body">
        {lines.map((line) => <p key={line}>{line}</p>)}
      </div>
      <div className="dialog-actions">
        <CopyButton text={lines.join('\n')} label="Copy for support" ariaLabel={`Copy for support: ${entry.name}`} className="button" />
        <button type="button" className="button primary" autoFocus onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}
