// Turns what undici and the socket layer throw into the engine's closed list of codes.

import { ProxyFailure } from './proxy-choice.ts';
import { UploadError } from '../errors/upload-error.ts';

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

// Node's codes for a certificate it would not accept (OpenSSL's verify results, as Node names
// them, and Node's own name check): the host answered, but nothing proves it is who it says.
// Trying again changes nothing until someone installs the right root, so these are not NETWORK.
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED', 'CERT_REJECTED', 'CERT_REVOKED', 'CERT_CHAIN_TOO_LONG',
  'INVALID_CA', 'INVALID_PURPOSE', 'PATH_LENGTH_EXCEEDED', 'HOSTNAME_MISMATCH', 'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE', 'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY', 'ERROR_IN_CERT_NOT_BEFORE_FIELD', 'ERROR_IN_CERT_NOT_AFTER_FIELD',
]);

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
  // Signed in just now: sent again at once by the attempt loop (upload-file.ts), not waited for.
  return UploadError.of(code, provider, { cause: failure, extra: failure.proxy, detail, ...(failure.signedIn && { retryable: true }) });
}

/** What kind of failure a request's thrown error is, when it is not an answer: the one place that decides. */
export function connectionFailure(error: unknown): 'TIMEOUT' | 'NETWORK' | 'CERTIFICATE_UNTRUSTED' {
  const code = errorCode(error);
  if (code === undefined) return 'NETWORK';
  if (TIMEOUT_CODES.has(code)) return 'TIMEOUT';
  return CERTIFICATE_CODES.has(code) ? 'CERTIFICATE_UNTRUSTED' : 'NETWORK';
}

/** `url`: where the request went; a certificate's sentence names its host. */
export function networkError(error: unknown, provider: string, secrets: readonly string[], url?: URL): UploadError {
  // An UploadError thrown inside the request body (a file that changed) may come back wrapped.
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof UploadError) return e;
    if (e instanceof ProxyFailure) return proxyError(e, provider);
  }
  const code = errorCode(error);
  const detail = code ?? (error instanceof Error ? error.message : undefined);
  const clean = detail === undefined ? undefined : secrets.reduce((text, s) => text.split(s).join('[key]'), detail);
  const kind = connectionFailure(error);
  const host = kind === 'CERTIFICATE_UNTRUSTED' ? url?.hostname : undefined;
  return UploadError.of(kind, provider, { cause: error, ...(clean !== undefined && { detail: clean }), ...(host !== undefined && { extra: host }) });
}
