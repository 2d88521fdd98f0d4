// What a person can do with one line of the history. In sight: Copy (the reason to come back
// here) and Open for an upload, Retry and Details for a failure. The rest, in words, under
// "More": Show in folder, Remove from history (at once, with Undo), and, set apart at the end,
// Delete from the provider, which cannot be undone and is offered only where the provider can
// delete (shared/providers.ts deleteUpload).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usedKeyOfEntry, type HistoryEntry } from '../../../shared/history-types.ts';
import { deletionNotOfferedWords, PROVIDERS } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { translator } from '../i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';
import { CopyButton } from './copy-button.tsx';
import { HistoryDetails } from './history-details.tsx';
import { OpenIcon } from './icons.tsx';
import { NextStepDialog, useNextStep } from './next-step.tsx';
import { RowMenu } from './row-menu.tsx';
import { mediaKindOfName } from '../../../shared/media-formats.ts';
import { refusalWords } from '../../../shared/refusal-notice.ts';

interface Props {
  readonly entry: HistoryEntry;
  /** A failure whose file was uploaded to the same provider afterwards: nothing to retry. */
  readonly uploadedLater: boolean;
}

export function HistoryRowActions({ entry, uploadedLater }: Props) {
  const [dialog, setDialog] = useState<'details' | 'next-step' | undefined>(undefined);
  const { t } = useTranslation();
  const { name, url, assetId } = entry;
  const info = PROVIDERS[entry.provider];
  const live = entry.ok && entry.removedAt === undefined;
  // The history keeps no format of its own: the kind is read from the name's extension.
  const step = useNextStep({ provider: entry.provider, url, assetId, kind: mediaKindOfName(name), usedKey: usedKeyOfEntry(entry) });
  const canDelete = live && assetId !== undefined && deletionNotOfferedWords(info) === undefined;
  const open = () => void askMain(t('history:actions.openFailed'), () => uploader()['shell:open-url']({ historyEntry: entry.id }));
  const showFile = () => void askMain(t('history:actions.showFailed', { name }), () => uploader()['shell:show-file']({ historyEntry: entry.id }));

  return (
    <div className="row-actions">
      {live && url !== undefined && <CopyButton text={url} label={t('history:actions.copyLink')} ariaLabel={t('history:actions.copyLinkLabel', { name })} copiedMessage={t('history:actions.linkCopied', { name })} />}
      {live && url === undefined && assetId !== undefined && (
        <CopyButton text={assetId} label={t('history:actions.copyId')} ariaLabel={t('history:actions.copyIdLabel', { name })} copiedMessage={t('history:actions.idCopied', { name })} />
      )}
      {live && url !== undefined && (
        <button type="button" className="icon-button" aria-label={t('history:actions.open', { name })} title={t('history:actions.openTitle')} onClick={open}>
          <OpenIcon />
        </button>
      )}
      {!entry.ok && !uploadedLater && <button type="button" className="button small" aria-label={t('history:actions.retryLabel', { name })} onClick={() => void retry(entry)}>{t('history:actions.retry')}</button>}
      {!entry.ok && (
        <button type="button" className="button small quiet" aria-label={t('history:actions.detailsLabel', { name })} aria-haspopup="dialog" onClick={() => setDialog('details')}>{t('history:actions.details')}</button>
      )}
      <RowMenu label={t('history:actions.more', { name })}>
        {live && url !== undefined && assetId !== undefined && (
          <CopyButton text={assetId} label={t('history:actions.copyId')} ariaLabel={t('history:actions.copyIdLabel', { name })} copiedMessage={t('history:actions.idCopied', { name })} className="menu-item" />
        )}
        {live && step !== undefined && (
          <button type="button" className="menu-item" aria-haspopup="dialog" onClick={() => setDialog('next-step')}>{t('history:actions.useNext')}</button>
        )}
        <button type="button" className="menu-item" onClick={showFile}>{t('history:actions.showInFolder')}</button>
        <button type="button" className="menu-item" onClick={() => void remove(entry)}>{t('history:actions.remove')}</button>
        {canDelete && (
          <>
            <div role="separator" className="menu-separator" />
            <button type="button" className="menu-item danger" onClick={() => void deleteUpload(entry)}>{t('history:actions.delete', { service: info.name })}</button>
          </>
        )}
      </RowMenu>
      {dialog === 'details' && <HistoryDetails entry={entry} onClose={() => setDialog(undefined)} />}
      {dialog === 'next-step' && step !== undefined && (
        <NextStepDialog name={name} providerName={info.name} step={step} onClose={() => setDialog(undefined)} />
      )}
    </div>
  );
}

async function retry(entry: HistoryEntry): Promise<void> {
  const { name } = entry;
  const { t } = translator;
  const result = await askMain(t('history:actions.retryFailed', { name }), () => uploader()['history:retry']({ id: entry.id }));
  if (result === undefined) return;
  if (result.added.length > 0) {
    useAppStore.getState().showTab('queue');
    useAppStore.getState().announce(t('history:actions.backInQueue', { name, service: PROVIDERS[entry.provider].name }));
  } else {
    useAppStore.getState().pushNotice({ tone: 'warning', title: t('history:actions.retryFailed', { name }), lines: result.refused.map((r) => refusalWords(translator.t, r)) });
  }
}

/** Main asks the person first (a native question), since this cannot be undone. */
async function deleteUpload(entry: HistoryEntry): Promise<void> {
  const provider = PROVIDERS[entry.provider].name;
  const { t } = translator;
  const result = await askMain(t('history:actions.deleteFailed', { name: entry.name, service: provider }), () => uploader()['history:delete-upload']({ id: entry.id }));
  if (result?.deleted === true) useAppStore.getState().announce(t('history:actions.deleted', { name: entry.name, service: provider }));
}

/**
 * Removes the line at once (the upload stays with the provider) and offers Undo. The focus goes
 * to the row that takes its place, not back to the top of the window.
 */
async function remove(entry: HistoryEntry): Promise<void> {
  const ids = useAppStore.getState().history?.entries.map((e) => e.id) ?? [];
  const at = ids.indexOf(entry.id);
  const neighbour = ids[at + 1] ?? ids[at - 1];
  const { t } = translator;
  const removed = await askMain(t('history:actions.removeFailed', { name: entry.name }), async () => {
    await uploader()['history:remove']({ id: entry.id });
    return true;
  });
  if (removed === undefined) return;
  focusRowOnce(neighbour, (shown) => !shown.includes(entry.id));
  useAppStore.getState().pushNotice({
    tone: 'info',
    title: t('history:actions.removed', { name: entry.name }),
    lines: [],
    action: {
      label: t('history:actions.undo'),
      run: () => {
        void askMain(t('history:actions.restoreFailed', { name: entry.name }), async () => {
          await uploader()['history:restore']({ id: entry.id });
          focusRowOnce(entry.id, (shown) => shown.includes(entry.id));
        });
      },
    },
  });
}

/** Once the loaded history passes `ready`, focuses the More button of `id`'s row (or the list). */
function focusRowOnce(id: string | undefined, ready: (shownIds: readonly string[]) => boolean): void {
  const isReady = (): boolean => {
    const { history } = useAppStore.getState();
    return history !== undefined && ready(history.entries.map((e) => e.id));
  };
  const focus = (): void => {
    requestAnimationFrame(() => {
      const row = id === undefined ? null : document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"] .row-more`);
      (row ?? document.querySelector<HTMLElement>('.history-scroll'))?.focus();
    });
  };
  if (isReady()) return focus();
  const unsubscribe = useAppStore.subscribe(() => {
    if (!isReady()) return;
    unsubscribe();
    focus();
  });
}
