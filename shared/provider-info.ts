// The shape of a provider's facts: how a file is sent, where, with which key, what comes back,
// and what to do next. The facts themselves, one row per provider, are in shared/providers.ts.

import type { MediaKind } from './media-formats.ts';

export type AuthScheme =
  | 'authorization' // Authorization: <key>
  | 'bearer' // Authorization: Bearer <key>
  | 'x-api-key'; // X-API-KEY: <key>

/**
 * How the file travels: as the whole request body with an exact Content-Length, its
 * Content-Type either the file's own media type (where the provider reads it) or
 * application/octet-stream; or as one part of a multipart/form-data body.
 */
export type UploadBody =
  | { readonly kind: 'raw'; readonly contentType: 'media-type' | 'octet-stream' }
  | { readonly kind: 'multipart'; readonly field: string };

/** One place a provider can keep an account's data, chosen in Settings or with --region. */
export interface Region {
  /** What settings.json and --region say, e.g. "eu". */
  readonly id: string;
  /** What Settings shows, e.g. "European Union". */
  readonly label: string;
  /** Replaces the origin of the provider's endpoints on its API host. */
  readonly origin: string;
}

export interface Regions {
  /** The first is the default. */
  readonly choices: readonly [Region, ...Region[]];
  /** One sentence under the choice in Settings. */
  readonly hint: string;
}

/** What a finished upload gives the person to copy. */
export type ResultField = 'url' | 'assetId';

export interface Endpoint {
  readonly origin: string;
  /** `{asset_id}` stands for the asset the request is about (filled in by endpointUrl). */
  readonly path: string;
  readonly method: 'GET' | 'POST' | 'DELETE';
}

/**
 * How the bytes travel to a storage link a provider hands out: the raw file (the method and the
 * headers come from the provider's answer, used exactly as given), or one multipart/form-data part.
 */
export type StorageBody = { readonly kind: 'raw' } | { readonly kind: 'multipart'; readonly field: string };

/**
 * A provider's way for files its upload endpoint does not take: ask its API for a storage link
 * (the "ticket"), send the bytes there without the key, and, where it asks, tell its API they
 * arrived. Files at or under `overBytes` keep the upload endpoint.
 */
export interface LargeUpload {
  readonly overBytes: number;
  /** Formats only this way takes, so they go this way at any size. */
  readonly onlyFormats?: readonly string[];
  readonly ticket: Endpoint;
  readonly storage: StorageBody;
  /** The provider's "the bytes are there" request; the asset is unusable until it succeeds. */
  readonly complete?: Endpoint;
}

/**
 * The provider's usual next request once a file is up, with the upload's link or id filled in
 * ("Use it next"). Pure data: shared/next-call.ts renders it as a curl command.
 */
export interface NextCall {
  /** What the request does, for a person: "Transcribe it". */
  readonly purpose: string;
  /** The kinds of file it is for: an image-to-video request is no next step for a WAV. */
  readonly kinds: readonly MediaKind[];
  readonly method: 'POST';
  /** The origin of the API host; a region's origin replaces it where the provider has regions. */
  readonly origin: string;
  readonly path: string;
  /** Which result of the upload goes in, and under which JSON field. */
  readonly input: ResultField;
  readonly field: string;
  /** The rest of the JSON body, in order after the input: values a person fills in are marked <like this>. */
  readonly extra?: Readonly<Record<string, string>>;
  /** Where the answer's id is then checked, for the line under the command. */
  readonly then?: string;
}

/**
 * `Id` is a ProviderId (shared/providers.ts) for the table's rows; a test's made-up provider can
 * have its own. Named by the table, not here, so the facts import their shape and never the reverse.
 */
export interface ProviderInfo<Id extends string> {
  readonly id: Id;
  readonly name: string;
  /** One line on what the service is for, for a person choosing where files go. */
  readonly summary: string;
  readonly upload: Endpoint;
  /** Where the account's data is kept, when the provider lets you choose: same paths on another host. */
  readonly regions?: Regions;
  readonly auth: AuthScheme;
  readonly body: UploadBody;
  /** Format ids from shared/media-formats.ts that the provider documents as accepted. */
  readonly accepts: readonly string[];
  /** Over this the provider refuses the upload: the file is never sent. */
  readonly hardLimitBytes?: number;
  /** Said after the too-large sentence: what the person can do instead. */
  readonly hardLimitNote?: string;
  /** The way for files over a size (or of formats) the upload endpoint does not take. */
  readonly largeUpload?: LargeUpload;
  /**
   * Where the provider says whether an upload is ready to use, for providers whose uploads are
   * processed before they can be used (the adapter's readStatus reads the answer).
   */
  readonly statusCheck?: Endpoint;
  /** Deletes an upload from the provider; absent where the provider offers no way to. */
  readonly deleteUpload?: Endpoint;
  /** Over this the provider advises against uploading (or the limit is unconfirmed): warn, still allow. */
  readonly softLimitBytes?: number;
  readonly softLimitNote?: string;
  /** How long the provider keeps an upload, in days, where it says so. */
  readonly retentionDays?: number;
  readonly retentionNote: string;
  /** The cheapest authenticated request, used by "Test key". */
  readonly keyCheck: Endpoint;
  /** Minimum gap between two requests to this provider, per account. */
  readonly minIntervalMs?: number;
  /** Said after the rejected-key sentence, where a key can be refused for a reason of the account's. */
  readonly keyRejectedNote?: string;
  readonly keyEnvVar: string;
  readonly keyPageUrl: string;
  /**
   * What the person copies from a finished upload, most useful first: the row shows the first
   * one the answer carried, and "Copy all links" copies it.
   */
  readonly result: readonly [ResultField, ...ResultField[]];
  /**
   * "Use it next", by kind of file: the first that fits the file is offered; none where none
   * does. Facts and sources in ../shared/providers/large-files.md ("next call").
   */
  readonly next?: readonly NextCall[];
}
