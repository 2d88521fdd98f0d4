// --region for `upload` and `keys test`, from the provider table: any region a provider offers
// is accepted (a provider without regions ignores it), so a script can pass one flag to all.

import { PROVIDER_IDS, PROVIDERS, REGION_IDS } from '../../shared/providers.ts';
import type { CliWords } from './cli-language.ts';

/** `us|eu`, for the usage lines. */
export const REGION_CHOICES = REGION_IDS.join('|');

/** What --region does, one clause per provider with regions. */
export function regionHelp(words: CliWords): string {
  return PROVIDER_IDS.flatMap((id) => {
    const regions = PROVIDERS[id].regions;
    return regions === undefined ? [] : [words.t('upload.regionHelp', { provider: PROVIDERS[id].name, region: regions.choices[0].id })];
  }).join('; ');
}

/** The sentence for a --region no provider offers, or undefined when it is fine (or absent). */
export function regionProblem(region: string | undefined, words: CliWords): string | undefined {
  if (region === undefined || REGION_IDS.includes(region)) return undefined;
  const choices = new Intl.ListFormat(words.language, { type: 'disjunction' }).format(REGION_IDS);
  return words.t('options.region', { choices, region });
}
