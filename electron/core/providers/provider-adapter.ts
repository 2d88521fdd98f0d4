// What each provider's adapter supplies: how to read its answer. Everything generic (auth
// headers, bodies, status codes, retries) lives in the engine; an adapter is a few lines.

import type { ErrorCode } from '../../../shared/error-codes.ts';
import type { AuthScheme, ProviderInfo } from '../../../shared/provider-info.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import type { UploadResult } from '../../../shared/queue-types.ts';
import { noteSentKey } from '../errors/secret-masks.ts';

/** What a successful answer says: the link, asset ID or expiry it gives, and the whole answer. */
export interface ParsedAnswer extends UploadResult {
  /** The provider's whole answer, parsed. */
  readonly raw: unknown;
  /**
   * Whether the provider can use the upload yet, where it says: false while it still processes
   * it (the status check, shared/providers.ts `statusCheck`, says when it is ready).
   */
  readonly ready?: boolean;
}

/** The file as a ticket request describes it. */
export interface FileDescription {
  readonly name: string;
  readonly size: number;
  /** The MIME type of its format (shared/media-formats.ts). */
  readonly mime: string;
}

/** Where and how to send the bytes, as the provider's answer says: used exactly as given. */
export interface StorageTarget {
  readonly method: 'PUT' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A provider's answer to a request for a storage link (shared/providers.ts `largeUpload`). */
export interface Ticket {
  readonly raw: unknown;
  readonly storage: StorageTarget;
  /** What the person copies, as far as the ticket says it (memories.ai's asset id, WaveSpeedAI's link). */
  readonly result: Omit<ParsedAnswer, 'raw'>;
  /** The id the `complete` request names, where there is one. */
  readonly assetId?: string;
  /** The most bytes the storage link takes, where the provider says. */
  readonly maxBytes?: number;
}

/** Where an upload stands at the provider: usable, still being processed, or lost there. */
export type Readiness = 'ready' | 'processing' | 'failed';

export interface StatusAnswer {
  readonly raw: unknown;
  readonly readiness: Readiness;
  /** The provider's own words, where it gives some (why it failed). */
  readonly detail?: string;
}

/** The wire format of a provider's large-file way (shared/providers.ts `largeUpload` has the rest). */
export interface LargeUploadWire {
  /** The JSON body of the ticket request. */
  ticketBody(file: FileDescription): object;
  readTicket(json: unknown): Ticket | BodyFailure;
  /** Reads the answer to `complete`, where the row has one: the result the person copies. */
  readComplete?(json: unknown): ParsedAnswer | BodyFailure;
}

/** How a provider's body says "failed": its own code (if any) and message. */
export interface BodyFailure {
  readonly code?: ErrorCode;
  readonly detail?: string | undefined;
}

/** What a key-check answer says about the key. */
export type KeyVerdict = 'accepted' | 'rejected' | 'rate-limited' | 'failed';

/** `Id` is a ProviderId for the table's providers; a test's made-up provider can have its own. */
export interface ProviderAdapter<Id extends string = ProviderId> {
  readonly info: ProviderInfo<Id>;
  /** Reads a 2xx JSON answer: the result, or the failure the body reports despite the status. */
  parseSuccess(json: unknown): ParsedAnswer | BodyFailure;
  /** The provider's own words in an error answer, and a code when they say more than the status. */
  parseFailure(json: unknown): BodyFailure;
  /**
   * Reads the answer to `info.keyCheck` where it says more than its status (a key code in the
   * body, an endpoint that answers 404 for a good key); undefined leaves it to the status
   * (keyVerdictFromStatus). `json` is undefined when the body is not JSON.
   */
  readKeyCheck?(answer: { readonly status: number; readonly json: unknown }): KeyVerdict | undefined;
  /** How the large-file way of the row (`info.largeUpload`) speaks: present exactly when the row has one. */
  readonly largeUpload?: LargeUploadWire;
  /** Reads a 2xx answer to `info.statusCheck` about `assetId`. */
  readStatus?(json: unknown, assetId: string): StatusAnswer | BodyFailure;
  /** Reads a 2xx answer to `info.deleteUpload` where its body can still say it failed; undefined means deleted. */
  readDelete?(json: unknown): BodyFailure | undefined;
}

/** What a key check's status alone says: 401/403 the key, 429 the pace, 2xx accepted. */
export function keyVerdictFromStatus(status: number): KeyVerdict {
  if (status === 401 || status === 403) return 'rejected';
  if (status === 429) return 'rate-limited';
  return status >= 200 && status < 300 ? 'accepted' : 'failed';
}

export function authHeaders(scheme: AuthScheme, key: string): Record<string, string> {
  // Whatever comes back may echo it: every detail masks it from now on (secret-masks.ts).
  noteSentKey(key);
  switch (scheme) {
    case 'authorization':
      return { authorization: key };
    case 'bearer':
      return { authorization: `Bearer ${key}` };
    case 'x-api-key':
      return { 'x-api-key': key };
  }
}

/** A reader's result rather than a failure: every result carries the provider's whole answer. */
export function isResult<T extends { readonly raw: unknown }>(value: T | BodyFailure): value is T {
  return 'raw' in value;
}

/** Small readers for untyped JSON, so adapters stay declarative. */
export function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function text(value: unknown, ...path: string[]): string | undefined {
  const found = field(value, ...path);
  return typeof found === 'string' && found.trim() !== '' ? found : undefined;
}

/** An object whose every value is a string (a provider's headers for a storage link), or undefined. */
export function stringRecord(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.every(([, v]) => typeof v === 'string') ? Object.fromEntries(entries) as Record<string, string> : undefined;
}

/** A body `code` that is an HTTP status says which closed-list code applies. */
export function codeFromStatusLike(value: unknown): ErrorCode | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) return undefined;
  if (n === 401) return 'KEY_REJECTED';
  if (n === 402 || n === 403) return 'FORBIDDEN';
  if (n === 413) return 'TOO_LARGE';
  if (n === 415) return 'UNSUPPORTED_TYPE';
  if (n === 429) return 'RATE_LIMITED';
  return undefined;
}
