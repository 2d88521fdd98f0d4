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
  const code = [
    t('start:errorDetails.code', { code: info.code }),
    info.status !== undefined ? t('start:errorDetails.http', { status: info.status }) : undefined,
    item.attempt > 1 ? t('start:errorDetails.attempts', { count: item.attempt }) : undefined,
  ].filter((part) => part !== undefined).join(' · ');
  const support = [
    t('start:errorDetails.file', { name: item.name, type: typeLabel(item.formatId), size: item.size }),
    t('start:errorDetails.service', { service: provider }),
    t('start:errorDetails.what', { what: info.message }),
    ...(info.detail !== undefined && info.detail !== '' ? [t('start:errorDetails.saidLine', { service: provider, detail: info.detail })] : []),
    code,
  ].join('\n');
  return (
    <div className="row-details" id={id} role="region" aria-label={t('start:errorDetails.region', { name: item.name })}>
      <p className="details-message">{errorWords(t, info)}</p>
      {info.detail !== undefined && info.detail !== '' && (
        <p className="details-provider">
          <span className="details-label">{t('start:errorDetails.said', { service: provider })}</span> <span className="details-quote" translate="no">{info.detail}</span>
        </p>
      )}
      <div className="details-foot">
        <p className="details-code">{code}</p>
        <CopyButton text={support} label={t('start:errorDetails.copy')} ariaLabel={t('start:errorDetails.copyLabel', { name: item.name })}
          copiedMessage={t('start:errorDetails.copied')} className="button small quiet" />
      </div>
    </div>
  );
}
