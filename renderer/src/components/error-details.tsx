import { PROVIDERS } from '../../../shared/providers.ts';
import { isBlocked, type QueueItem } from '../../../shared/queue-types.ts';

/** What went wrong, in full: the plain sentence, then the provider's own words for those who want them. */
export function ErrorDetails({ id, item }: { id: string; item: QueueItem }) {
  const info = isBlocked(item) ? item.problem : item.status === 'failed' ? item.error : undefined;
  if (info === undefined) return null;
  const provider = PROVIDERS[item.provider].name;
  return (
    <div className="row-details" id={id}>
      <p className="details-message">{info.message}</p>
      {info.detail !== undefined && info.detail !== '' && (
        <p className="details-provider">
          <span className="details-label">{provider} said:</span> <span className="details-quote">{info.detail}</span>
        </p>
      )}
      <p className="details-code">
        Code {info.code}
        {info.status !== undefined ? ` · HTTP ${info.status}` : ''}
        {item.attempt > 1 ? ` · ${item.attempt} attempts` : ''}
      </p>
    </div>
  );
}
