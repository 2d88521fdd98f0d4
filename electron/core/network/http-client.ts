// The one way the engine speaks HTTP: every request to a provider's API or to a storage link it
// handed out goes through `request` here, on an undici Agent from `agentFor`, or through the
// proxy proxy-choice.ts picks for its URL.
//
// HTTP/1.1 only (allowH2: false). undici 8 would otherwise offer HTTP/2 to every https host
// (core/connect.js: ALPN h2 when allowH2 is unset), and the upload body's design rests on
// HTTP/1.1's socket: a chunk is written to the socket and the body pauses until 'drain', which
// is what lets upload-attempt.ts reuse its few read buffers and what its stall watch measures.
// One large body per connection gains nothing from HTTP/2's streams; every test speaks 1.1.
//
// undici is loaded by its parts (the Agent and the request call), not through its index, which
// also loads and runs fetch, WebSocket, EventSource, the caches and the mocks: for a one-file
// command-line upload that was ~20 ms of start-up out of the ~120 ms the issue allows. These
// paths are undici's own files (its package has no "exports" map that would hide them), so
// package.json pins undici's exact version: a new one is taken on purpose, with the tests run.

import type { Dispatcher } from 'undici';
import dispatchRequest from 'undici/lib/api/api-request.js';
import { dropDirectConnections } from './direct-agents.ts';
import { dispatcherFor, dropProxyConnections, proxyFailureOf } from './proxy-choice.ts';

/**
 * Forgets every pooled connection (sleep-resume.ts, after the computer slept), direct and through
 * proxies: the next request opens a fresh one. Requests still running on an old dispatcher end as
 * they would; then it closes.
 */
export function dropPooledConnections(): void {
  dropDirectConnections();
  dropProxyConnections();
}

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { readonly connectTimeoutMs: number };

/**
 * undici's `request(url, options)`: the same call its index exports, made on the dispatcher the
 * proxy choice gives this URL. A proxy's refusal (its 407, its "no" to the CONNECT, no answer
 * from it at all) comes out as a ProxyFailure naming it, never as the provider's answer.
 */
export async function request(url: URL, options: RequestOptions): Promise<Dispatcher.ResponseData> {
  const { connectTimeoutMs, ...rest } = options;
  const { dispatcher, proxy } = await dispatcherFor(url, connectTimeoutMs);
  try {
    return await dispatchRequest.call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
  } catch (error) {
    throw (proxy === undefined ? undefined : proxyFailureOf(error, proxy)) ?? error;
  }
}
