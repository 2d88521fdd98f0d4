import { useTranslation } from 'react-i18next';
// A file sent to several providers at once (shared/provider-groups.ts), as one row of the list:
// its head says the file, where it goes ("Send to" with several services), how far it is, and
// offers Copy link (the main provider's link or ID), Copy all (every provider's, one a line with
// its name) and Remove; under it, a line per provider (provider-line.tsx), each an upload of its own.

import { memo, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { allResultLines, primaryOf, providerNames } from '../../../shared/provider-groups.ts';
import { PROVIDERS, resultText, type ProviderId } from '../../../shared/providers.ts';
import { canRestart, hasResult, isActive, type QueueItem } from '../../../shared/queue-types.ts';
import { askMain } from '../ask-main.ts';
import { resultIsId } from '../queue-words.ts';
import { formatSize } from '../queue-numbers.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectGroupMembers } from '../store/file-rows.ts';
import { uploader } from '../uploader-api.ts';
import { CopyButton } from './copy-button.tsx';
import { FileName } from './file-name.tsx';
import { CloseIcon } from './icons.tsx';
import { ProviderChoice } from './provider-choices.tsx';
import { ProviderLine } from './provider-line.tsx';
import { Thumbnail } from './thumbnail.tsx';
import { TypeLabel } from './queue-row.tsx';

interface Props {
  /** The row's id: its first visible item's. */
  readonly id: string;
  /** The items this row shows (under a filter, only those it lets through), in list order. */
  readonly shown: readonly string[];
  readonly index: number;
  readonly setSize: number;
  readonly top: number;
  readonly height: number;
}

const NONE: readonly QueueItem[] = [];

export const FileGroupRow = memo(function FileGroupRow({ id, shown, index, setSize, top, height }: Props) {
  const { t } = useTranslation('queue');
  const first = useAppStore((s) => s.queue?.queueById.get(id));
  const members = useAppStore((s) => (first?.group === undefined ? NONE : selectGroupMembers(s).get(first.group) ?? NONE));
  const lines = useAppStore(useShallow((s) => shown.map((memberId) => s.queue?.queueById.get(memberId)).filter((item) => item !== undefined)));
  const nameId = useId();
  if (first === undefined || members.length === 0) return null;

  const { name } = first;
  const providers = members.map((member) => member.provider);
  const main = primaryOf(members);
  const done = members.filter(hasResult).length;
  const status = members.some(isActive) ? 'uploading' : done === members.length ? 'done' : members.some((m) => m.status === 'failed' || (canRestart(m) && m.problem !== undefined)) ? 'failed' : 'idle';

  return (
    <div role="listitem" aria-labelledby={nameId} aria-posinset={index + 1} aria-setsize={setSize} className="queue-row file-group"
      data-status={status} style={{ transform: `translateY(${top}px)`, height }}>
      <div className="group-head">
        <span className="kind-icon">
          <Thumbnail id={first.id} kind={mediaFormat(first.formatId)?.kind} />
        </span>
        <FileName name={name} id={nameId} />
        <span className="row-line row-meta">
          <span className="meta-type"><TypeLabel formatId={first.formatId} t={t} />{' · '}</span>
          <span className="meta-size">{formatSize(t, first.size)}</span>
        </span>
        <div className="row-provider">
          <SendTo file={first} members={members} providers={providers} />
        </div>
        <div className="row-state">
          <span className="status-word" data-status={status}>{t('group.sentOf', { done, total: members.length })}</span>
        </div>
        <div className="row-actions">
          <GroupActions name={name} main={main} members={members} />
        </div>
      </div>
      <div role="list" aria-label={t('group.servicesFor', { name })} className="provider-lines">
        {lines.map((item) => <ProviderLine key={item.id} item={item} main={item.id === main?.id} providers={providers} />)}
      </div>
    </div>
  );
});

/** "Send to" with several services: ticking one adds it (not started), unticking one at rest removes it. */
function SendTo({ file, members, providers }: { file: QueueItem; members: readonly QueueItem[]; providers: readonly ProviderId[] }) {
  const { t } = useTranslation('queue');
  // An upload that ran or runs stays where it went: ticked, and says so.
  const fixed = new Map(members.filter((m) => !canRestart(m)).map((m) => [m.provider, isActive(m) ? t('group.uploading') : t('group.sent')] as const));
  // The lines under it name them; the button says how many, which its column has room for.
  const change = (chosen: ProviderId[]) =>
    void askMain(t('group.servicesFailed', { name: file.name }), () => uploader()['queue:set-providers']({ ids: [file.id], providers: chosen }));
  return (
    <ProviderChoice chosen={providers} onChange={change} ariaLabel={t('group.servicesFor', { name: file.name })} title={t('row.sendNameTo', { name: file.name })}
      file={{ name: file.name, size: file.size, formatId: file.formatId }} fixed={fixed} reopenKey={file.id} buttonText={t('group.services', { count: providers.length })} />
  );
}

/** Copy link (the main provider's, as a single file's row has it), Copy all, and Remove for the whole file. */
function GroupActions({ name, main, members }: { name: string; main: QueueItem | undefined; members: readonly QueueItem[] }) {
  const { t } = useTranslation('queue');
  const mainText = main !== undefined && hasResult(main) ? resultText(PROVIDERS[main.provider], main.result) : undefined;
  const isId = main !== undefined && resultIsId(main);
  const results = allResultLines(members).length;
  const remove = () => {
    for (const member of members) void askMain(t('actions.removeFailed', { name }), () => uploader()['queue:remove']({ id: member.id }));
  };
  return (
    <>
      {mainText !== undefined && main !== undefined && (
        <CopyButton text={mainText} label={t(isId ? 'result.copyId' : 'result.copyLink')} ariaLabel={t(isId ? 'result.copyIdFor' : 'result.copyLinkFor', { name })}
          copiedMessage={t(isId ? 'group.idCopied' : 'group.linkCopied', { service: PROVIDERS[main.provider].name, name })} />
      )}
      {results > 0 && (
        <CopyButton text={() => allResultLines(members).join('\n')} label={t('group.copyAll')} ariaLabel={t('group.copyAllFor', { name, services: providerNames(members.map((m) => m.provider)) })}
          copiedMessage={t('group.allCopied', { name })} className="button small quiet" />
      )}
      {!members.some(isActive) && (
        <button type="button" className="icon-button" aria-label={t('actions.removeName', { name })} title={t('actions.removeEvery')} onClick={remove}>
          <CloseIcon />
        </button>
      )}
    </>
  );
}
