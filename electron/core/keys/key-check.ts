// "Test key": the provider's cheapest authenticated request, answered in one plain sentence.
// Only the status (and what the adapter's readKeyCheck finds in the body) is read; the key
// never reaches the sentence.

import { request } from '../network/http-client.ts';
import { proxyError } from '../network/network-errors.ts';
import { ProxyFailure } from '../network/proxy-choice.ts';
import { errorSentence } from '../../../shared/error-codes.ts';
import { keyCharacterProblem } from '../../../shared/key-rules.ts';
import type { ProviderId } from '../../../shared/providers.ts';
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
  return `This computer is offline, so whether the ${provider} key works could not be checked. Press Check again once it is back online.`;
}

// One small GET: a link that cannot answer it in 15 s will not carry an upload either.
const DEFAULT_TIMEOUT_MS = 15_000;

/** `provider`: a provider of the table, or an adapter of its own (a test's made-up provider). */
export async function checkKey(provider: ProviderId | ProviderAdapter<string>, key: string, options: KeyCheckOptions = {}): Promise<KeyTestResult> {
  const adapter = adapterOf(provider);
  const info = adapter.info;
  const context = { provider: info.name };
  if (key.trim() === '') return { ok: false, code: 'KEY_MISSING', message: errorSentence(englishT(), 'KEY_MISSING', context) };
  const keyProblem = keyCharacterProblem(englishT(), key.trim(), info.name);
  if (keyProblem !== undefined) return { ok: false, code: 'KEY_REJECTED', message: keyProblem };
  const url = endpointUrl(info, info.keyCheck, options);
  const offline = (): KeyTestResult => ({ ok: false, code: 'NETWORK', message: offlineCheckSentence(info.name) });
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
      if (options.signal?.aborted) return { ok: false, code: 'CANCELLED', message: 'The key test was cancelled.' };
      if (isOffline() && !(error instanceof ProxyFailure && error.signedIn)) return offline();
      // The person gave the proxy's password meanwhile (http-client.ts): asked again, with a fresh timeout.
      if (error instanceof ProxyFailure && error.signedIn) continue;
      // A proxy's 407 or refusal says nothing about the key: its own sentence names the proxy.
      if (error instanceof ProxyFailure) {
        const failure = proxyError(error, info.name);
        return { ok: false, code: failure.code, message: failure.message };
      }
      const code = timeout.aborted ? 'TIMEOUT' : connectionFailure(error);
      return { ok: false, code, message: errorSentence(englishT(), code, code === 'CERTIFICATE_UNTRUSTED' ? { ...context, extra: url.hostname } : context) };
    }
  }

  const parsed = parseJson(body);
  const verdict = adapter.readKeyCheck?.({ status, json: parsed.ok ? parsed.value : undefined }) ?? keyVerdictFromStatus(status);
  switch (verdict) {
    case 'accepted':
      return { ok: true, message: `The ${info.name} key works.` };
    case 'rejected':
      return { ok: false, code: 'KEY_REJECTED', message: rejectedSentence(info.name, info.keyRejectedNote) };
    case 'rate-limited':
      return { ok: false, code: 'RATE_LIMITED', message: errorSentence(englishT(), 'RATE_LIMITED', context) };
    case 'failed':
      return { ok: false, code: 'PROVIDER_ERROR', message: errorSentence(englishT(), 'PROVIDER_ERROR', context) };
  }
}

/**
 * The error list's KEY_REJECTED sentence sends people to Settings; a key test is run from
 * Settings (or `keys test`), so it says what to check instead.
 */
export function rejectedSentence(provider: string, note?: string): string {
  const sentence = `${provider} did not accept this key. Check that you copied all of it, or create a new key on the ${provider} website.`;
  return note === undefined ? sentence : `${sentence} ${note}`;
}
