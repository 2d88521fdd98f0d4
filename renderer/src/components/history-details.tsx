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
    t('history:details.file', { name: entry.name, size: entry.size }),
    t('history:details.service', { service: provider }),
    ...(entry.keyName !== undefined ? [t('history:details.key', { name: entry.keyName, id: entry.keyId ?? '?' })] : []),
    t('history:details.when', { when: whenWords(entry.at) }),
    t('history:details.what', { what: entryErrorWords(t, entry) ?? t('history:row.notFinished') }),
    ...(entry.errorCode !== undefined ? [t('history:details.code', { code: entry.errorCode })] : []),
  ];
  const titleId = `history-details-${entry.id}`;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={(event) => {
      event.preventDefault();
      onClose();
    }}>
      <h2 id={titleId} className="dialog-title">{t('history:details.title')}</h2>
      <div className="dialog-body">
        {lines.map((line) => <p key={line}>{line}</p>)}
      </div>
      <div className="dialog-actions">
        <CopyButton text={lines.join('\n')} label={t('history:details.copy')} ariaLabel={t('history:details.copyLabel', { name: entry.name })} className="button" />
        <button type="button" className="button primary" autoFocus onClick={onClose}>{t('history:details.close')}</button>
      </div>
    </dialog>
  );
}
