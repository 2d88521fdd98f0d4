// The closed list of ways an upload can fail, and the one plain sentence a person reads for
// each (shared/i18n/<language>/errors.ts, by code). The sentence says what to do next; the provider's own words travel beside it in
// `detail` for those who want them. No sentence ever contains a key.

import { unsupportedFormatWords } from './format-words.ts';
import { formatBytes, formatClockTime, formatDuration, formatWholeMegabytes } from './format-units.ts';
import type { Translate } from './i18n/translator.ts';
import { isProviderId, PROVIDERS } from './providers.ts';

export const ERROR_CODES = [
  'KEY_MISSING',
  'KEY_REJECTED',
  /**
   * The key a file was to go with, or an upload was made with, is no longer saved (removed, or
   * replaced by another key): never replaced by another key without the person choosing it.
   */
  'KEY_REMOVED',
  'FORBIDDEN',
  'FILE_NOT_FOUND',
  'NOT_A_FILE',
  'FILE_EMPTY',
  'FILE_UNREADABLE',
  'FILE_CHANGED',
  /** A photo to convert claims more pixels than the converter takes (electron/core/convert/heic-image.ts). */
  'PHOTO_TOO_LARGE',
  'TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'RATE_LIMITED',
  'PROVIDER_ERROR',
  'NETWORK',
  /** The host's certificate is trusted by neither the system's store nor Node's roots (a company inspecting traffic): never retried by itself. */
  'CERTIFICATE_UNTRUSTED',
  'TIMEOUT',
  'CANCELLED',
  'BAD_RESPONSE',
  /** A conversion the person asked for (Convert and upload, --convert) could not be made. */
  'CONVERT_FAILED',
  /** The location remover could not finish checking the file within its budget (electron/core/location/budget.ts): refused, not sent with its location. */
  'LOCATION_TOO_COMPLEX',
  /** The proxy between this computer and the provider asks for a password (its 407), which the engine has not got or which it refused. */
  'PROXY_AUTH',
  /** The proxy refused the request (403 or another "no" to its CONNECT), or could not be reached at all. */
  'PROXY_REFUSED',
  /** The network settings name a proxy the engine cannot use (SOCKS), or one that is not an address. */
  'PROXY_UNSUPPORTED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const ERROR_CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(code: string): code is ErrorCode {
  return ERROR_CODE_SET.has(code);
}

/**
 * Failures outside an upload (a call from the window, a CLI command): each comes with its own
 * sentence, written where it happens, in a UserFacingError (user-facing-error.ts).
 */
export const APP_ERROR_CODES = [
  /** The system keychain is locked, missing or refused access. */
  'KEYCHAIN_UNAVAILABLE',
  /** The upload history could not be read or written (disk full, permissions, closed). */
  'HISTORY_UNAVAILABLE',
  /** An export could not be written where the person chose. */
  'EXPORT_FAILED',
  /** "Use that link" on an earlier upload whose link expired, or was deleted, since it was offered. */
  'EARLIER_GONE',
  /** A link the app will not hand to the browser (not https). */
  'LINK_REFUSED',
  /** The call gate refused a call (unknown, forged or malformed). */
  'CALL_REFUSED',
  /** Something failed that was not written for a person; they get a general sentence. */
  'APP_FAILED',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Every code a sentence for a person can carry. */
export type UserFacingCode = ErrorCode | AppErrorCode;

/**
 * The values a failure's sentence is made from, kept beside it so the sentence is made again in
 * the reader's language wherever it is shown (shared/i18n/error-words.ts): names as they are, and
 * numbers and times as numbers and ISO times, formatted by the reader's language.
 */
export interface ErrorValues {
  /** The provider's display name, e.g. "HeyGen" (never translated). */
  readonly provider?: string;
  /** The provider's id, for its notes (a rejected key, a size limit), said in the reader's language. */
  readonly providerId?: string;
  /** The file's name, without folders. */
  readonly file?: string;
  /** Words never translated: a host, a proxy's "host:port", a key's name, a format's name. */
  readonly extra?: string;
  /** Which of the code's sentences, where it has more than one (the `errors` namespace's `CODE_variant`). */
  readonly variant?: ErrorVariant;
  /** The provider's note said after the sentence: why a right key may be refused, what to do with a file too large. */
  readonly note?: 'keyRejected' | 'hardLimit';
  /** TOO_LARGE: the file's size and the limit, in bytes. PHOTO_TOO_LARGE `file`: the file's size. */
  readonly size?: number;
  readonly limit?: number;
  /** PHOTO_TOO_LARGE: what was too large (the file, one image's pixels, all its images' pixels), and the limit in pixels. */
  readonly photo?: 'file' | 'pixels' | 'total';
  readonly width?: number;
  readonly height?: number;
  readonly pixels?: number;
  readonly limitPixels?: number;
  /** RATE_LIMITED: the moment the provider asked to wait until (ISO 8601). */
  readonly until?: string;
  /** TIMEOUT `processing`: how long was waited, in seconds. */
  readonly seconds?: number;
  /** UNSUPPORTED_TYPE `format`: the file's format, the one a conversion would make, and where the sentence is read (its button or option). */
  readonly formatId?: string;
  readonly target?: string;
  readonly surface?: 'window' | 'terminal';
  /** What a provider outside the table takes (format ids); the table's are known by `providerId`. */
  readonly accepts?: readonly string[];
}

/** The sentences of a code other than its usual one (shared/i18n/en/errors.ts). */
export const ERROR_VARIANTS = ['send', 'reach', 'characters', 'notMedia', 'format', 'unknownId', 'processing', 'converterMissing', 'converterNotRunnable', 'quit'] as const;
export type ErrorVariant = (typeof ERROR_VARIANTS)[number];

/** What crosses process boundaries and lands in history: plain data, no stack, no key. */
export interface UploadErrorInfo {
  readonly code: ErrorCode;
  /**
   * The sentence for a person, in English: what logs, exports and the terminal read, and what is
   * shown where there are no `values` (entries written before they were kept).
   */
  readonly message: string;
  /** What the sentence was made from, to make it again in the reader's language (shared/i18n/error-words.ts). */
  readonly values?: ErrorValues;
  /** HTTP status, where the provider answered. */
  readonly status?: number;
  /** The provider's own message, where it gave one. */
  readonly detail?: string;
}

/** Codes worth another attempt without the user changing anything. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set(['RATE_LIMITED', 'PROVIDER_ERROR', 'NETWORK', 'TIMEOUT']);

/** What a sentence is made from: ErrorValues with the provider's name, which every code has. */
export type MessageContext = ErrorValues & { readonly provider: string };

// Codes whose sentence says "the file" (or "this") where no file's name is known, and those that
// leave out their parentheses, or say "this kind of file", where there is no `extra`.
const NO_FILE: ReadonlySet<string> = new Set([
  'KEY_REMOVED', 'KEY_REMOVED_send', 'KEY_REMOVED_reach', 'FILE_NOT_FOUND', 'NOT_A_FILE', 'FILE_EMPTY', 'FILE_UNREADABLE',
  'FILE_CHANGED', 'PHOTO_TOO_LARGE', 'TOO_LARGE', 'CONVERT_FAILED', 'LOCATION_TOO_COMPLEX',
]);
const NO_EXTRA: ReadonlySet<string> = new Set(['KEY_REMOVED', 'PHOTO_TOO_LARGE', 'TOO_LARGE', 'UNSUPPORTED_TYPE', 'CERTIFICATE_UNTRUSTED']);

/** What goes in a sentence's parentheses: sizes and pixels made into words in the reader's language, or `extra`. */
function extraWords(t: Translate, code: ErrorCode, c: ErrorValues): string | undefined {
  if (code === 'TOO_LARGE' && c.size !== undefined && c.limit !== undefined) {
    return t('errors:sizes.sizeAndLimit', { size: formatBytes(t, c.size), limit: formatBytes(t, c.limit) });
  }
  if (code === 'PHOTO_TOO_LARGE' && c.photo !== undefined && c.limitPixels !== undefined) {
    const limit = megapixels(t, c.limitPixels);
    if (c.photo === 'file' && c.size !== undefined) return t('errors:sizes.photoFileSize', { size: formatWholeMegabytes(t, c.size), limit });
    if (c.photo === 'pixels' && c.width !== undefined && c.height !== undefined && c.pixels !== undefined) {
      return t('errors:sizes.photoPixels', { width: plain(t, c.width), height: plain(t, c.height), megapixels: megapixels(t, c.pixels), limit });
    }
    if (c.photo === 'total' && c.pixels !== undefined) return t('errors:sizes.photoTotal', { megapixels: megapixels(t, c.pixels), limit });
  }
  // TOO_LARGE left out empty parentheses for an empty `extra` too.
  return code === 'TOO_LARGE' && c.extra === '' ? undefined : c.extra;
}

/** A number as the reader writes it, without grouping ("8064", as a photo's size is said). */
function plain(t: Translate, value: number): string {
  return t('common:units.decimal', { value, formatParams: { value: { useGrouping: false, maximumFractionDigits: 1 } } });
}

/** Megapixels to one decimal where it has one: "48", "50.3". */
function megapixels(t: Translate, pixels: number): string {
  return plain(t, Math.round(pixels / 1e5) / 10);
}

/** The key of the code's sentence in the `errors` namespace, for these values. */
export function errorSentenceKey(code: ErrorCode, c: ErrorValues, extra: string | undefined): string {
  let key: string = code;
  if (c.variant !== undefined) key = `${code}_${c.variant}`;
  if (c.variant === 'format' && c.target !== undefined) key += `_${c.surface ?? 'window'}`;
  else if (code === 'RATE_LIMITED' && (c.until !== undefined || c.extra !== undefined)) key = 'RATE_LIMITED_until';
  else if (code === 'PROVIDER_ERROR' && c.file !== undefined) key = 'PROVIDER_ERROR_file';
  const base = key;
  if (NO_FILE.has(base) && c.file === undefined) key += '_noFile';
  if (NO_EXTRA.has(base) && extra === undefined) key += '_noExtra';
  return key;
}

/** The sentence for a failure, in the language of `t` (English: createTranslator('en').t). */
export function errorSentence(t: Translate, code: ErrorCode, context: MessageContext): string {
  const extra = extraWords(t, code, context);
  const values: Record<string, string> = { provider: context.provider, file: context.file ?? '', extra: extra ?? '' };
  if (code === 'RATE_LIMITED') {
    const until = context.until === undefined ? undefined : new Date(context.until);
    values.until = until !== undefined && !Number.isNaN(until.getTime()) ? formatClockTime(t, until) : context.extra ?? '';
  }
  if (context.seconds !== undefined) values.waited = formatDuration(t, context.seconds);
  if (context.variant === 'format' && context.formatId !== undefined) {
    const accepts = isProviderId(context.providerId) ? PROVIDERS[context.providerId].accepts : context.accepts ?? [];
    Object.assign(values, unsupportedFormatWords(t, context.formatId, accepts, context.target));
  }
  const sentence = t(`errors:${errorSentenceKey(code, context, extra)}`, values);
  const note = noteOf(t, code, context);
  return note === undefined ? sentence : t('errors:withNote', { sentence, note });
}

/** The provider's note said after the sentence, in the reader's language. */
function noteOf(t: Translate, code: ErrorCode, c: ErrorValues): string | undefined {
  const id = c.providerId;
  const info = isProviderId(id) ? PROVIDERS[id] : undefined;
  // The table's English notes say which providers have one; the catalogue says them in each language.
  if (c.note === 'keyRejected' && info?.keyRejectedNote !== undefined) return t(`errors:keyRejectedNote.${info.id}`);
  if (c.note === 'hardLimit' && info?.hardLimitNote !== undefined) return t(`errors:hardLimitNote.${info.id}`);
  // Written before notes had keys: the note itself, in English.
  return code === 'KEY_REJECTED' && c.note === undefined && c.extra !== undefined ? c.extra : undefined;
}
