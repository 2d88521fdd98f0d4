import { useTranslation } from 'react-i18next';
// One file in the queue. Each row reads only its own item, so a progress tick re-renders one
// row, not ten thousand. The name takes the spare width and is cut in the middle; the second
// line says what matters now (a problem and how to fix it, or the link); the provider is a menu
// while the file can still go elsewhere and a plain label once it is sent.

import { memo, useId } from 'react';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { formatShortName } from '../../../shared/conversions.ts';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { PROVIDERS, resultText, type ProviderId } from '../../../shared/providers.ts';
import { canRestart, hasResult, isActive, isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { idName } from '../../../shared/words.ts';
import { askMain } from '../ask-main.ts';
import { expiryWords } from '../date-words.ts';
import { activeLine, formatName, resultIsId, rowMessage, statusWord, typeLabel } from '../queue-words.ts';
import { formatPercent, formatSize } from '../queue-numbers.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';
import { selectHasKeyChoice } from '../store/key-selectors.ts';
import { keyLabel } from '../../../shared/key-names.ts';
import { uploader } from '../uploader-api.ts';
import { ErrorDetails } from './error-details.tsx';
import { FileName } from './file-name.tsx';
import { Thumbnail } from './thumbnail.tsx';
import { ProgressBar } from './progress-bar.tsx';
import { ProviderChoice } from './provider-choices.tsx';
import { RowActions } from './queue-row-actions.tsx';

interface Props {
  readonly id: string;
  readonly index: number;
  readonly setSize: number;
  readonly top: number;
  readonly height: number;
}

/** Memoised: scrolling re-renders the list ten times a second, and a row's own props rarely change. */
export const QueueRow = memo(function QueueRow({ id, index, setSize, top, height }: Props) {
  const { t } = useTranslation('queue');
  const item = useAppStore((s) => s.queue?.queueById.get(id));
  const expanded = useAppStore((s) => s.expandedIds[id] === true);
  const hasKey = useAppStore((s) => item === undefined || selectHasKey(s, item.provider));
  // A sent file's label names its key where the service has several ("HeyGen — Work").
  const keyChoice = useAppStore((s) => item !== undefined && selectHasKeyChoice(s, item.provider));
  const toggleExpanded = useAppStore((s) => s.toggleExpanded);
  const nameId = useId();
  const detailsId = useId();
  if (item === undefined) return null;

  // A key named in the menu ("HeyGen — Work") goes with the file; otherwise the service's default does.
  const setProvider = (provider: ProviderId, keyName?: string) =>
    void askMain(t('actions.serviceFailed', { name: item.name }), () => uploader()['queue:set-provider']({ ids: [item.id], provider, key: keyName ?? null }));
  // One service as it always was; several make the file a row with a line per service (file-group-row.tsx).
  const setProviders = (providers: ProviderId[]) => {
    const [only] = providers;
    void askMain(t('actions.serviceFailed', { name: item.name }), () => (providers.length === 1 && only !== undefined
      ? uploader()['queue:set-provider']({ ids: [item.id], provider: only })
      : uploader()['queue:set-providers']({ ids: [item.id], providers })));
  };
  const hasDetails = isBlocked(item) || item.status === 'failed';
  // A finished row can be dragged out as its link, into a browser, a chat or a document.
  const link = hasResult(item) ? resultText(PROVIDERS[item.provider], item.result) : undefined;
  const dragOut = (event: React.DragEvent) => {
    if (link === undefined) return;
    if (link.startsWith('https://')) event.dataTransfer.setData('text/uri-list', link);
    event.dataTransfer.setData('text/plain', link);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const needsKey = item.status === 'idle' && !hasKey && !isBlocked(item);
  const providerLabel = keyChoice && item.key !== undefined ? keyLabel(t, PROVIDERS[item.provider].name, item.key.name) : PROVIDERS[item.provider].name;

  return (
    <div
      role="listitem"
      aria-labelledby={nameId}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className="queue-row"
      data-status={item.status}
      data-problem={isBlocked(item) ? 'true' : undefined}
      data-needs-key={needsKey ? 'true' : undefined}
      style={{ transform: `translateY(${top}px)`, height }}
      draggable={link !== undefined}
      onDragStart={dragOut}
    >
      <div className="row-main">
        <span className="kind-icon">
          <Thumbnail id={item.id} kind={mediaFormat(item.formatId)?.kind} />
        </span>
        <FileName name={item.name} id={nameId} />
        <RowLine item={item} />
        <RowMessage item={item} needsKey={needsKey} />

        <div className="row-provider">
          {canRestart(item) ? (
            <ProviderChoice chosen={[item.provider]} onChange={setProviders} ariaLabel={t('row.serviceFor', { name: item.name })} title={t('row.sendNameTo', { name: item.name })} className="select small" reopenKey={item.id}
              keyName={item.key?.name} onChangeOne={setProvider}
              {...(item.checking !== true && { file: { name: item.name, size: item.size, formatId: item.formatId } })} />
          ) : (
            <span className="provider-label" title={providerLabel} translate="no">{providerLabel}</span>
          )}
        </div>

        <div className="row-state">
          <RowState item={item} hasKey={hasKey} />
          {hasDetails && (
            <button type="button" className="link-button details-toggle" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined}
              aria-label={t('row.technicalDetailsFor', { name: item.name })} onClick={() => toggleExpanded(item.id)}>
              {t('row.technicalDetails')}
            </button>
          )}
        </div>

        <div className="row-actions">
          <RowActions item={item} needsKey={needsKey} />
        </div>
      </div>
      {expanded && <ErrorDetails id={detailsId} item={item} />}
    </div>
  );
});

/** What to know or fix first, on a line of its own under the file (the row is taller: rowHeight). */
export function RowMessage({ item, needsKey }: { item: QueueItem; needsKey: boolean }) {
  const { t } = useTranslation('queue');
  const message = rowMessage(item, needsKey, t);
  if (message === undefined) return null;
  return <span className="row-message" data-tone={message.tone} title={message.text}>{message.text}</span>;
}

/**
 * The file's type and size. In a narrow row the type gives way (with "…") before the size does,
 * and the size is never cut from its unit ("1.6" alone said nothing).
 */
function Facts({ item, extra = '', t }: { item: QueueItem; extra?: string; t: Translate }) {
  // Not looked at yet (a big drop shows its rows first): no type or size to tell; the status says "Checking…".
  if (item.checking === true) return null;
  return (
    <>
      <span className="meta-type"><TypeLabel formatId={item.formatId} t={t} />{' · '}</span>
      <span className="meta-size">{formatSize(t, item.size)}{extra}</span>
    </>
  );
}

/**
 * What the file is ("PNG image", "MP3-Audio"): the format's name is a name in every language,
 * marked so (translate="no"), and the words around it are the catalogue's.
 */
export function TypeLabel({ formatId, t }: { formatId: string | undefined; t: Translate }) {
  const label = typeLabel(formatId, t);
  const name = formatName(formatId);
  const at = name === undefined ? -1 : label.indexOf(name);
  if (name === undefined || at < 0) return <>{label}</>;
  return <>{label.slice(0, at)}<span translate="no">{name}</span>{label.slice(at + name.length)}</>;
}

/**
 * The second line: the file's type and size, and its link when done. A link, an ID and a key's
 * name are the person's own, in no language: translate="no" keeps translation tools (and the
 * pseudo-language check of plain words) off them.
 */
function RowLine({ item }: { item: QueueItem }) {
  const { t } = useTranslation('queue');
  const provider = PROVIDERS[item.provider].name;
  if (!hasResult(item)) return <span className="row-line row-meta"><Facts item={item} t={t} /></span>;
  const text = resultText(PROVIDERS[item.provider], item.result);
  const notes = [...(item.result.locationRemoved === true ? [t('row.locationRemoved')] : []), ...(item.result.reused === true ? [t('row.earlierReused')] : [])];
  const extra = notes.map((note) => ` · ${note}`).join('') + ' · ';
  return (
    <span className="row-line row-meta">
      <Facts item={item} extra={extra} t={t} />
      {text === undefined ? (
        <span>{t('row.uploaded')}</span>
      ) : resultIsId(item) ? (
        // Only "ID" and the ID here, which a narrow row cuts first: the service is named beside it
        // and the sentence saying what it is has the message line's room (rowMessage).
        <span className="row-result" title={`${idName(t, provider)} ${text}`}>
          {t('row.id')} <span className="mono" translate="no">{text}</span>
        </span>
      ) : (
        <span className="row-result mono" title={text} translate="no">{text}</span>
      )}
    </span>
  );
}


/** `label`: what names the file in the bars' names (a provider's line adds the provider: provider-line.tsx). */
export function RowState({ item, hasKey, label = item.name }: { item: QueueItem; hasKey: boolean; label?: string }) {
  const { t } = useTranslation('queue');
  const paused = useAppStore((s) => s.paused);
  const word = statusWord(item, hasKey, t);
  // A converted copy is being made: nothing is sent until it is ready.
  if (item.status === 'uploading' && item.converting !== undefined) {
    const { fraction, to } = item.converting;
    return (
      <>
        <span className="status-word" data-status={item.status}>{t('row.convertingTo', { format: formatShortName(to) })}</span>
        <ProgressBar fraction={fraction} label={t('row.conversionProgressFor', { name: label })} />
        <span className="row-progress-line">{t('row.converted', { percent: formatPercent(t, Math.floor(fraction * 100)) })}</span>
      </>
    );
  }
  if (isActive(item)) {
    const progress = item.status === 'uploading' ? item.progress : undefined;
    const sent = progress?.sent ?? 0;
    const total = progress?.total ?? item.size;
    return (
      <>
        <span className="status-word" data-status={item.status}>{word}</span>
        <ProgressBar fraction={progress === undefined ? undefined : total > 0 ? sent / total : 0} label={t('row.uploadProgressFor', { name: label })} />
        <span className="row-progress-line">
          {activeLine(item, paused, t)}
        </span>
      </>
    );
  }
  const status = isBlocked(item) ? 'failed' : item.status === 'idle' && !hasKey ? 'needs-key' : item.status;
  // Under "Done", not in the line beside the link: in a narrow window that line is cut first.
  const expiry = hasResult(item) ? expiryWords(item.result.expiresAt) : undefined;
  return (
    <>
      <span className="status-word" data-status={status}>{word}</span>
      {expiry !== undefined && <span className="row-expiry">{expiry}</span>}
    </>
  );
}
