// Reads a provider's answer into a result or an UploadError. A success needs a 2xx status,
// JSON, and the body's own success marker with the field the user copies, which must pass
// answer-checks.ts: anything less is an error, never a success with an empty or unsafe link.

import type { ErrorCode } from '../../../shared/error-codes.ts';
import { checkAnswer } from './answer-checks.ts';
import { cleanDetail, UploadError } from '../errors/upload-error.ts';
import { isResult, type BodyFailure, type ParsedAnswer, type ProviderAdapter } from '../providers/provider-adapter.ts';
import { isProviderId } from '../../../shared/providers.ts';
import { parseRetryAfter } from './retry-policy.ts';

export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** False when the body was longer than its cap (answerBodyLimit) and only its start was read. */
  readonly complete: boolean;
  /** Where the request went: an http: link may pass only from a loopback test server (answer-checks.ts). */
  readonly requestUrl: URL;
}

// Every answer is read with a cap, so an endless or giant body costs neither time nor memory.
// A success is a few hundred bytes of JSON (the providers' documented examples are under 1 KB);
// 64 KiB leaves room for fields they may add, and a longer one is no answer to trust. An error
// is read only for the provider's own words, shown cut to 300 characters: 8 KiB holds any of
// their JSON errors and a proxy page's <title>.
const SUCCESS_LIMIT_BYTES = 64 * 1024;
const FAILURE_LIMIT_BYTES = 8 * 1024;

export function answerBodyLimit(status: number): number {
  return isSuccess(status) ? SUCCESS_LIMIT_BYTES : FAILURE_LIMIT_BYTES;
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** Reads at most `limit` bytes of a body, then drops the connection rather than read on. */
export async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }, limit: number): Promise<{ body: string; complete: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > limit) {
      body.destroy();
      return { body: Buffer.concat(chunks).subarray(0, limit).toString('utf8'), complete: false };
    }
  }
  return { body: Buffer.concat(chunks).toString('utf8'), complete: true };
}

function statusCode(status: number): ErrorCode {
  if (status === 401) return 'KEY_REJECTED';
  if (status === 402 || status === 403) return 'FORBIDDEN';
  if (status === 408) return 'TIMEOUT';
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  return 'PROVIDER_ERROR';
}

/**
 * A proxy's HTML error page says little; its <title> is the useful part. Written as plain
 * scans rather than regular expressions: a page of nothing but `<` made the patterns this
 * replaced backtrack for minutes. Every scan below moves forward only, so the time is linear.
 */
export function plainText(body: string): string {
  const lower = body.toLowerCase();
  const open = lower.indexOf('<title');
  const start = open < 0 ? -1 : lower.indexOf('>', open);
  const end = start < 0 ? -1 : lower.indexOf('</title>', start);
  if (end >= 0) return body.slice(start + 1, end);
  return body.trimStart().startsWith('<') ? withoutTags(body) : body;
}

/** Each tag becomes a space; a `<` with no `>` after it ends the text. */
function withoutTags(html: string): string {
  let out = '';
  let at = 0;
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', at)) {
    const close = html.indexOf('>', open);
    out += html.slice(at, open);
    if (close < 0) return out;
    out += ' ';
    at = close + 1;
  }
  return out + html.slice(at);
}

export function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

/** An upload's answer: the provider's result, checked (answer-checks.ts), or its failure as an UploadError. */
export function readAnswer(adapter: ProviderAdapter<string>, answer: RawAnswer, now: Date, secrets: readonly string[]): ParsedAnswer {
  return readReply(adapter, answer, now, secrets, (json) => adapter.parseSuccess(json), (parsed) => checkAnswer(parsed, answer.requestUrl));
}

/**
 * Any answer of the provider's own API (an upload, a ticket, a `complete`, a status, a delete):
 * a 2xx is read with `read` and must pass `check`; anything else becomes the UploadError its
 * status and body say, by the same rules for every request.
 */
export function readReply<T extends { readonly raw: unknown }>(
  adapter: ProviderAdapter<string>,
  answer: RawAnswer,
  now: Date,
  secrets: readonly string[],
  read: (json: unknown) => T | BodyFailure,
  check: (value: T) => T | { problem: string },
): T {
  const provider = adapter.info.name;
  const json = parseJson(answer.body);
  const retryAfterMs = parseRetryAfter(answer.headers['retry-after'], now.getTime());
  const base = { status: answer.status, ...(retryAfterMs !== undefined && { retryAfterMs }) };

  if (isSuccess(answer.status)) {
    if (!answer.complete) return fail('BAD_RESPONSE', `The answer is longer than ${SUCCESS_LIMIT_BYTES / 1024} KB, far more than an upload's answer.`);
    if (!json.ok) {
      return fail('BAD_RESPONSE', `The answer is not JSON: ${plainText(answer.body).slice(0, 120)}`);
    }
    const parsed = read(json.value);
    if (!isResult(parsed)) return fail(parsed.code ?? 'PROVIDER_ERROR', parsed.detail);
    const checked = check(parsed);
    return 'problem' in checked ? fail('BAD_RESPONSE', checked.problem) : checked;
  }

  const said = json.ok ? adapter.parseFailure(json.value) : { detail: plainText(answer.body) };
  // The status decides retrying; the body may be more precise than a generic status
  // (HeyGen's key codes on a 400, memories.ai's "exceeded the limit" on a 400).
  const fromStatus = statusCode(answer.status);
  const precise = said.code !== undefined && (fromStatus === 'PROVIDER_ERROR' || said.code === 'KEY_REJECTED' || said.code === 'RATE_LIMITED');
  return fail(precise && said.code !== undefined ? said.code : fromStatus, said.detail);

  function fail(code: ErrorCode, detail: string | undefined): never {
    const clean = cleanDetail(detail, secrets);
    // Why a right key may be refused: the table's providers' note is said in the reader's language; another's (a test's) as it is.
    const note = code === 'KEY_REJECTED' ? adapter.info.keyRejectedNote : undefined;
    const noted = note === undefined ? {} : isProviderId(adapter.info.id) ? { providerId: adapter.info.id, note: 'keyRejected' as const } : { extra: note };
    throw UploadError.of(code, provider, { ...base, ...(clean !== undefined && { detail: clean }), ...noted });
  }
}

/**
 * A storage host's answer to the bytes (a link a ticket handed out: Google Cloud Storage, S3 and
 * the like answer in their own XML or JSON). Only its status and a few words are read. A link that
 * expired is worth another attempt with a fresh ticket; so are 408, 429 and 5xx, as anywhere.
 */
export function readStorageAnswer(answer: RawAnswer, provider: string, secrets: readonly string[]): void {
  if (isSuccess(answer.status)) return;
  const words = plainText(answer.body);
  const detail = cleanDetail(words, secrets);
  const base = { status: answer.status, ...(detail !== undefined && { detail }) };
  // GCS answers 400 ExpiredToken, S3 403 AccessDenied "Request has expired".
  if (answer.status >= 400 && answer.status < 500 && /expired/i.test(words)) {
    throw UploadError.of('PROVIDER_ERROR', provider, { ...base, detail: `The upload link expired before the file arrived. ${detail ?? ''}`.trim(), retryable: true });
  }
  const code = answer.status === 413 || /EntityTooLarge/i.test(words) ? 'TOO_LARGE' : statusCode(answer.status);
  // The key is never sent to storage, so its 401/403 are about the link, not the key.
  throw UploadError.of(code === 'KEY_REJECTED' || code === 'FORBIDDEN' ? 'PROVIDER_ERROR' : code, provider, base);
}

/** Worth another attempt without the user changing anything (DESIGN.md: network, 408, 429, 5xx). */
export function isRetryable(error: UploadError): boolean {
  if (error.retryable === true) return true;
  if (error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.code === 'RATE_LIMITED') return true;
  return error.status !== undefined && error.status >= 500;
}
