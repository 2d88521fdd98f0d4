import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectProvidersMissingKeys } from '../store/queue-selectors.ts';
import { WarningIcon } from './icons.tsx';

/** Files are set to a provider that has no key: say so before the person presses Upload. */
export function MissingKeyBanner() {
  const missing = useAppStore(useShallow(selectProvidersMissingKeys));
  if (missing.length === 0) return null;
  return (
    <div className="banner" data-tone="warning">
      <WarningIcon />
      <div className="banner-text">
        {missing.map((provider) => (
          <MissingKeyLine key={provider} provider={provider} />
        ))}
      </div>
    </div>
  );
}

export function MissingKeyLine({ provider }: { provider: ProviderId }) {
  const { t } = useTranslation('queue');
  const showTab = useAppStore((s) => s.showTab);
  const name = PROVIDERS[provider].name;
  return (
    <p>
      {t('missingKey.line', { service: name })}{' '}
      <button type="button" className="link-button" onClick={() => showTab('settings', provider)}>
        {t('missingKey.add', { service: name })}
      </button>
    </p>
  );
}
