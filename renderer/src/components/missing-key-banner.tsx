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
  const showTab = useAppStore((s) => s.showTab);
  const name = PROVIDERS[provider].name;
  return (
    <p>
      No {name} key yet, so files set to {name} cannot upload.{' '}
      <button type="button" className="link-button" onClick={() => showTab('settings', provider)}>
        Add the {name} key in Settings
      </button>
    </p>
  );
}
