import { PROVIDERS } from '../../../shared/providers.ts';
import { codeFromStatusLike, field, text, type BodyFailure, type ProviderAdapter } from './provider-adapter.ts';

// HeyGen's codes for a missing or wrong key (https://docs.heygen.com/reference/errors).
const KEY_CODES = new Set([40009, 400112]);

// Answers {"code":100,"data":{"id","url",…},"msg":null,"message":null}; errors carry a numeric
// code and a message, at the top level or under "error".
const bodyCode = (json: unknown): unknown => field(json, 'code') ?? field(json, 'error', 'code');
// The key codes can come with any status, 200 and 400 included.
const isKeyCode = (code: unknown): boolean => KEY_CODES.has(Number(code));

function failure(json: unknown): BodyFailure {
  const code = bodyCode(json);
  const detail = text(json, 'message') ?? text(json, 'msg') ?? text(json, 'error', 'message') ?? text(json, 'error');
  if (isKeyCode(code)) return { code: 'KEY_REJECTED', detail };
  const mapped = codeFromStatusLike(code);
  return mapped === undefined ? { detail } : { code: mapped, detail };
}

export const heygen: ProviderAdapter = {
  info: PROVIDERS.heygen,
  parseSuccess(json) {
    if (field(json, 'code') !== 100) return failure(json);
    const assetId = text(json, 'data', 'id');
    if (assetId === undefined) return { code: 'BAD_RESPONSE', detail: 'The answer has no data.id.' };
    const url = text(json, 'data', 'url');
    return url === undefined ? { assetId, raw: json } : { assetId, url, raw: json };
  },
  parseFailure: failure,
  readKeyCheck: ({ json }) => (isKeyCode(bodyCode(json)) ? 'rejected' : undefined),
};
