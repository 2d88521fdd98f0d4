// One file in the queue. Each row reads only its own item, so a progress tick re-renders one
// row, not ten thousand.

import { useId } from 'react';
import { formatBytes } from '../../../shared/format-units.ts';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { PROVIDERS, resultText, type ProviderId } from '../../../shared/providers.ts';
import { canRestart, isActive, isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { askMain } from '../ask-main.ts';
import { INTERRUPTED_NOTE, progressLine, statusWord, typeLabel } from '../queue-words.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';
import { KindIcon } from './icons.tsx';
import { ProgressBar } from './progress-bar.tsx';
import { ProviderSelect } from './provider-select.tsx';
import { RowActions } from './queue-row-actions.tsx';
import { ErrorDetails } from './error-details.tsx';

interface Props {
  readonly id: string;
  readonly index: number;
  readonly setSize: number;
  readonly top: number;
  readonly height: number;
}

export function QueueRow({ id, index, setSize, top, height }: Props) {
  const item = useAppStore((s) => s.queue?.queueById.get(id));
  const expanded = useAppStore((s) => s.expandedIds[id] === true);
  const nameId = useId();
  const detailsId = useId();
  if (item === undefined) return null;

  const setProvider = (provider: ProviderId) =>
    void askMain(`The provider for ${item.name} could not be changed.`, () => uploader()['queue:set-provider']({ ids: [item.id], provider }));

  return (
    <div
      role="listitem"
      aria-labelledby={nameId}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className="queue-row"
      data-status={item.status}
      data-problem={isBlocked(item) ? 'true' : undefined}
      style={{ transform: `translateY(${top}px)`, height }}
    >
      <div className="row-main">
        <span className="kind-icon">
          <KindIcon kind={mediaFormat(item.formatId)?.kind} />
        </span>
        <span className="row-name" id={nameId} title={item.path}>
          {item.name}
        </span>
        <span className="row-meta">
          {typeLabel(item.formatId)} · {formatBytes(item.size)}
        </span>
        <RowMessage item={item} />

        <div className="row-provider">
          <ProviderSelect value={item.provider} onChange={setProvider} ariaLabel={`Provider for ${item.name}`} disabled={!canRestart(item)} />
        </div>

        <div className="row-state">
          <RowState item={item} />
        </div>

        <div className="row-actions">
          <RowActions item={item} expanded={expanded} detailsId={detailsId} />
        </div>
      </div>
      {expanded && <ErrorDetails id={detailsId} item={item} />}
    </div>
  );
}

function RowMessage({ item }: { item: QueueItem }) {
  // The provider's refusal comes first: it says what to change before anything can be sent.
  if (isBlocked(item)) {
    return <span className="row-message" data-tone="error" title={item.problem.message}>{item.problem.message}</span>;
  }
  if (item.status === 'failed') {
    return <span className="row-message" data-tone="error" title={item.error.message}>{item.error.message}</span>;
  }
  if (item.status === 'interrupted') {
    return <span className="row-message" data-tone="warning" title={INTERRUPTED_NOTE}>{INTERRUPTED_NOTE}</span>;
  }
  if (item.caution && item.status !== 'done') {
    return <span className="row-message" data-tone="warning" title={item.caution}>{item.caution}</span>;
  }
  return null;
}

function RowState({ item }: { item: QueueItem }) {
  const word = statusWord(item);
  if (isActive(item)) {
    const progress = item.status === 'uploading' ? item.progress : undefined;
    const sent = progress?.sent ?? 0;
    const total = progress?.total ?? item.size;
    return (
      <>
        <span className="status-word" data-status={item.status}>{word}</span>
        <ProgressBar fraction={progress === undefined ? undefined : total > 0 ? sent / total : 0} label={`Upload progress for ${item.name}`} />
        <span className="row-progress-line">
          {progress === undefined ? `Starts when a place is free` : progressLine(sent, total, progress.speed, progress.etaSeconds)}
        </span>
      </>
    );
  }
  if (item.status === 'done') {
    const text = resultText(PROVIDERS[item.provider], item.result);
    return (
      <>
        <span className="status-word" data-status="done">{word}</span>
        <span className="row-result" title={text}>{text ?? 'Uploaded'}</span>
      </>
    );
  }
  return <span className="status-word" data-status={isBlocked(item) ? 'failed' : item.status}>{word}</span>;
}
