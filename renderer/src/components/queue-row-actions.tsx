import { isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';
import { ResultActions } from './result-actions.tsx';
import { CloseIcon } from './icons.tsx';

interface Props {
  readonly item: QueueItem;
  readonly expanded: boolean;
  readonly detailsId: string;
}

/** The buttons a row offers in its state. Every name includes the file's name for screen readers. */
export function RowActions({ item, expanded, detailsId }: Props) {
  const toggleExpanded = useAppStore((s) => s.toggleExpanded);
  const { id, name } = item;
  const api = uploader;

  const start = () => void askMain(`${name} could not be started.`, () => api()['queue:start']({ ids: [id] }));
  const cancel = () => void askMain(`${name} could not be cancelled.`, () => api()['queue:cancel']({ id }));
  const retry = () => void askMain(`${name} could not be retried.`, () => api()['queue:retry']({ id }));
  const remove = () => void askMain(`${name} could not be removed.`, () => api()['queue:remove']({ id }));

  const blocked = isBlocked(item);
  const hasDetails = blocked || item.status === 'failed';
  const details = hasDetails && (
    <button type="button" className="button small quiet" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined}
      aria-label={`Details for ${name}`} onClick={() => toggleExpanded(id)}>
      Details
    </button>
  );
  const removeButton = (
    <button type="button" className="icon-button" aria-label={`Remove ${name} from the list`} title="Remove from the list" onClick={remove}>
      <CloseIcon />
    </button>
  );

  switch (item.status) {
    case 'idle':
      return (
        <>
          {details}
          {!blocked && (
            <button type="button" className="button small" aria-label={`Upload ${name}`} onClick={start}>
              Upload
            </button>
          )}
          {removeButton}
        </>
      );
    case 'waiting':
    case 'uploading':
      return (
        <button type="button" className="button small" aria-label={`Cancel upload of ${name}`} onClick={cancel}>
          Cancel
        </button>
      );
    case 'done': {
      const { url, assetId } = item.result;
      return (
        <>
          <ResultActions name={name} url={url} assetId={assetId} heldAt={{ queueItem: id }} />
          {removeButton}
        </>
      );
    }
    case 'failed':
    case 'cancelled':
    case 'interrupted':
      return (
        <>
          {details}
          {!blocked && (
            <button type="button" className="button small" aria-label={`Retry ${name}`} onClick={retry}>
              Retry
            </button>
          )}
          {removeButton}
        </>
      );
  }
}
