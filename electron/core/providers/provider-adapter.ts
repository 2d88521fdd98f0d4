// What each provider's adapter supplies: how to read its answer. Everything generic (auth
// headers, bodies, status codes, retries) lives in the engine; an adapter is a few lines.

import type { ErrorCode } from '../../../shared/error-codes.ts';
import type { AuthScheme, ProviderId, ProviderInfo } from '../../../shared/providers.ts';
import type { UploadResult } from '../../../shared/queue-types.ts';

/** What a successful answer says: the link, asset ID or expiry it gives, and the whole answer. */
export interface ParsedAnswer extends UploadResult {
  /** The provider's whole answer, parsed. */
  readonly raw: unknown;
}

/** How a provider's body says "failed": its own code (if any) and message. */
export interface BodyFailure {
  readonly code?: ErrorCode;
  readonly detail?: string | undefined;
}

/** What a key-check answer says about the key. */
export type KeyVerdict = 'accepted' | 'rejected' | 'rate-limited' | 'failed';

/** `Id` is a ProviderId for the table's providers; a test's made-up provider can have its own. */
export interface ProviderAdapter<Id extends string = ProviderId> {
  readonly info: ProviderInfo<Id>;
  /** Reads a 2xx JSON answer: the result, or the failure the body reports despite the status. */
  parseSuccess(json: unknown): ParsedAnswer | BodyFailure;
  /** The provider's own words in an error answer, and a code when they say more than the status. */
  parseFailure(json: unknown): BodyFailure;
  /**
   * Reads the answer to `info.keyCheck` where it says more than its status (a key code in the
   * body, an endpoint that answers 404 for a good key); undefined leaves it to the status
   * (keyVerdictFromStatus). `json` is undefined when the body is not JSON.
   */
  readKeyCheck?(answer: { readonly status: number; readonly json: unknown }): KeyVerdict | undefined;
}

/** What a key check's status alone says: 401/403 the key, 429 the pace, 2xx accepted. */
export function keyVerdictFromStatus(status: number): KeyVerdict {
  if (status === 401 || status === 403) return 'rejected';
  if (status === 429) return 'rate-limited';
  return status >= 200 && status < 300 ? 'accepted' : 'failed';
}

export function authHeaders(scheme: AuthScheme, key: string): Record<string, string> {
  switch (scheme) {
    case 'authorization':
      return { authorization: key };
    case 'bearer':
      return { authorization: `Bearer ${key}` };
    case 'x-api-key':
      return { 'x-api-key': key };
  }
}

export function isResult(value: ParsedAnswer | BodyFailure): value is ParsedAnswer {
  return 'raw' in value;
}

/** Small readers for untyped JSON, so adapters stay declarative. */
export function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function text(value: unknown, ...path: string[]): string | undefined {
  const found = field(value, ...path);
  return typeof found === 'string' && found.trim() !== '' ? found : undefined;
}

/** A body `code` that is an HTTP status says which closed-list code applies. */
export function codeFromStatusLike(value: unknown): ErrorCode | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) return undefined;
  if (n === 401) return 'KEY_REJECTED';
  if (n === 402 || n === 403) return 'FORBIDDEN';
  if (n === 413) return 'TOO_LARGE';
  if (n === 415) return 'UNSUPPORTED_TYPE';
  if (n === 429) return 'RATE_LIMITED';
  return undefined;
}
