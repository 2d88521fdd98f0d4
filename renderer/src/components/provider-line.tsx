import { useTranslation } from 'react-i18next';
// One provider's line under a file sent to several (file-group-row.tsx): the star that marks the
// main service (whose link or ID the file's Copy button copies), the link or ID once there is one, its own
// state and progress, its own buttons (Upload, Cancel, Retry, Copy, Remove…), and its own sentence
// (a refusal, a failure). Every button's name says the file and the provider, so a screen reader
// tells the lines apart ("Cancel upload of talk.mp3 (AssemblyAI)").

import { useId } from 'react';
import { PROVIDERS, resultText, type ProviderId } from '../../../shared/providers.ts';
import { hasResult, isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { idName } from '../../../shared/words.ts';
import { askMain } from '../ask-main.ts';
import { lineHeight } from '../group-heights.ts';
import { NARROW_WINDOW, resultIsId } from '../queue-words.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';
import { uploader } from '../uploader-api.ts';
import { ErrorDetails } from './error-details.tsx';
import { RowActions } from './queue-row-actions.tsx';
import { RowMessage, RowState } from './queue-row.tsx';
import { useMediaQuery } from './use-media-query.ts';

interface Props {
  readonly item: QueueItem;
  /** Its link or ID is the one "Copy link" gives for the file. */
  readonly main: boolean;
  /** Every provider the file goes to. */
  readonly providers: readonly ProviderId[];
}

export function ProviderLine({ item, main, providers }: Props) {
  const { t } = useTranslation('queue');
  const hasKey = useAppStore((s) => selectHasKey(s, item.provider));
  const expanded = useAppStore((s) => s.expandedIds[item.id] === true);
  const toggleExpanded = useAppStore((s) => s.toggleExpanded);
  const detailsId = useId();
  const narrow = useMediaQuery(NARROW_WINDOW);
  const provider = PROVIDERS[item.provider].name;
  const label = `${item.name} (${provider})`;
  // What this service gives to copy, as the file's Copy button names it (shared/words.ts: never an ID called a link).
  const isId = PROVIDERS[item.provider].result[0] === 'assetId';
  const needsKey = item.status === 'idle' && !hasKey && !isBlocked(item);
  const hasDetails = isBlocked(item) || item.status === 'failed';
  const makeMain = () => void askMain(t('line.mainFailed', { name: item.name }), () => uploader()['queue:set-primary']({ id: item.id }));

  return (
    <div role="listitem" aria-label={provider} className="provider-line" data-status={item.status} style={{ height: lineHeight(item, needsKey, narrow, expanded) }}
      data-problem={isBlocked(item) ? 'true' : undefined} data-needs-key={needsKey ? 'true' : undefined} data-main={main ? 'true' : undefined}>
      <button type="button" className="icon-button main-star" aria-pressed={main} aria-label={t('line.mainFor', { name: item.name, service: provider })}
        title={main ? t(isId ? 'line.isMainId' : 'line.isMainLink') : t(isId ? 'line.makeMainId' : 'line.makeMainLink', { service: provider })}
        onClick={() => !main && makeMain()}>
        <StarIcon filled={main} />
      </button>
      <span className="line-provider">
        {provider}
        {main && <span className="main-note">{t(isId ? 'line.mainId' : 'line.mainLink')}</span>}
      </span>
      <LineResult item={item} provider={provider} />
      <RowMessage item={item} needsKey={needsKey} />
      <div className="row-state">
        <RowState item={item} hasKey={hasKey} label={label} />
        {hasDetails && (
          <button type="button" className="link-button details-toggle" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined}
            aria-label={t('row.technicalDetailsFor', { name: label })} onClick={() => toggleExpanded(item.id)}>
            {t('row.technicalDetails')}
          </button>
        )}
      </div>
      <div className="row-actions">
        <RowActions item={item} needsKey={needsKey} label={label} taken={providers} />
      </div>
      {expanded && <ErrorDetails id={detailsId} item={item} />}
    </div>
  );
}

/** The link, or "ID" and the ID, once the provider has the file. */
function LineResult({ item, provider }: { item: QueueItem; provider: string }) {
  const { t } = useTranslation('queue');
  const text = hasResult(item) ? resultText(PROVIDERS[item.provider], item.result) : undefined;
  if (text === undefined) return <span className="line-result" />;
  if (resultIsId(item)) {
    return <span className="line-result row-result" title={`${idName(t, provider)} ${text}`}>{t('row.id')} <span className="mono" translate="no">{text}</span></span>;
  }
  return <span className="line-result row-result mono" title={text} translate="no">{text}</span>;
}

/** The main link's mark: filled for the one Copy link gives, an outline for the others. */
function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg width={16} height={16} viewBox="0 0 24 24" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.8"
      strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3l-5.6 2.9 1.1-6.2L3 9.6l6.2-.9L12 3Z" />
    </svg>
  );
}
