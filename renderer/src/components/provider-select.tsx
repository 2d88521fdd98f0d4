import { providerRefusal, type FileFacts } from '../../../shared/provider-rules.ts';
import { PROVIDERS, PROVIDER_IDS, isProviderId, type ProviderId } from '../../../shared/providers.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';

interface Props {
  readonly value: ProviderId;
  readonly onChange: (provider: ProviderId) => void;
  /** The accessible name, e.g. "Service for beach.mp4". */
  readonly ariaLabel: string;
  readonly disabled?: boolean;
  readonly id?: string;
  readonly className?: string;
  /** A row's file: providers that would refuse it are marked and cannot be chosen. */
  readonly file?: FileFacts;
  /** Offers "Several services…" last, which calls this instead of choosing (provider-choices.tsx). */
  readonly onSeveral?: () => void;
}

const SEVERAL = 'several';

/**
 * A native select: keyboard and screen readers know it without help. Option names say which
 * providers have no key yet and, for one file, which would not take it.
 */
export function ProviderSelect({ value, onChange, ariaLabel, disabled, id, className = 'select', file, onSeveral }: Props) {
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
        else if (event.target.value === SEVERAL) onSeveral?.();
      }}
    >
      {PROVIDER_IDS.map((provider) => {
        const refuses = file !== undefined && providerRefusal(PROVIDERS[provider], file) !== undefined;
        // The chosen one's own problem is on the row already; its name stays short enough to read.
        const notes = [refuses && provider !== value ? 'won’t take this file' : undefined, missing.includes(provider) ? 'no key yet' : undefined]
          .filter((n) => n !== undefined);
        return (
          <option key={provider} value={provider} disabled={refuses && provider !== value}>
            {PROVIDERS[provider].name}
            {notes.length > 0 ? ` (${notes.join(', ')})` : ''}
          </option>
        );
      })}
      {onSeveral !== undefined && <option value={SEVERAL}>Several services…</option>}
    </select>
  );
}
