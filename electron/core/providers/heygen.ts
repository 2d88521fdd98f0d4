import { PROVIDERS } from '../../../shared/providers.ts';
import { codeFromStatusLike, field, stringRecord, text, type BodyFailure, type ProviderAdapter, type Readiness } from './provider-adapter.ts';

// HeyGen's codes for a missing or wrong key (https://docs.heygen.com/reference/errors).
const KEY_CODES = new Set([40009, 400112]);

// v1 answers {"code":100,"data":{"id","url",…},"msg":null,"message":null}; errors carry a numeric
// code and a message, at the top level or under "error". v3 errors are
// {"error":{"code":"<word>","message"}} (developers.heygen.com/docs/error-codes): the status decides.
const bodyCode = (json: unknown): unknown => field(json, 'code') ?? field(json, 'error', 'code');
// The key codes can come with any status, 200 and 400 included.
const isKeyCode = (code: unknown): boolean => KEY_CODES.has(Number(code));

function failure(json: unknown): BodyFailure {
  const code = bodyCode(json);
  const detail = text(json, 'message') ?? text(json, 'msg') ?? text(json, 'error', 'message') ?? text(json, 'error');
  if (isKeyCode(code)) return { code: 'KEY_REJECTED', detail };
  const mapped = codeFromStatusLike(code);
  return mapped === undefined ? { detail } : { code: mapped, detail };
}

// v3 asset statuses (heygen-cli gen/asset.go): queued, processing, completed, failed, not_found;
// a direct upload starts as pending_upload. Words not listed here are read as still processing.
const READINESS: Readonly<Record<string, Readiness>> = { completed: 'ready', ready: 'ready', failed: 'failed', not_found: 'failed' };
const readinessOf = (status: string | undefined): Readiness => (status === undefined ? 'ready' : READINESS[status.toLowerCase()] ?? 'processing');

/** The entry about `assetId` in a statuses answer; its exact shape is unconfirmed, so a list under data or data.statuses/assets is read. */
function statusEntry(json: unknown, assetId: string): unknown {
  const data = field(json, 'data');
  const list = [data, field(data, 'statuses'), field(data, 'assets'), field(data, 'items')].find(Array.isArray) as unknown[] | undefined;
  if (list !== undefined) return list.find((e) => field(e, 'asset_id') === assetId || field(e, 'id') === assetId) ?? (list.length === 1 ? list[0] : undefined);
  return field(data, assetId) ?? (text(data, 'status') === undefined ? undefined : data);
}

export const heygen: ProviderAdapter = {
  info: PROVIDERS.heygen,
  parseSuccess(json) {
    if (field(json, 'code') !== 100) return failure(json);
    const assetId = text(json, 'data', 'id');
    if (assetId === undefined) return { code: 'BAD_RESPONSE', detail: 'The answer has no data.id.' };
    const url = text(json, 'data', 'url');
    return url === undefined ? { assetId, raw: json } : { assetId, url, raw: json };
  },
  parseFailure: failure,
  readKeyCheck: ({ json }) => (isKeyCode(bodyCode(json)) ? 'rejected' : undefined),
  // developers.heygen.com/reference/create-asset-upload: ticket, PUT with upload_headers, complete.
  largeUpload: {
    ticketBody: (file) => ({ filename: file.name, content_type: file.mime, size_bytes: file.size }),
    readTicket(json) {
      const assetId = text(json, 'data', 'asset_id');
      const url = text(json, 'data', 'upload_url');
      if (assetId === undefined || url === undefined) return text(json, 'error', 'message') === undefined ? { code: 'BAD_RESPONSE', detail: 'The answer has no data.asset_id or data.upload_url.' } : failure(json);
      const headers = field(json, 'data', 'upload_headers') === undefined ? {} : stringRecord(field(json, 'data', 'upload_headers'));
      if (headers === undefined) return { code: 'BAD_RESPONSE', detail: 'The answer’s data.upload_headers are not text.' };
      const max = field(json, 'data', 'max_bytes');
      const maxBytes = typeof max === 'number' && Number.isSafeInteger(max) && max > 0 ? max : undefined;
      return { raw: json, storage: { method: 'PUT', url, headers }, result: { assetId }, assetId, ...(maxBytes !== undefined && { maxBytes }) };
    },
    // → data.{asset_id, url, mime_type, size_bytes, status}; "processing" until HeyGen is done with it.
    readComplete(json) {
      const assetId = text(json, 'data', 'asset_id');
      if (assetId === undefined) return text(json, 'error', 'message') === undefined ? { code: 'BAD_RESPONSE', detail: 'The answer has no data.asset_id.' } : failure(json);
      const status = text(json, 'data', 'status');
      const readiness = readinessOf(status);
      if (readiness === 'failed') return { code: 'PROVIDER_ERROR', detail: `HeyGen says the asset ${status ?? ''}.` };
      const url = text(json, 'data', 'url');
      return { assetId, ...(url !== undefined && { url }), ready: readiness === 'ready', raw: json };
    },
  },
  readStatus(json, assetId) {
    const entry = statusEntry(json, assetId);
    const status = text(entry, 'status');
    if (status === undefined) return text(json, 'error', 'message') === undefined ? { code: 'BAD_RESPONSE', detail: `The answer has no status for ${assetId}.` } : failure(json);
    const readiness = readinessOf(status);
    const detail = text(entry, 'error', 'message') ?? text(entry, 'message') ?? `status ${status}`;
    return readiness === 'failed' ? { readiness, detail, raw: json } : { readiness, raw: json };
  },
};
