// One small request to a provider's own API (a ticket for a storage link, a `complete`, a status
// check, a delete): paced like every request to that provider, with the key, a JSON body where
// there is one, the connect and answer timeouts of uploads, and the answer read with a cap. The
// caller reads the answer (response-reading.ts readReply), so every answer meets the same rules.

import { request } from 'undici';
import type { Endpoint } from '../../shared/providers.ts';
import { agentFor } from './http-agents.ts';
import { networkError } from './network-errors.ts';
import type { PacePriority, ProviderPacer } from './provider-pacer.ts';
import { authHeaders, type ProviderAdapter } from './providers/provider-adapter.ts';
import { answerBodyLimit, readCapped, type RawAnswer } from './response-reading.ts';
import type { Timeouts } from './upload-attempt.ts';
import { UploadError } from './upload-error.ts';

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
  try {
    const response = await request(call.url, {
      method: call.method,
      headers: {
        ...authHeaders(info.auth, call.key),
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body }),
      ...(call.signal !== undefined && { signal: call.signal }),
      dispatcher: agentFor(call.timeouts.connectMs),
      headersTimeout: call.timeouts.responseMs,
      bodyTimeout: call.timeouts.responseMs,
    });
    const answer = await readCapped(response.body, answerBodyLimit(response.statusCode));
    return { status: response.statusCode, headers: response.headers, ...answer, requestUrl: call.url };
  } catch (error) {
    if (call.signal?.aborted === true) throw cancelled();
    throw networkError(error, info.name, [call.key]);
  }
}
