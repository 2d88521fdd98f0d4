import { PROVIDERS } from '../../../shared/providers.ts';
import { text, type ProviderAdapter } from './provider-adapter.ts';

// Answers {"upload_url": "..."}; errors are {"error": "..."}.
export const assemblyai: ProviderAdapter = {
  info: PROVIDERS.assemblyai,
  parseSuccess(json) {
    const url = text(json, 'upload_url');
    return url === undefined ? { code: 'BAD_RESPONSE', detail: text(json, 'error') ?? 'The answer has no upload_url.' } : { url, raw: json };
  },
  parseFailure(json) {
    return { detail: text(json, 'error') };
  },
};
