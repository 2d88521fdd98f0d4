import { PROVIDERS } from '../../../shared/providers.ts';
import { codeFromStatusLike, field, text, type BodyFailure, type ProviderAdapter } from './provider-adapter.ts';

// Answers {"code":200,"msg":"success","data":{"asset_id":"re_…"},"success":true,"failed":false};
// older pages show code "0000". Errors: {"code":<status>,"msg":"…","data":null}.
function failure(json: unknown): BodyFailure {
  const detail = text(json, 'msg') ?? text(json, 'message');
  // memories.ai answers a 400 "Request has exceeded the limit." when its 1 request/s pace is broken.
  if (detail !== undefined && /exceeded the limit/i.test(detail)) return { code: 'RATE_LIMITED', detail };
  const code = codeFromStatusLike(field(json, 'code'));
  return code === undefined ? { detail } : { code, detail };
}

export const memories: ProviderAdapter = {
  info: PROVIDERS.memories,
  parseSuccess(json) {
    const code = field(json, 'code');
    const succeeded =
      field(json, 'success') === true || (field(json, 'success') === undefined && (code === 200 || code === '200' || code === '0000'));
    const assetId = text(json, 'data', 'asset_id');
    if (!succeeded || field(json, 'failed') === true) return failure(json);
    return assetId === undefined ? { code: 'BAD_RESPONSE', detail: 'The answer has no data.asset_id.' } : { assetId, raw: json };
  },
  parseFailure: failure,
  readKeyCheck({ status, json }) {
    // Its body code 401/403 rejects the key whatever the status.
    const code = Number(field(json, 'code') ?? field(json, 'error', 'code'));
    if (code === 401 || code === 403) return 'rejected';
    if (status === 401 || status === 403 || status === 429) return undefined;
    // No key check is documented: a made-up asset's metadata is refused with 401 for a bad key,
    // so any other answer short of a server failure (typically 404) means the key passed.
    return status < 500 ? 'accepted' : undefined;
  },
};
