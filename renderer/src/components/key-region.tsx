// A provider's region, beside its key: an AssemblyAI key works only in its account's region, so
// the choice sits where the key is pasted (Settings and the guided start alike), and a key the
// provider turns down says to look here (shared/providers.ts keyRejectedNote).

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDERS, regionOf, type ProviderId } from '../../../shared/providers.ts';
import { changeSettings } from '../change-settings.ts';
import { useAppStore } from '../store/app-store.ts';
import { regionHint, regionLabel } from '../../../shared/provider-words.ts';

export function KeyRegion({ provider }: { readonly provider: ProviderId }) {
  const { t } = useTranslation();
  const { name, regions } = PROVIDERS[provider];
  const settings = useAppStore((s) => s.settings);
  const fieldId = useId();
  const hintId = useId();
  if (regions === undefined || settings === undefined) return null;
  return (
    <div className="key-region">
      <label className="field-label" htmlFor={fieldId}>{t('settings:key.region', { service: name })}</label>
      <select id={fieldId} className="select" aria-describedby={hintId} value={regionOf(PROVIDERS[provider], settings.regions[provider])?.id}
        onChange={(event) => void changeSettings({ regions: { ...settings.regions, [provider]: event.target.value } })}>
        {regions.choices.map((region) => <option key={region.id} value={region.id}>{regionLabel(t, PROVIDERS[provider], region)}</option>)}
      </select>
      <p id={hintId} className="field-hint">{regionHint(t, PROVIDERS[provider])}</p>
    </div>
  );
}
