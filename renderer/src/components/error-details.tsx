import { useTranslation } from 'react-i18next';
import { errorWords } from '../../../shared/i18n/error-words.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { isBlocked, type QueueItem } from '../../../shared/queue-types.ts';
import { typeLabel } from '../queue-words.ts';
import { CopyButton } from './copy-button.tsx';

/**
 * "Technical details": the plain sentence, the service's own words, the code, and "Copy for
 * support", which copies all of it (never a key or a path beyond the file's name) as text to
 * paste into an e-mail.
 */
export function ErrorDetails({ id, item }: { id: string; item: QueueItem }) {
  const { t } = useTranslation();
  const info = isBlocked(item) ? item.problem : item.status === 'failed' ? item.error : undefined;
  if (info === undefined) return null;
  const provider = PROVIDERS[item.provider].name;
  const code = [`Code ${info.code}`, info.status !== undefined ? `HTTP ${info.status}` : undefined, item.attempt > 1 ? `${item.attempt} attempts` : undefined]
    .filter((part) => part !== undefined).join(' · ');
  const support = [
    `File: ${item.name} (${typeLabel(item.formatId)}, ${item.size} bytes)`,
    `Service: ${provider}`,
    `What happened: ${info.message}`,
    ...(info.detail !== undefined && info.detail !== '' ? [`${provider} said: ${info.detail}`] : []),
    code,
  ].join('\n');
  return (
    <div className="row-details" id={id} role="region" aria-label={`Technical details for ${item.name}`}>
      <p className="details-message">{errorWords(t, info)}</p>
      {info.detail !== undefined && info.detail !== '' && (
        <p className="details-provider">
          <span className="details-label">{provider} said:</span> <span className="details-quote">{info.detail}</span>
        </p>
      )}
      <div className="details-foot">
        <p className="details-code">{code}</p>
        <CopyButton text={support} label="Copy for support" ariaLabel={`Copy for support: ${item.name}`}
          copiedMessage="The details were copied. Paste them into your message to support." className="button small quiet" />
      </div>
    </div>
  );
}
