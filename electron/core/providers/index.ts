import type { ProviderId } from '../../../shared/providers.ts';
import { assemblyai } from './assemblyai.ts';
import { heygen } from './heygen.ts';
import { memories } from './memories.ts';
import type { ProviderAdapter } from './provider-adapter.ts';
import { wavespeed } from './wavespeed.ts';

export const ADAPTERS: Readonly<Record<ProviderId, ProviderAdapter>> = { assemblyai, memories, wavespeed, heygen };
