import { PROVIDERS, PROVIDER_IDS, isProviderId, type ProviderId } from '../../../shared/providers.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';

interface Props {
  readonly value: ProviderId;
  readonly onChange: (provider: ProviderId) => void;
  /** The accessible name, e.g. "Provider for beach.mp4". */
  readonly ariaLabel: string;
  readonly disabled?: boolean;
  readonly id?: string;
  readonly className?: string;
}

/** A native select: keyboard and screen readers know it without help. Names say which have no key. */
export function ProviderSelect({ value, onChange, ariaLabel, disabled, id, className = 'select' }: Props) {
  const missing = useAppStore(useShallow((s) => PROVIDER_IDS.filter((p) => !selectHasKey(s, p))));
  return (
    <select
      id={id}
      className={className}
      aria-label={ariaLabel}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        if (isProviderId(event.target.value)) onChange(event.target.value);
      }}
    >
      {PROVIDER_IDS.map((provider) => (
        <option key={provider} value={provider}>
          {PROVIDERS[provider].name}
          {missing.includes(provider) ? ' (no key yet)' : ''}
        </option>
      ))}
    </select>
  );
}
