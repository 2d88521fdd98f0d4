// "Test key": the provider's cheapest authenticated request, answered in one plain sentence.
// Only the status (and HeyGen's key codes) is read; the key never reaches the sentence.

import { request } from 'undici';
import { errorSentence } from '../../shared/error-codes.ts';
import { PROVIDERS, type ProviderId, type Region } from '../../shared/providers.ts';
import type { KeyTestResult } from '../../shared/settings-types.ts';
import { endpointUrl } from './endpoint-url.ts';
import { authHeaders } from './providers/provider-adapter.ts';

export interface KeyCheckOptions {
  readonly baseUrl?: string;
  readonly region?: Region;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

// One small GET: a link that cannot answer it in 15 s will not carry an upload either.
const DEFAULT_TIMEOUT_MS = 15_000;
// HeyGen's codes for a missing or wrong key (https://docs.heygen.com/reference/errors).
const HEYGEN_KEY_CODES = new Set([40009, 400112]);
// Enough of a body to find a HeyGen code; key-check answers are small.
const MAX_BODY_CHARS = 64 * 1024;

export async function checkKey(provider: ProviderId, key: string, options: KeyCheckOptions = {}): Promise<KeyTestResult> {
  const info = PROVIDERS[provider];
  const context = { provider: info.name };
  if (key.trim() === '') return { ok: false, code: 'KEY_MISSING', message: errorSentence('KEY_MISSING', context) };
  const url = endpointUrl(info, info.keyCheck, options);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);

  let status: number;
  let body: string;
  try {
    const response = await request(url, {
      method: info.keyCheck.method,
      headers: { ...authHeaders(info.auth, key.trim()), accept: 'application/json' },
      signal,
    });
    status = response.statusCode;
    body = (await response.body.text()).slice(0, MAX_BODY_CHARS);
  } catch {
    if (options.signal?.aborted) return { ok: false, code: 'CANCELLED', message: 'The key test was cancelled.' };
    const code = timeout.aborted ? 'TIMEOUT' : 'NETWORK';
    return { ok: false, code, message: errorSentence(code, context) };
  }

  if (status === 401 || status === 403 || keyCodeInBody(provider, body)) {
    return { ok: false, code: 'KEY_REJECTED', message: rejectedSentence(info.name) };
  }
  if (status === 429) return { ok: false, code: 'RATE_LIMITED', message: errorSentence('RATE_LIMITED', context) };
  // memories.ai documents no key check: the made-up asset's metadata is refused with 401 for a
  // bad key, so any other answer short of a server failure (typically 404) means the key passed.
  const accepted = provider === 'memories' ? status < 500 : status >= 200 && status < 300;
  if (accepted) return { ok: true, message: `The ${info.name} key works.` };
  return { ok: false, code: 'PROVIDER_ERROR', message: errorSentence('PROVIDER_ERROR', context) };
}

/** HeyGen's key codes, or memories.ai's body code 401/403, can come with another status. */
function keyCodeInBody(provider: ProviderId, body: string): boolean {
  if (provider !== 'heygen' && provider !== 'memories') return false;
  let code: number;
  try {
    const json = JSON.parse(body) as { code?: unknown; error?: { code?: unknown } | null };
    code = Number(json.code ?? json.error?.code);
  } catch {
    return false;
  }
  return provider === 'heygen' ? HEYGEN_KEY_CODES.has(code) : code === 401 || code === 403;
}

/**
 * The error list's KEY_REJECTED sentence sends people to Settings; a key test is run from
 * Settings (or `keys test`), so it says what to check instead.
 */
export function rejectedSentence(provider: string): string {
  return `${provider} did not accept this key. Check that you copied all of it, or create a new key on the ${provider} website.`;
}
