// The closed list of ways an upload can fail, and the one plain sentence a person reads for
// each. The sentence says what to do next; the provider's own words travel beside it in
// `detail` for those who want them. No sentence ever contains a key.

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

/** What crosses process boundaries and lands in history: plain data, no stack, no key. */
export interface UploadErrorInfo {
  readonly code: ErrorCode;
  /** The sentence for a person. */
  readonly message: string;
  /** HTTP status, where the provider answered. */
  readonly status?: number;
  /** The provider's own message, where it gave one. */
  readonly detail?: string;
}

/** Codes worth another attempt without the user changing anything. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set(['RATE_LIMITED', 'PROVIDER_ERROR', 'NETWORK', 'TIMEOUT']);

export interface MessageContext {
  /** The provider's display name, e.g. "HeyGen". */
  readonly provider: string;
  /** The file's name, without folders. */
  readonly file?: string;
  /** Extra words for codes that need them, e.g. the size limit or the detected format. */
  readonly extra?: string;
}

const sentences: Record<ErrorCode, (c: MessageContext) => string> = {
  KEY_MISSING: (c) => `There is no ${c.provider} API key yet. Open Settings and paste your ${c.provider} key.`,
  // `extra`: why the provider may refuse a key that is right (shared/providers.ts keyRejectedNote).
  KEY_REJECTED: (c) => `${c.provider} rejected the API key. Open Settings and paste a new one.${c.extra === undefined ? '' : ` ${c.extra}`}`,
  // `extra`: the key's name. Where the file was already uploaded, shared/key-names.ts keyRemovedSentence says more.
  KEY_REMOVED: (c) => `The ${c.provider} key${c.extra === undefined ? '' : ` “${c.extra}”`} for ${c.file ?? 'this file'} is no longer saved. Choose another key for it, or add that key again in Settings.`,
  FORBIDDEN: (c) => `${c.provider} refused this upload for your account. Check your plan, or what the key is allowed to do, on the ${c.provider} website.`,
  FILE_NOT_FOUND: (c) => `${c.file ?? 'The file'} is no longer there. It may have been moved or deleted; add it again from its new place.`,
  NOT_A_FILE: (c) => `${c.file ?? 'This'} is a folder or a device, not a media file. Choose a file instead.`,
  FILE_EMPTY: (c) => `${c.file ?? 'The file'} is empty (0 bytes). Check that it saved completely, then add it again.`,
  FILE_UNREADABLE: (c) => `${c.file ?? 'The file'} could not be read. Check that you have permission to open it and that the disk is connected.`,
  FILE_CHANGED: (c) => `${c.file ?? 'The file'} changed while it was being uploaded. Wait until it is finished saving, then press Retry.`,
  // `extra`: its size and the limit ("8000 × 60000 pixels, 480 megapixels; up to 50 megapixels can be converted").
  PHOTO_TOO_LARGE: (c) => `${c.file ?? 'The photo'} is too large to convert${c.extra === undefined ? '' : ` (${c.extra})`}. Save a smaller copy of it, for example by exporting it from Photos, and add that instead.`,
  TOO_LARGE: (c) => `${c.file ?? 'The file'} is too large for ${c.provider}${c.extra ? ` (${c.extra})` : ''}. Choose a smaller file or another service.`,
  UNSUPPORTED_TYPE: (c) => `${c.provider} does not accept ${c.extra ?? 'this kind of file'}. Convert it to a format ${c.provider} takes, or choose another service.`,
  // `extra`: the time the provider asked to wait until, when that is too long to wait for here.
  RATE_LIMITED: (c) => (c.extra === undefined
    ? `${c.provider} is receiving too many uploads from your account right now. Wait a minute, then press Retry.`
    : `${c.provider} asks for no more uploads from your account until ${c.extra}. Press Retry after that.`),
  // `file`: the provider had the file and failed while processing it (memories.ai's FAILED).
  PROVIDER_ERROR: (c) => (c.file === undefined
    ? `${c.provider} had a problem on its side. Try again in a few minutes.`
    : `${c.provider} could not process ${c.file} after it arrived, so it cannot be used. Press Retry to upload it again.`),
  NETWORK: (c) => `Could not reach ${c.provider}. Check your internet connection, then press Retry.`,
  // `extra`: the host the certificate was for. Not "check your internet connection": the
  // connection works, and a person sent there looks in the wrong place. "Restart": Node reads the
  // system's store once per process (electron/core/network/trusted-certificates.ts), so a root installed
  // while the app runs is seen by the next start, not by Retry.
  CERTIFICATE_UNTRUSTED: (c) => `Could not check that this computer is talking to the real ${c.provider}${c.extra === undefined ? '' : ` (${c.extra})`}: the connection's certificate is not trusted. If your company inspects internet traffic, ask IT to install its certificate on this computer, then restart the uploader and try again.`,
  TIMEOUT: (c) => `${c.provider} stopped responding. Check your internet connection, then press Retry.`,
  CANCELLED: () => 'The upload was cancelled.',
  CONVERT_FAILED: (c) => `${c.file ?? 'The file'} could not be converted to a format ${c.provider} takes: it may be damaged, or in a form the converter cannot read. Check that it plays, or choose another service.`,
  LOCATION_TOO_COMPLEX: (c) => `${c.file ?? 'The file'} was not sent: it is built in an unusual way that would take too long to check for location data. To send it, keep its location (Settings, "Location in photos and videos", or --keep-location in a terminal), or save it again in another format and add that copy.`,
  // `extra`, for the three PROXY_ codes: the proxy's "host:port" (never its password).
  PROXY_AUTH: (c) => `The proxy ${c.extra ?? ''} asks for a user name and password before it lets the uploader reach ${c.provider}. Check your proxy settings, or ask your IT department for the proxy's sign-in, then press Retry.`,
  PROXY_REFUSED: (c) => `The proxy ${c.extra ?? ''} refused the connection to ${c.provider}, or did not answer. Check your proxy settings, or ask your IT department whether ${c.provider} is allowed, then press Retry.`,
  PROXY_UNSUPPORTED: (c) => `Your network settings send ${c.provider} through the proxy ${c.extra ?? ''}, which the uploader cannot use yet: it is a SOCKS proxy, or not a proxy address. Ask your IT department for an HTTP proxy address to use instead.`,
  BAD_RESPONSE: (c) => `${c.provider} sent an answer the uploader does not understand, so no link was saved. Try again later; if it keeps happening, ${c.provider} may have changed how it works.`,
};

export function errorSentence(code: ErrorCode, context: MessageContext): string {
  return sentences[code](context);
}
