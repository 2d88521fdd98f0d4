import type { ProviderId } from '../../../shared/providers.ts';
import { assemblyai } from './assemblyai.ts';
import { heygen } from './heygen.ts';
import { memories } from './memories.ts';
import type { ProviderAdapter } from './provider-adapter.ts';
import { wavespeed } from './wavespeed.ts';

export const ADAPTERS: Readonly<Record<ProviderId, ProviderAdapter>> = { assemblyai, memories, wavespeed, heygen };

/** The adapter for a provider of the table, or the adapter itself (a test's made-up provider). */
export function adapterOf(provider: ProviderId | ProviderAdapter<string>): ProviderAdapter<string> {
  return typeof provider === 'string' ? ADAPTERS[provider] : provider;
}
