import { PROVIDERS } from '../../../shared/providers.ts';
import { codeFromStatusLike, field, text, type BodyFailure, type ProviderAdapter } from './provider-adapter.ts';

// Answers {"code":200,"message":"success","data":{"type","download_url","filename","size"}}.
function failure(json: unknown): BodyFailure {
  const detail = text(json, 'message') ?? text(json, 'msg');
  const code = codeFromStatusLike(field(json, 'code'));
  return code === undefined ? { detail } : { code, detail };
}

export const wavespeed: ProviderAdapter = {
  info: PROVIDERS.wavespeed,
  parseSuccess(json) {
    if (field(json, 'code') !== 200) return failure(json);
    const url = text(json, 'data', 'download_url');
    if (url === undefined) return { code: 'BAD_RESPONSE', detail: 'The answer has no data.download_url.' };
    return { url, raw: json };
  },
  parseFailure: failure,
};
