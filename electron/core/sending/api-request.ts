// One small request to a provider's own API (a ticket for a storage link, a `complete`, a status
// check, a delete): paced like every request to that provider, with the key, a JSON body where
// there is one, the connect and answer timeouts of uploads, and the answer read with a cap. The
// caller reads the answer (response-reading.ts readReply), so every answer meets the same rules.

import { request } from '../network/http-client.ts';
import { keyCharactersFine } from '../../../shared/key-rules.ts';
import type { Endpoint } from '../../../shared/provider-info.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { isPathSafeAssetId } from './answer-checks.ts';
import { endpointUrl } from './endpoint-url.ts';
import { networkError } from '../network/network-errors.ts';
import { ProxyFailure } from '../network/proxy-choice.ts';
import { processPacer, type PacePriority, type ProviderPacer } from './provider-pacer.ts';
import { adapterOf } from '../providers/index.ts';
import { authHeaders, type ProviderAdapter } from '../providers/provider-adapter.ts';
import { answerBodyLimit, readCapped, type RawAnswer } from './response-reading.ts';
import { DEFAULT_TIMEOUTS, type Timeouts } from './upload-attempt.ts';
import { UploadError } from '../errors/upload-error.ts';

export interface ApiRequest {
  readonly adapter: ProviderAdapter<string>;
  readonly url: URL;
  readonly method: Endpoint['method'];
  readonly key: string;
  /** Sent as JSON. */
  readonly json?: object;
  readonly signal: AbortSignal | undefined;
  readonly timeouts: Pick<Timeouts, 'connectMs' | 'responseMs'>;
  readonly pacer: ProviderPacer;
  /** Background requests (status checks) give way to every other request to the provider. */
  readonly priority?: PacePriority;
}

export async function callApi(call: ApiRequest): Promise<RawAnswer> {
  const info = call.adapter.info;
  const cancelled = (): UploadError => UploadError.of('CANCELLED', info.name);
  try {
    await call.pacer.wait(info, call.signal, call.priority);
  } catch {
    throw cancelled();
  }
  const body = call.json === undefined ? undefined : JSON.stringify(call.json);
  for (;;) {
    // One deadline for the whole exchange (its body is a few bytes): undici's own timers start
    // again at every byte that arrives, so a trickling answer could hold this turn for months.
    const deadline = AbortSignal.timeout(call.timeouts.connectMs + call.timeouts.responseMs);
    const signal = call.signal === undefined ? deadline : AbortSignal.any([call.signal, deadline]);
    try {
      const response = await request(call.url, {
        method: call.method,
        headers: {
          ...authHeaders(info.auth, call.key),
          accept: 'application/json',
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body }),
        signal,
        cancelSignal: call.signal,
        connectTimeoutMs: call.timeouts.connectMs,
        headersTimeout: call.timeouts.responseMs,
        bodyTimeout: call.timeouts.responseMs,
      });
      const answer = await readCapped(response.body, answerBodyLimit(response.statusCode));
      return { status: response.statusCode, headers: response.headers, ...answer, requestUrl: call.url };
    } catch (error) {
      if (call.signal?.aborted === true) throw cancelled();
      // The person gave the proxy's password while this waited (http-client.ts): sent again, with a fresh deadline.
      if (error instanceof ProxyFailure && error.signedIn) continue;
      if (deadline.aborted) throw UploadError.of('TIMEOUT', info.name, { detail: 'The answer did not arrive in full in time.' });
      throw networkError(error, info.name, [call.key], call.url);
    }
  }
}

/** A request about one asset the provider has (is it ready, delete it), from the app, the CLI or the queue. */
export interface AssetRequest {
  /** A provider of the table, or an adapter of its own (a test's made-up provider). */
  readonly provider: ProviderId | ProviderAdapter<string>;
  readonly assetId: string;
  readonly key: string | undefined;
  readonly baseUrl?: string;
  readonly region?: string | undefined;
  readonly signal?: AbortSignal;
  readonly timeouts?: Partial<Timeouts>;
  readonly pacer?: ProviderPacer;
  readonly priority?: PacePriority;
}

/**
 * Sends `endpoint` (a row's statusCheck or deleteUpload) about `assetId`, after the checks every
 * request with a key gets: a key is there and could be a key, and the id is one the uploader
 * would ever have handed out and means only itself in a path (answer-checks.ts isPathSafeAssetId).
 */
export async function callAboutAsset(req: AssetRequest, endpoint: Endpoint): Promise<{ adapter: ProviderAdapter<string>; answer: RawAnswer }> {
  const adapter = adapterOf(req.provider);
  const name = adapter.info.name;
  if (req.key === undefined || req.key.trim() === '') throw UploadError.of('KEY_MISSING', name);
  if (!keyCharactersFine(req.key)) throw UploadError.of('KEY_REJECTED', name, { variant: 'characters' });
  if (!isPathSafeAssetId(req.assetId)) throw UploadError.of('BAD_RESPONSE', name, { detail: 'That is not an asset ID this provider gives.' });
  const options = { assetId: req.assetId, ...(req.baseUrl !== undefined && { baseUrl: req.baseUrl }), ...(req.region !== undefined && { region: req.region }) };
  const answer = await callApi({
    adapter,
    url: endpointUrl(adapter.info, endpoint, options),
    method: endpoint.method,
    key: req.key,
    signal: req.signal,
    timeouts: { ...DEFAULT_TIMEOUTS, ...req.timeouts },
    pacer: req.pacer ?? processPacer,
    ...(req.priority !== undefined && { priority: req.priority }),
  });
  return { adapter, answer };
}
