import { useTranslation } from 'react-i18next';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { suggestedProvider } from '../store/queue-selectors.ts';
import { conversionFor } from '../store/conversion-selectors.ts';
import { uploader } from '../uploader-api.ts';
import { ResultActions } from './result-actions.tsx';
import { typeLabel } from '../queue-words.ts';
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
  const { t } = useTranslation('queue');
  const showTab = useAppStore((s) => s.showTab);
  const suggestion = useAppStore((s) => (isBlocked(item) ? suggestedProvider(s, item, taken) : undefined));
  const { id } = item;
  const name = label ?? item.name;
  const api = uploader;

  const start = () => void askMain(t('actions.startFailed', { name }), () => api()['queue:start']({ ids: [id] }));
  const cancel = () => void askMain(t('actions.cancelFailed', { name }), () => api()['queue:cancel']({ id }));
  const retry = () => void askMain(t('actions.retryFailed', { name }), () => api()['queue:retry']({ id }));
  const remove = () => void askMain(t('actions.removeFailed', { name }), () => api()['queue:remove']({ id }));

  const removeButton = (
    <button type="button" className="icon-button" aria-label={t('actions.removeName', { name })} title={t('actions.remove')} onClick={remove}>
      <CloseIcon />
    </button>
  );
  // One click to a provider that takes the file (one with a key first).
  const sendElsewhere = suggestion !== undefined && (
    <button type="button" className="button small" aria-label={t('actions.sendToFor', { service: PROVIDERS[suggestion].name, name })}
      onClick={() => void askMain(t('actions.serviceFailed', { name }), () => api()['queue:set-provider']({ ids: [id], provider: suggestion }))}>
      {t('actions.sendTo', { service: PROVIDERS[suggestion].name })}
    </button>
  );
  // One click to a copy in a format the provider takes, where one exists (shared/conversions.ts).
  const target = conversionFor(item);
  const convert = target !== undefined && (
    <button type="button" className="button small" aria-label={t('actions.convertAs', { name, format: typeLabel(target.id, t) })}
      onClick={() => void askMain(t('actions.convertFailed', { name }), () => api()['queue:convert']({ ids: [id] }))}>
      {t('actions.convert')}
    </button>
  );
  const addKey = (
    <button type="button" className="button small" aria-label={t('actions.addKeyFor', { service: PROVIDERS[item.provider].name })} onClick={() => showTab('settings', item.provider)}>
      {t('actions.addKey')}
    </button>
  );

  switch (item.status) {
    case 'idle':
      if (item.earlier !== undefined) return <><EarlierChoice id={id} name={name} isLink={item.earlier.url !== undefined} />{removeButton}</>;
      if (isBlocked(item)) return <>{convert}{sendElsewhere}{removeButton}</>;
      return (
        <>
          {needsKey ? addKey : (
            <button type="button" className="button small" aria-label={t('actions.uploadName', { name })} onClick={start}>
              {t('actions.upload')}
            </button>
          )}
          {removeButton}
        </>
      );
    case 'waiting':
    case 'uploading':
      return (
        <button type="button" className="button small" aria-label={t('actions.cancelName', { name })} onClick={cancel}>
          {t('actions.cancel')}
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
            <button type="button" className="button small" aria-label={t('actions.retryName', { name })} onClick={retry}>
              {t('actions.retry')}
            </button>
          )}
          {removeButton}
        </>
      );
  }
}

/** "Already uploaded?": the earlier upload's link instead of a new upload, or a new upload after all. */
function EarlierChoice({ id, name, isLink }: { id: string; name: string; isLink: boolean }) {
  const { t } = useTranslation('queue');
  return (
    <>
      <button type="button" className="button small primary" aria-label={t(isLink ? 'earlier.useLinkFor' : 'earlier.useIdFor', { name })}
        onClick={() => void askMain(t(isLink ? 'earlier.linkFailed' : 'earlier.idFailed', { name }), () => uploader()['queue:use-earlier']({ id }))}>
        {t(isLink ? 'earlier.useLink' : 'earlier.useId')}
      </button>
      <button type="button" className="button small" aria-label={t('earlier.uploadAgainFor', { name })}
        onClick={() => void askMain(t('actions.changeFailed', { name }), () => uploader()['queue:dismiss-earlier']({ id }))}>
        {t('earlier.uploadAgain')}
      </button>
    </>
  );
}
