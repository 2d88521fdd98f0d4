import { mediaFormat } from '../../../shared/media-formats.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { suggestedProvider } from '../store/queue-selectors.ts';
import { conversionFor } from '../store/conversion-selectors.ts';
import { uploader } from '../uploader-api.ts';
import { ResultActions } from './result-actions.tsx';
import { usedKeyOf } from '../../../shared/key-names.ts';
import { CloseIcon } from './icons.tsx';

interface Props {
  readonly item: QueueItem;
  /** Not started, and its provider has no key yet: the row's action is to add one. */
  readonly needsKey: boolean;
  /** What names the file in the buttons' names; a provider's line of a file sent to several adds the provider. */
  readonly label?: string;
  /** Providers the file goes to already (its other lines): not suggested as "Send to …". */
  readonly taken?: readonly ProviderId[];
}

/**
 * The buttons a row offers in its state, sized to what it shows: the one that moves the file on
 * (Upload, Add key, Convert and upload, Send to …, Retry, Cancel, Copy link) and Remove. Every name includes the
 * file's name for screen readers.
 */
export function RowActions({ item, needsKey, label, taken }: Props) {
  const showTab = useAppStore((s) => s.showTab);
  const suggestion = useAppStore((s) => (isBlocked(item) ? suggestedProvider(s, item, taken) : undefined));
  const { id } = item;
  const name = label ?? item.name;
  const api = uploader;

  const start = () => void askMain(`${name} could not be started.`, () => api()['queue:start']({ ids: [id] }));
  const cancel = () => void askMain(`${name} could not be cancelled.`, () => api()['queue:cancel']({ id }));
  const retry = () => void askMain(`${name} could not be retried.`, () => api()['queue:retry']({ id }));
  const remove = () => void askMain(`${name} could not be removed.`, () => api()['queue:remove']({ id }));

  const removeButton = (
    <button type="button" className="icon-button" aria-label={`Remove ${name} from the list`} title="Remove from the list" onClick={remove}>
      <CloseIcon />
    </button>
  );
  // One click to a provider that takes the file (one with a key first).
  const sendElsewhere = suggestion !== undefined && (
    <button type="button" className="button small" aria-label={`Send to ${PROVIDERS[suggestion].name}: ${name}`}
      onClick={() => void askMain(`The service for ${name} could not be changed.`, () => api()['queue:set-provider']({ ids: [id], provider: suggestion }))}>
      Send to {PROVIDERS[suggestion].name}
    </button>
  );
  // One click to a copy in a format the provider takes, where one exists (shared/conversions.ts).
  const target = conversionFor(item);
  const convert = target !== undefined && (
    <button type="button" className="button small" aria-label={`Convert and upload ${name} as ${target.label}`}
      onClick={() => void askMain(`${name} could not be converted.`, () => api()['queue:convert']({ ids: [id] }))}>
      Convert and upload
    </button>
  );
  const addKey = (
    <button type="button" className="button small" aria-label={`Add key for ${PROVIDERS[item.provider].name}`} onClick={() => showTab('settings', item.provider)}>
      Add key
    </button>
  );

  switch (item.status) {
    case 'idle':
      if (item.earlier !== undefined) return <><EarlierChoice id={id} name={name} isLink={item.earlier.url !== undefined} />{removeButton}</>;
      if (isBlocked(item)) return <>{convert}{sendElsewhere}{removeButton}</>;
      return (
        <>
          {needsKey ? addKey : (
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
    case 'processing':
    case 'done': {
      const { url, assetId } = item.result;
      return (
        <>
          <ResultActions name={name} provider={item.provider} url={url} assetId={assetId} heldAt={{ queueItem: id }}
            kind={mediaFormat(item.result.converted?.to ?? item.formatId)?.kind} usedKey={usedKeyOf(item.key)} developerMenu />
          {removeButton}
        </>
      );
    }
    case 'failed':
    case 'cancelled':
    case 'interrupted':
      return (
        <>
          {isBlocked(item) ? <>{convert}{sendElsewhere}</> : (
            <button type="button" className="button small" aria-label={`Retry ${name}`} onClick={retry}>
              Retry
            </button>
          )}
          {removeButton}
        </>
      );
  }
}

/** "Already uploaded?": the earlier upload's link instead of a new upload, or a new upload after all. */
function EarlierChoice({ id, name, isLink }: { id: string; name: string; isLink: boolean }) {
  const what = isLink ? 'link' : 'ID';
  return (
    <>
      <button type="button" className="button small primary" aria-label={`Use that ${what} for ${name}`}
        onClick={() => void askMain(`The earlier ${what} for ${name} could not be used.`, () => uploader()['queue:use-earlier']({ id }))}>
        Use that {what}
      </button>
      <button type="button" className="button small" aria-label={`Upload again: ${name}`}
        onClick={() => void askMain(`${name} could not be changed.`, () => uploader()['queue:dismiss-earlier']({ id }))}>
        Upload again
      </button>
    </>
  );
}
