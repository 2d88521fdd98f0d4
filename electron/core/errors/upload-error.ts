// The engine's error for uploads. Everything that can go wrong in an upload is turned into an
// UploadError with a code from the closed list in shared/error-codes.ts, so the CLI, the window
// and the history all speak of failures the same way. It is a UserFacingError: its message is
// the list's sentence for a person, so the call gate may pass it to the window.

import { errorSentence, type ErrorCode, type ErrorValues, type MessageContext, type UploadErrorInfo } from '../../../shared/error-codes.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import { UserFacingError, type Words } from '../../../shared/user-facing-error.ts';
import { maskKeys } from './secret-masks.ts';

export interface UploadErrorOptions {
  status?: number;
  detail?: string;
  /** Server-requested wait before the next attempt (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /** Worth another attempt whatever the status says (a storage link that expired: a fresh one is asked for). */
  retryable?: boolean;
  cause?: unknown;
  /** What the sentence was made from, so it is made again in the reader's language (shared/i18n/error-words.ts). */
  values?: ErrorValues;
  /** A sentence that is not the code's own, by its key and values (shared/user-facing-error.ts). */
  words?: Words;
}

export class UploadError extends UserFacingError<ErrorCode> {
  readonly status?: number;
  readonly detail?: string;
  readonly retryAfterMs?: number;
  readonly retryable?: boolean;
  readonly values?: ErrorValues;

  constructor(code: ErrorCode, message: string, options: UploadErrorOptions = {}) {
    super(code, message, { ...(options.cause !== undefined && { cause: options.cause }), ...(options.words !== undefined && { words: options.words }) });
    this.name = 'UploadError';
    if (options.status !== undefined) this.status = options.status;
    // Every detail passes here, whoever wrote it (a provider's error or status, a socket, ffmpeg).
    const detail = cleanDetail(options.detail);
    if (detail !== undefined) this.detail = detail;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.retryable !== undefined) this.retryable = options.retryable;
    if (options.values !== undefined) this.values = options.values;
  }

  /**
   * The code's sentence (shared/i18n/en/errors.ts), in English for logs and the terminal, with
   * the values it was made from. `values` beside `file` and `extra`: sizes, times, a variant.
   */
  static of(code: ErrorCode, provider: string, options: Omit<UploadErrorOptions, 'values'> & Omit<ErrorValues, 'provider'> = {}): UploadError {
    const { status, detail, retryAfterMs, retryable, cause, ...rest } = options;
    const values: MessageContext = { provider, ...definedOnly(rest) };
    return new UploadError(code, errorSentence(englishT(), code, values), definedOnly({ status, detail, retryAfterMs, retryable, cause, values }));
  }

  toInfo(): UploadErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.values !== undefined && { values: this.values }),
      ...(this.status !== undefined && { status: this.status }),
      ...(this.detail !== undefined && { detail: this.detail }),
    };
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

// Terminal escape sequences, removed whole so that no half of one is left to read: CSI
// (`ESC [ … letter`: colours, cursor moves, clearing), OSC (`ESC ] … BEL` or `ESC \\`: a window
// title, a link), and two-character escapes. Each part consumes what the next cannot, so the
// time is linear in the text.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])?/g;
// What is left of control and format characters (line breaks, NUL, bidirectional overrides,
// zero-width marks): each becomes a space, so words stay apart and nothing can hide or reorder text.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
// Enough for any provider's message (theirs are one sentence); a detail is shown in a row, copied
// for support and kept in every line of the list's file and the history.
export const MAX_DETAIL_CHARS = 300;

/**
 * A provider's (or anyone's) words made safe to keep and show: escape sequences and control
 * characters gone, every key this process sent and each of `secrets` masked, at most
 * MAX_DETAIL_CHARS characters. Every UploadError's detail passes here; callers may too.
 */
export function cleanDetail(text: string | undefined, secrets: readonly string[] = []): string | undefined {
  if (text === undefined) return undefined;
  const plain = text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  // Masked after stripping: a key with escapes inside it must not come back whole.
  let out = maskKeys(plain, secrets);
  if (out.length > MAX_DETAIL_CHARS) {
    const cut = out.slice(0, MAX_DETAIL_CHARS - 3);
    // Not half of a character written as two UTF-16 units (an emoji).
    out = `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}...`;
  }
  return out === '' ? undefined : out;
}
