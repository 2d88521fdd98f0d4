// Turns what undici and the socket layer throw into the engine's closed list of codes.

import { ProxyFailure } from './proxy-choice.ts';
import { UploadError } from './upload-error.ts';

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function errorCode(error: unknown): string | undefined {
  // undici wraps socket errors; the useful code may sit one or two causes down.
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

const PROXY_CODES = { auth: 'PROXY_AUTH', refused: 'PROXY_REFUSED', socks: 'PROXY_UNSUPPORTED', 'not-an-address': 'PROXY_UNSUPPORTED' } as const;

/** A proxy's refusal (proxy-choice.ts) as the engine's error, naming the proxy: never the provider's 401 or "network". */
export function proxyError(failure: ProxyFailure, provider: string): UploadError {
  const code = PROXY_CODES[failure.kind];
  const cause = failure.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : failure.kind;
  return UploadError.of(code, provider, { cause: failure, extra: failure.proxy, detail });
}

export function networkError(error: unknown, provider: string, secrets: readonly string[]): UploadError {
  // An UploadError thrown inside the request body (a file that changed) may come back wrapped.
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof UploadError) return e;
    if (e instanceof ProxyFailure) return proxyError(e, provider);
  }
  const code = errorCode(error);
  const detail = code ?? (error instanceof Error ? error.message : undefined);
  const clean = detail === undefined ? undefined : secrets.reduce((text, s) => text.split(s).join('[key]'), detail);
  const kind = code !== undefined && TIMEOUT_CODES.has(code) ? 'TIMEOUT' : 'NETWORK';
  return UploadError.of(kind, provider, { cause: error, ...(clean !== undefined && { detail: clean }) });
}
