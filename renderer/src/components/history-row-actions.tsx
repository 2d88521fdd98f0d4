// What a person can do with one line of the history. In sight: Copy (the reason to come back
// here) and Open for an upload, Retry and Details for a failure. The rest, in words, under
// "More": Show in folder, Remove from history (at once, with Undo), and, set apart at the end,
// Delete from the provider, which cannot be undone and is offered only where the provider can
// delete (shared/providers.ts deleteUpload).

import { useState } from 'react';
import { usedKeyOfEntry, type HistoryEntry } from '../../../shared/history-types.ts';
import { deletionNotOfferedWords, PROVIDERS } from '../../../shared/providers.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';
import { CopyButton } from './copy-button.tsx';
import { HistoryDetails } from './history-details.tsx';
import { OpenIcon } from './icons.tsx';
import { NextStepDialog, useNextStep } from './next-step.tsx';
import { RowMenu } from './row-menu.tsx';
import { mediaKindOfName } from '../../../shared/media-formats.ts';
import { refusalWords } from '../../../shared/refusal-notice.ts';
import { translator } from '../i18n.ts';

interface Props {
  readonly entry: HistoryEntry;
  /** A failure whose file was uploaded to the same provider afterwards: nothing to retry. */
  readonly uploadedLater: boolean;
}

export function HistoryRowActions({ entry, uploadedLater }: Props) {
  const [dialog, setDialog] = useState<'details' | 'next-step' | undefined>(undefined);
  const { name, url, assetId } = entry;
  const info = PROVIDERS[entry.provider];
  const live = entry.ok && entry.removedAt === undefined;
  // The history keeps no format of its own: the kind is read from the name's extension.
  const step = useNextStep({ provider: entry.provider, url, assetId, kind: mediaKindOfName(name), usedKey: usedKeyOfEntry(entry) });
  const canDelete = live && assetId !== undefined && deletionNotOfferedWords(info) === undefined;
  const open = () => void askMain('The link could not be opened.', () => uploader()['shell:open-url']({ historyEntry: entry.id }));
  const showFile = () => void askMain(`${name} could not be shown.`, () => uploader()['shell:show-file']({ historyEntry: entry.id }));

  return (
    <div className="row-actions">
      {live && url !== undefined && <CopyButton text={url} label="Copy link" ariaLabel={`Copy link for ${name}`} copiedMessage={`Link for ${name} copied.`} />}
      {live && url === undefined && assetId !== undefined && (
        <CopyButton text={assetId} label="Copy ID" ariaLabel={`Copy ID for ${name}`} copiedMessage={`The ID for ${name} was copied.`} />
      )}
      {live && url !== undefined && (
        <button type="button" className="icon-button" aria-label={`Open link for ${name}`} title="Open in your browser" onClick={open}>
          <OpenIcon />
        </button>
      )}
      {!entry.ok && !uploadedLater && <button type="button" className="button small" aria-label={`Retry ${name}`} onClick={() => void retry(entry)}>Retry</button>}
      {!entry.ok && (
        <button type="button" className="button small quiet" aria-label={`Details for ${name}`} aria-haspopup="dialog" onClick={() => setDialog('details')}>Details</button>
      )}
      <RowMenu label={`More actions for ${name}`}>
        {live && url !== undefined && assetId !== undefined && (
          <CopyButton text={assetId} label="Copy ID" ariaLabel={`Copy ID for ${name}`} copiedMessage={`The ID for ${name} was copied.`} className="menu-item" />
        )}
        {live && step !== undefined && (
          <button type="button" className="menu-item" aria-haspopup="dialog" onClick={() => setDialog('next-step')}>Use it next (for developers)…</button>
        )}
        <button type="button" className="menu-item" onClick={showFile}>Show in folder</button>
        <button type="button" className="menu-item" onClick={() => void remove(entry)}>Remove from history</button>
        {canDelete && (
          <>
            <div role="separator" className="menu-separator" />
            <button type="button" className="menu-item danger" onClick={() => void deleteUpload(entry)}>Delete from {info.name}…</button>
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
  const result = await askMain(`${name} could not be added again.`, () => uploader()['history:retry']({ id: entry.id }));
  if (result === undefined) return;
  if (result.added.length > 0) {
    useAppStore.getState().showTab('queue');
    useAppStore.getState().announce(`${name} is back in the queue for ${PROVIDERS[entry.provider].name}.`);
  } else {
    useAppStore.getState().pushNotice({ tone: 'warning', title: `${name} could not be added again.`, lines: result.refused.map((r) => refusalWords(translator.t, r)) });
  }
}

/** Main asks the person first (a native question), since this cannot be undone. */
async function deleteUpload(entry: HistoryEntry): Promise<void> {
  const provider = PROVIDERS[entry.provider].name;
  const result = await askMain(`${entry.name} could not be deleted from ${provider}.`, () => uploader()['history:delete-upload']({ id: entry.id }));
  if (result?.deleted === true) useAppStore.getState().announce(`${entry.name} was deleted from ${provider}.`);
}

/**
 * Removes the line at once (the upload stays with the provider) and offers Undo. The focus goes
 * to the row that takes its place, not back to the top of the window.
 */
async function remove(entry: HistoryEntry): Promise<void> {
  const ids = useAppStore.getState().history?.entries.map((e) => e.id) ?? [];
  const at = ids.indexOf(entry.id);
  const neighbour = ids[at + 1] ?? ids[at - 1];
  const removed = await askMain(`${entry.name} could not be removed from the history.`, async () => {
    await uploader()['history:remove']({ id: entry.id });
    return true;
  });
  if (removed === undefined) return;
  focusRowOnce(neighbour, (shown) => !shown.includes(entry.id));
  useAppStore.getState().pushNotice({
    tone: 'info',
    title: `${entry.name} was removed from the history.`,
    lines: [],
    action: {
      label: 'Undo',
      run: () => {
        void askMain(`${entry.name} could not be put back in the history.`, async () => {
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
