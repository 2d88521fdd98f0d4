// The upload command's usage text, apart from the command itself so `--help` loads no engine.

import { PROVIDER_IDS, PROVIDERS } from '../../shared/providers.ts';
import { CONCURRENCY } from '../../shared/settings-limits.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings-types.ts';
import type { CliWords } from './cli-language.ts';
import { REGION_CHOICES, regionHelp } from './region-option.ts';

export function uploadUsage(words: CliWords): string {
  return words.t('upload.usage', {
    providers: PROVIDER_IDS.join('|'),
    regions: REGION_CHOICES,
    regionHelp: regionHelp(words),
    min: CONCURRENCY.min,
    max: CONCURRENCY.max,
    concurrency: DEFAULT_SETTINGS.concurrency,
  });
}

export function providerList(words: CliWords): string {
  return PROVIDER_IDS.map((id) => `  ${id.padEnd(11)} ${words.t('main.providerLine', { name: PROVIDERS[id].name, variable: PROVIDERS[id].keyEnvVar, id })}`).join('\n');
}
