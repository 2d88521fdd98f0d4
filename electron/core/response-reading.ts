// Reads a provider's answer into a result or an UploadError. A success needs a 2xx status,
// JSON, and the body's own success marker with the field the user copies: anything less is
// an error, never a success with an empty link.

import type { ErrorCode } from '../../shared/error-codes.ts';
import { cleanDetail, UploadError } from './upload-error.ts';
import { isResult, type ParsedAnswer, type ProviderAdapter } from './providers/provider-adapter.ts';
import { parseRetryAfter } from './retry-policy.ts';

export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function statusCode(status: number): ErrorCode {
  if (status === 401) return 'KEY_REJECTED';
  if (status === 402 || status === 403) return 'FORBIDDEN';
  if (status === 408) return 'TIMEOUT';
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  return 'PROVIDER_ERROR';
}

/** A proxy's HTML error page says little; its <title> is the useful part. */
function plainText(body: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body);
  if (title?.[1] !== undefined) return title[1];
  return body.trimStart().startsWith('<') ? body.replace(/<[^>]+>/g, ' ') : body;
}

export function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

export function readAnswer(adapter: ProviderAdapter<string>, answer: RawAnswer, now: Date, secrets: readonly string[]): ParsedAnswer {
  const provider = adapter.info.name;
  const json = parseJson(answer.body);
  const retryAfterMs = parseRetryAfter(answer.headers['retry-after'], now.getTime());
  const base = { status: answer.status, ...(retryAfterMs !== undefined && { retryAfterMs }) };

  if (answer.status >= 200 && answer.status < 300) {
    if (!json.ok) {
      return fail('BAD_RESPONSE', `The answer is not JSON: ${plainText(answer.body).slice(0, 120)}`);
    }
    const parsed = adapter.parseSuccess(json.value);
    if (isResult(parsed)) return parsed;
    return fail(parsed.code ?? 'PROVIDER_ERROR', parsed.detail);
  }

  const said = json.ok ? adapter.parseFailure(json.value) : { detail: plainText(answer.body) };
  // The status decides retrying; the body may be more precise than a generic status
  // (HeyGen's key codes on a 400, memories.ai's "exceeded the limit" on a 400).
  const fromStatus = statusCode(answer.status);
  const precise = said.code !== undefined && (fromStatus === 'PROVIDER_ERROR' || said.code === 'KEY_REJECTED' || said.code === 'RATE_LIMITED');
  return fail(precise && said.code !== undefined ? said.code : fromStatus, said.detail);

  function fail(code: ErrorCode, detail: string | undefined): never {
    const clean = cleanDetail(detail, secrets);
    throw UploadError.of(code, provider, { ...base, ...(clean !== undefined && { detail: clean }) });
  }
}

/** Worth another attempt without the user changing anything (DESIGN.md: network, 408, 429, 5xx). */
export function isRetryable(error: UploadError): boolean {
  if (error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.code === 'RATE_LIMITED') return true;
  return error.status !== undefined && error.status >= 500;
}
