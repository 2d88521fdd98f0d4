import { PROVIDERS } from '../../../shared/providers.ts';
import { codeFromStatusLike, field, text, type BodyFailure, type ProviderAdapter, type Readiness } from './provider-adapter.ts';

// Answers {"code":200,"msg":"success","data":{…},"success":true,"failed":false}; older pages
// show code "0000". Errors: {"code":<status>,"msg":"…","data":null}.
function failure(json: unknown): BodyFailure {
  const detail = text(json, 'msg') ?? text(json, 'message');
  // memories.ai answers a 400 "Request has exceeded the limit." when its 1 request/s pace is broken.
  if (detail !== undefined && /exceeded the limit/i.test(detail)) return { code: 'RATE_LIMITED', detail };
  const code = codeFromStatusLike(field(json, 'code'));
  return code === undefined ? { detail } : { code, detail };
}

function succeeded(json: unknown): boolean {
  const code = field(json, 'code');
  const said = field(json, 'success') === true || (field(json, 'success') === undefined && (code === 200 || code === '200' || code === '0000'));
  return said && field(json, 'failed') !== true;
}

// upload_status (api-tools.memories.ai/visual-intelligence/base/upload): only SUCCESS can be
// used; FAILED means "retry the upload".
const READINESS: Readonly<Record<string, Readiness>> = { SUCCESS: 'ready', FAILED: 'failed', WAITING: 'processing', UPLOADING: 'processing' };

export const memories: ProviderAdapter = {
  info: PROVIDERS.memories,
  parseSuccess(json) {
    if (!succeeded(json)) return failure(json);
    const assetId = text(json, 'data', 'asset_id');
    // Usable only once its metadata says SUCCESS.
    return assetId === undefined ? { code: 'BAD_RESPONSE', detail: 'The answer has no data.asset_id.' } : { assetId, ready: false, raw: json };
  },
  parseFailure: failure,
  readKeyCheck({ status, json }) {
    // Its body code 401/403 rejects the key whatever the status.
    const code = Number(field(json, 'code') ?? field(json, 'error', 'code'));
    if (code === 401 || code === 403) return 'rejected';
    if (status === 401 || status === 403 || status === 429) return undefined;
    // No key check is documented: a made-up asset's metadata is refused with 401 for a bad key,
    // so any other answer short of a server failure (typically 404) means the key passed.
    return status < 500 ? 'accepted' : undefined;
  },
  // POST /upload/signed-url {"original_filename"} → data.asset_id, data.signed_url, data.expires_in.
  largeUpload: {
    ticketBody: (file) => ({ original_filename: file.name }),
    readTicket(json) {
      if (!succeeded(json)) return failure(json);
      const assetId = text(json, 'data', 'asset_id');
      const url = text(json, 'data', 'signed_url');
      if (assetId === undefined || url === undefined) return { code: 'BAD_RESPONSE', detail: 'The answer has no data.asset_id or data.signed_url.' };
      // The documentation's examples send no header of their own: only the multipart body's.
      return { raw: json, storage: { method: 'POST', url, headers: {} }, result: { assetId, ready: false } };
    },
  },
  // GET /{asset_id}/metadata → data.resource[] with asset_id and upload_status.
  readStatus(json, assetId) {
    if (!succeeded(json)) return failure(json);
    const resources = field(json, 'data', 'resource');
    if (!Array.isArray(resources)) return { code: 'BAD_RESPONSE', detail: 'The answer has no data.resource list.' };
    const resource: unknown = resources.find((r) => field(r, 'asset_id') === assetId) ?? resources[0];
    // Not listed yet: the bytes may still be on their way to it.
    if (resource === undefined) return { readiness: 'processing', raw: json };
    const status = text(resource, 'upload_status');
    const readiness = status === undefined ? undefined : READINESS[status.toUpperCase()];
    if (readiness === undefined) return { code: 'BAD_RESPONSE', detail: `The upload_status is ${status ?? 'missing'}.` };
    return readiness === 'failed' ? { readiness, raw: json, detail: `upload_status ${status ?? ''}` } : { readiness, raw: json };
  },
  // DELETE /{asset_id} → data: null; a failure can come in a 200's body.
  readDelete: (json) => (succeeded(json) ? undefined : failure(json)),
};
