// A provider's way for large files (shared/providers.ts `largeUpload`): ask its API for a storage
// link (the ticket, with the key), stream the bytes to that link exactly as the ticket says (no
// key: a storage host never sees one), then, where the provider asks, tell its API they arrived.
// The link is used as given: --base-url moves requests to the provider's API, never storage.
// One attempt here is ticket + bytes, so a retry (upload-file.ts) always starts from a fresh
// ticket: a link that expired or a storage host that failed gets a new link.

import type { MediaFormat } from '../../../shared/media-formats.ts';
import type { LargeUpload, ProviderInfo } from '../../../shared/provider-info.ts';
import { checkAnswer, checkTicket } from './answer-checks.ts';
import { callApi } from './api-request.ts';
import { endpointUrl, type EndpointOptions } from './endpoint-url.ts';
import { multipartFraming } from './multipart-body.ts';
import type { ProviderPacer } from './provider-pacer.ts';
import type { LargeUploadWire, ParsedAnswer, ProviderAdapter, Ticket } from '../providers/provider-adapter.ts';
import { readReply, readStorageAnswer } from './response-reading.ts';
import { fileInFlight, sendFile, type FileInFlight } from './upload-attempt.ts';
import { UploadError } from '../errors/upload-error.ts';

/** The large-file way this file takes, or undefined when the upload endpoint takes it. */
export function largeRoute(info: ProviderInfo<string>, file: { readonly size: number; readonly formatId: string }): LargeUpload | undefined {
  const large = info.largeUpload;
  if (large === undefined) return undefined;
  return file.size > large.overBytes || large.onlyFormats?.includes(file.formatId) === true ? large : undefined;
}

export interface LargeInput extends FileInFlight {
  readonly adapter: ProviderAdapter<string>;
  readonly large: LargeUpload;
  readonly key: string;
  readonly endpoint: EndpointOptions;
  readonly format: MediaFormat;
  readonly pacer: ProviderPacer;
}

function wireOf(adapter: ProviderAdapter<string>): LargeUploadWire {
  // A row with a large-file way and an adapter without its wire format is the code's mistake.
  if (adapter.largeUpload === undefined) throw new Error(`${adapter.info.id} has a largeUpload row but its adapter cannot speak it`);
  return adapter.largeUpload;
}

/** A ticket, then the bytes to its storage link: what the provider has once this resolves. */
export async function attemptLarge(input: LargeInput): Promise<Ticket> {
  const { adapter, large, key } = input;
  const wire = wireOf(adapter);
  const provider = adapter.info.name;
  const url = endpointUrl(adapter.info, large.ticket, input.endpoint);
  const answer = await callApi({
    adapter, url, method: large.ticket.method, key, signal: input.signal, timeouts: input.timeouts, pacer: input.pacer,
    json: wire.ticketBody({ name: input.name, size: input.stamp.size, mime: input.format.mime }),
  });
  const ticket = readReply(adapter, answer, new Date(), [key], (json) => wire.readTicket(json), (t) => checkTicket(t, url, [key]));
  if (large.complete !== undefined && ticket.assetId === undefined) throw UploadError.of('BAD_RESPONSE', provider, { detail: 'The answer has no asset id to confirm the upload with.' });
  if (ticket.maxBytes !== undefined && input.stamp.size > ticket.maxBytes) {
    throw UploadError.of('TOO_LARGE', provider, { file: input.name, size: input.stamp.size, limit: ticket.maxBytes });
  }

  const framing = large.storage.kind === 'multipart' ? multipartFraming(large.storage.field, input.name, input.format.mime) : undefined;
  const stored = await sendFile({
    ...fileInFlight(input),
    url: new URL(ticket.storage.url),
    method: ticket.storage.method,
    // Exactly the ticket's headers (and the multipart body's own type): never a key.
    headers: { ...ticket.storage.headers, ...(framing !== undefined && { 'content-type': framing.contentType }) },
    framing,
    provider,
    secrets: [key],
  });
  readStorageAnswer(stored, provider, [key]);
  return ticket;
}

/** Tells the provider the bytes are there (`large.complete`); the asset is usable once this succeeds. */
export async function completeLarge(input: Pick<LargeInput, 'adapter' | 'large' | 'key' | 'endpoint' | 'signal' | 'timeouts' | 'pacer'>, ticket: Ticket): Promise<ParsedAnswer> {
  const { adapter, large, key } = input;
  const wire = wireOf(adapter);
  if (large.complete === undefined) return { ...ticket.result, raw: ticket.raw };
  const url = endpointUrl(adapter.info, large.complete, { ...input.endpoint, ...(ticket.assetId !== undefined && { assetId: ticket.assetId }) });
  const answer = await callApi({ adapter, url, method: large.complete.method, key, json: {}, signal: input.signal, timeouts: input.timeouts, pacer: input.pacer });
  const read = wire.readComplete ?? ((json: unknown) => adapter.parseSuccess(json));
  return readReply(adapter, answer, new Date(), [key], read, (parsed) => checkAnswer(parsed, url));
}
