import { useTranslation } from 'react-i18next';
import { keyLabel } from '../../../shared/key-names.ts';
import { providerRefusal, type FileFacts } from '../../../shared/provider-rules.ts';
import { PROVIDERS, PROVIDER_IDS, isProviderId, type ProviderId } from '../../../shared/providers.ts';
import type { SavedKeyStatus } from '../../../shared/settings-types.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/app-store.ts';
import { selectSavedKeys } from '../store/key-selectors.ts';
import { selectHasKey } from '../store/queue-selectors.ts';

interface Props {
  readonly value: ProviderId;
  /** Which of the chosen service's keys, where it has several; its default when absent. */
  readonly keyName?: string | undefined;
  /** `keyName`: the key chosen, where the service has several ("HeyGen — Work"); absent for a service with one. */
  readonly onChange: (provider: ProviderId, keyName?: string) => void;
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

// An option's value: the service, and after the first ":" one of its keys (names may hold ":", ids never do).
const optionValue = (provider: ProviderId, keyName?: string): string => (keyName === undefined ? provider : `${provider}:${keyName}`);
const SEVERAL = 'several';

/**
 * A native select: keyboard and screen readers know it without help. Option names say which
 * providers have no key yet and, for one file, which would not take it. A service with more than
 * one key offers each ("HeyGen — Work", "HeyGen — Personal"); with one, it is just "HeyGen".
 */
export function ProviderSelect({ value, keyName, onChange, ariaLabel, disabled, id, className = 'select', file, onSeveral }: Props) {
  const { t } = useTranslation('queue');
  const missing = useAppStore(useShallow((s) => PROVIDER_IDS.filter((p) => !selectHasKey(s, p))));
  const keysOf = useAppStore(useShallow((s) => PROVIDER_IDS.map((p) => selectSavedKeys(s, p))));
  const choices = (provider: ProviderId): readonly SavedKeyStatus[] => {
    const saved = keysOf[PROVIDER_IDS.indexOf(provider)] ?? [];
    return saved.length > 1 ? saved : [];
  };
  const chosen = choices(value);
  const currentKey = chosen.find((k) => k.name === keyName) ?? chosen.find((k) => k.isDefault);
  const current = chosen.length === 0 ? value : optionValue(value, currentKey?.name);
  // A narrow row cuts "AssemblyAI — Client": the whole of it on hover.
  const title = currentKey === undefined ? undefined : keyLabel(t, PROVIDERS[value].name, currentKey.name);
  return (
    <select
      id={id}
      className={className}
      aria-label={ariaLabel}
      title={title}
      value={current}
      disabled={disabled}
      onChange={(event) => {
        if (event.target.value === SEVERAL) {
          onSeveral?.();
          return;
        }
        const [provider, ...name] = event.target.value.split(':');
        if (isProviderId(provider)) onChange(provider, name.length === 0 ? undefined : name.join(':'));
      }}
    >
      {PROVIDER_IDS.map((provider) => {
        const refuses = file !== undefined && providerRefusal(PROVIDERS[provider], file) !== undefined;
        // The chosen one's own problem is on the row already; its name stays short enough to read.
        const notes = [refuses && provider !== value ? t('choices.wontTake') : undefined, missing.includes(provider) ? t('choices.noKey') : undefined]
          .filter((n) => n !== undefined);
        const suffix = notes.length > 0 ? ` (${notes.join(t('separator'))})` : '';
        const named = choices(provider);
        if (named.length === 0) {
          return <option key={provider} value={provider} disabled={refuses && provider !== value}>{PROVIDERS[provider].name}{suffix}</option>;
        }
        return named.map((k) => (
          <option key={optionValue(provider, k.name)} value={optionValue(provider, k.name)} disabled={refuses && provider !== value}>
            {keyLabel(t, PROVIDERS[provider].name, k.name)}{suffix}
          </option>
        ));
      })}
      {onSeveral !== undefined && <option value={SEVERAL}>{t('choices.several')}</option>}
    </select>
  );
}
