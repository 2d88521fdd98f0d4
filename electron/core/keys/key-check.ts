// "Test key": the provider's cheapest authenticated request, answered in one plain sentence.
// Only the status (and what the adapter's readKeyCheck finds in the body) is read; the key
// never reaches the sentence.

import { request } from '../network/http-client.ts';
import { proxyError } from '../network/network-errors.ts';
import { ProxyFailure } from '../network/proxy-choice.ts';
import type { ErrorCode } from '../../../shared/error-codes.ts';
import type { Words } from '../../../shared/i18n/catalogue-types.ts';
import { sayWords } from '../../../shared/i18n/error-words.ts';
import { keyCharactersFine } from '../../../shared/key-rules.ts';
import { isProviderId, type ProviderId } from '../../../shared/providers.ts';
import type { KeyTestResult } from '../../../shared/settings-types.ts';
import { endpointUrl } from '../sending/endpoint-url.ts';
import { adapterOf } from '../providers/index.ts';
import { authHeaders, keyVerdictFromStatus, type ProviderAdapter } from '../providers/provider-adapter.ts';
import { answerBodyLimit, parseJson, readCapped } from '../sending/response-reading.ts';
import { connectionFailure } from '../network/network-errors.ts';
import type { OnlineSignal } from '../network/online-signal.ts';
import { processPacer, type ProviderPacer } from '../sending/provider-pacer.ts';
import { englishT } from '../../../shared/i18n/english.ts';

export interface KeyCheckOptions {
  readonly baseUrl?: string;
  /** A region id of the provider's; its default region when absent. */
  readonly region?: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** A key check is a request like any other to the provider: it keeps the pace (memories.ai: one a second). */
  readonly pacer?: ProviderPacer;
  /**
   * Whether the computer is online (the app's: Electron's net.isOnline()). Offline, nothing is
   * asked and the answer says so plainly; a check that fails while offline says the same,
   * rather than blaming the service, or a proxy the computer cannot reach without a network.
   */
  readonly online?: OnlineSignal;
}

/** Said instead of a verdict while the computer is offline: not the key's fault, and not the service's. */
export function offlineCheckSentence(provider: string): string {
  return sayWords(englishT(), offlineWords(provider));
}

const offlineWords = (provider: string): Words => ({ key: 'errors:keyCheck.offline', values: { provider } });

/** A result with its sentence in English and what it was made from. */
function said(ok: boolean, code: ErrorCode | undefined, words: Words): KeyTestResult {
  return { ok, ...(code !== undefined && { code }), message: sayWords(englishT(), words), words };
}

/** An upload code's own sentence for a key check (none of them has a variant here). */
const codeWords = (code: ErrorCode, provider: string, extra?: string): Words => ({ key: `errors:${code}`, values: { provider, ...(extra !== undefined && { extra }) } });

// One small GET: a link that cannot answer it in 15 s will not carry an upload either.
const DEFAULT_TIMEOUT_MS = 15_000;

/** `provider`: a provider of the table, or an adapter of its own (a test's made-up provider). */
export async function checkKey(provider: ProviderId | ProviderAdapter<string>, key: string, options: KeyCheckOptions = {}): Promise<KeyTestResult> {
  const adapter = adapterOf(provider);
  const info = adapter.info;
  if (key.trim() === '') return said(false, 'KEY_MISSING', codeWords('KEY_MISSING', info.name));
  if (!keyCharactersFine(key.trim())) return said(false, 'KEY_REJECTED', { key: 'errors:KEY_REJECTED_characters', values: { provider: info.name } });
  const url = endpointUrl(info, info.keyCheck, options);
  const offline = (): KeyTestResult => said(false, 'NETWORK', offlineWords(info.name));
  // Read afresh each time: the connection may go while the check waits for its answer.
  const isOffline = (): boolean => options.online?.online === false;
  if (isOffline()) return offline();

  let status: number;
  let body: string;
  for (;;) {
    const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
    try {
      await (options.pacer ?? processPacer).wait(info, signal);
      const response = await request(url, {
        method: info.keyCheck.method,
        headers: { ...authHeaders(info.auth, key.trim()), accept: 'application/json' },
        signal,
        cancelSignal: options.signal,
        connectTimeoutMs: DEFAULT_TIMEOUT_MS,
      });
      status = response.statusCode;
      // Capped like an upload's answer: a key code is near the start of a small body.
      ({ body } = await readCapped(response.body, answerBodyLimit(status)));
      break;
    } catch (error) {
      if (options.signal?.aborted) return said(false, 'CANCELLED', { key: 'errors:keyCheck.cancelled' });
      if (isOffline() && !(error instanceof ProxyFailure && error.signedIn)) return offline();
      // The person gave the proxy's password meanwhile (http-client.ts): asked again, with a fresh timeout.
      if (error instanceof ProxyFailure && error.signedIn) continue;
      // A proxy's 407 or refusal says nothing about the key: its own sentence names the proxy.
      if (error instanceof ProxyFailure) {
        const failure = proxyError(error, info.name);
        return said(false, failure.code, codeWords(failure.code, info.name, failure.values?.extra ?? ''));
      }
      const code = timeout.aborted ? 'TIMEOUT' : connectionFailure(error);
      return said(false, code, codeWords(code, info.name, code === 'CERTIFICATE_UNTRUSTED' ? url.hostname : undefined));
    }
  }

  const parsed = parseJson(body);
  const verdict = adapter.readKeyCheck?.({ status, json: parsed.ok ? parsed.value : undefined }) ?? keyVerdictFromStatus(status);
  switch (verdict) {
    case 'accepted':
      return said(true, undefined, { key: 'errors:keyCheck.works', values: { provider: info.name } });
    case 'rejected':
      return said(false, 'KEY_REJECTED', rejectedWords(info.name, isProviderId(info.id) && info.keyRejectedNote !== undefined ? { key: `errors:keyRejectedNote.${info.id}` } : info.keyRejectedNote));
    case 'rate-limited':
      return said(false, 'RATE_LIMITED', codeWords('RATE_LIMITED', info.name));
    case 'failed':
      return said(false, 'PROVIDER_ERROR', codeWords('PROVIDER_ERROR', info.name));
  }
}

/**
 * The error list's KEY_REJECTED sentence sends people to Settings; a key test is run from
 * Settings (or `keys test`), so it says what to check instead.
 */
export function rejectedSentence(provider: string, note?: string): string {
  return sayWords(englishT(), rejectedWords(provider, note));
}

function rejectedWords(provider: string, note: string | Words | undefined): Words {
  const sentence = { key: 'errors:keyCheck.rejected', values: { provider } };
  return note === undefined ? sentence : { key: 'errors:withNote', values: { sentence, note } };
}
