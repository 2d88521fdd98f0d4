// A service's own facts as a person reads them, in the language of `t`: what it is for, how long
// it keeps uploads, its regions, and what its "Use it next" request does. The table
// (shared/providers.ts) keeps them in English for a provider outside the catalogue (a test's);
// the table's providers are said from the `common` namespace's `providers`.

import type { Translate } from './i18n/translator.ts';
import type { ProviderInfo, Region } from './provider-info.ts';
import { isProviderId } from './providers.ts';

type Fact = 'summary' | 'retention' | 'regionHint' | 'nextPurpose' | 'nextThen';

function fact(t: Translate, provider: ProviderInfo<string>, name: Fact, english: string): string {
  return isProviderId(provider.id) ? t(`common:providers.${provider.id}.${name}`) : english;
}

/** One line on what the service is for. */
export function providerSummary(t: Translate, provider: ProviderInfo<string>): string {
  return fact(t, provider, 'summary', provider.summary);
}

/** How long the service keeps an upload. */
export function retentionWords(t: Translate, provider: ProviderInfo<string>): string {
  return fact(t, provider, 'retention', provider.retentionNote);
}

/** The sentence under the region choice in Settings; empty for a provider without regions. */
export function regionHint(t: Translate, provider: ProviderInfo<string>): string {
  return provider.regions === undefined ? '' : fact(t, provider, 'regionHint', provider.regions.hint);
}

/** A region by its name ("European Union"). */
export function regionLabel(t: Translate, provider: ProviderInfo<string>, region: Region): string {
  return isProviderId(provider.id) ? t(`common:providers.${provider.id}.regions.${region.id}`) : region.label;
}

/** What the service's next request does ("Transcribe it"), and where its answer is checked. */
export function nextCallWords(t: Translate, provider: ProviderInfo<string>, call: { readonly purpose: string; readonly then?: string }): { purpose: string; then?: string } {
  return { purpose: fact(t, provider, 'nextPurpose', call.purpose), ...(call.then !== undefined && { then: fact(t, provider, 'nextThen', call.then) }) };
}
