// The engine's error for uploads. Everything that can go wrong in an upload is turned into an
// UploadError with a code from the closed list in shared/error-codes.ts, so the CLI, the window
// and the history all speak of failures the same way. It is a UserFacingError: its message is
// the list's sentence for a person, so the call gate may pass it to the window.

import { errorSentence, type ErrorCode, type UploadErrorInfo } from '../../shared/error-codes.ts';
import { UserFacingError } from '../../shared/user-facing-error.ts';

export interface UploadErrorOptions {
  status?: number;
  detail?: string;
  /** Server-requested wait before the next attempt (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /** Worth another attempt whatever the status says (a storage link that expired: a fresh one is asked for). */
  retryable?: boolean;
  cause?: unknown;
}

export class UploadError extends UserFacingError<ErrorCode> {
  readonly status?: number;
  readonly detail?: string;
  readonly retryAfterMs?: number;
  readonly retryable?: boolean;

  constructor(code: ErrorCode, message: string, options: UploadErrorOptions = {}) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UploadError';
    if (options.status !== undefined) this.status = options.status;
    if (options.detail !== undefined) this.detail = options.detail;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.retryable !== undefined) this.retryable = options.retryable;
  }

  static of(code: ErrorCode, provider: string, options: UploadErrorOptions & { file?: string; extra?: string } = {}): UploadError {
    const context: { provider: string; file?: string; extra?: string } = { provider };
    if (options.file !== undefined) context.file = options.file;
    if (options.extra !== undefined) context.extra = options.extra;
    return new UploadError(code, errorSentence(code, context), options);
  }

  toInfo(): UploadErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.status !== undefined && { status: this.status }),
      ...(this.detail !== undefined && { detail: this.detail }),
    };
  }
}

/** Keeps provider messages short and free of anything that looks like a key we sent. */
export function cleanDetail(text: string | undefined, secrets: readonly string[] = []): string | undefined {
  if (text === undefined) return undefined;
  let out = text.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[key]');
  if (out.length > 300) out = `${out.slice(0, 297)}...`;
  return out === '' ? undefined : out;
}
