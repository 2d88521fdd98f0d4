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
import { dispatcherFor, dropProxyConnections, ProxyFailure, proxyFailureOf } from './proxy-choice.ts';

/**
 * Forgets every pooled connection (sleep-resume.ts, after the computer slept), direct and through
 * proxies: the next request opens a fresh one. Requests still running on an old dispatcher end as
 * they would; then it closes.
 */
export function dropPooledConnections(): void {
  dropDirectConnections();
  dropProxyConnections();
}

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & {
  readonly connectTimeoutMs: number;
  /**
   * What may end a wait for the person's answer to a proxy's password prompt: their cancel,
   * never a deadline meant for the network (a person may take a minute to find a password).
   */
  readonly cancelSignal?: AbortSignal | undefined;
};

/**
 * undici's `request(url, options)`: the same call its index exports, made on the dispatcher the
 * proxy choice gives this URL. A proxy's refusal (its 407, its "no" to the CONNECT, no answer
 * from it at all) comes out as a ProxyFailure naming it, never as the provider's answer.
 *
 * A 407 in the app asks the person for the proxy's user name and password (proxy-sign-in.ts).
 * Given, the ProxyFailure says `signedIn` and the caller sends the request again at once: it
 * knows how (a file is opened afresh, a deadline starts again), and undici has already
 * destroyed a streamed body. Cancelled, the 407's PROXY_AUTH stands.
 */
export async function request(url: URL, options: RequestOptions): Promise<Dispatcher.ResponseData> {
  const { connectTimeoutMs, cancelSignal, ...rest } = options;
  const { dispatcher, proxy, credentials, signIn } = await dispatcherFor(url, connectTimeoutMs);
  let response: Dispatcher.ResponseData;
  try {
    response = await dispatchRequest.call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
  } catch (error) {
    const failure = proxy === undefined ? undefined : proxyFailureOf(error, proxy);
    if (failure?.kind === 'auth' && signIn !== undefined && (await unlessCancelled(signIn.signInAgain(failure.proxy, credentials), cancelSignal))) {
      throw new ProxyFailure('auth', failure.proxy, { cause: error, signedIn: true });
    }
    throw failure ?? error;
  }
  // Any answer through the proxy means it took the sign-in: worth keeping.
  if (proxy !== undefined) signIn?.accepted(proxy, credentials);
  return response;
}

/** The answer, or false as soon as the person cancels what was waiting for it. */
function unlessCancelled(answer: Promise<boolean>, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal === undefined) return answer;
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
