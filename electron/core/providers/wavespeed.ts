import { PROVIDERS } from '../../../shared/providers.ts';
import { codeFromStatusLike, field, stringRecord, text, type BodyFailure, type ProviderAdapter } from './provider-adapter.ts';

// Answers {"code":200,"message":"success","data":{"type","download_url","filename","size"}}.
function failure(json: unknown): BodyFailure {
  const detail = text(json, 'message') ?? text(json, 'msg');
  const code = codeFromStatusLike(field(json, 'code'));
  return code === undefined ? { detail } : { code, detail };
}

export const wavespeed: ProviderAdapter = {
  info: PROVIDERS.wavespeed,
  parseSuccess(json) {
    if (field(json, 'code') !== 200) return failure(json);
    const url = text(json, 'data', 'download_url');
    if (url === undefined) return { code: 'BAD_RESPONSE', detail: 'The answer has no data.download_url.' };
    return { url, raw: json };
  },
  parseFailure: failure,
  // POST /api/v3/media/uploads {filename, size, content_type} → data.download_url and
  // data.upload.{method, url, headers}, as its SDK's Client.upload sends and reads them.
  largeUpload: {
    ticketBody: (file) => ({ filename: file.name, size: file.size, content_type: file.mime }),
    readTicket(json) {
      if (field(json, 'code') !== 200) return failure(json);
      const url = text(json, 'data', 'download_url');
      const upload = field(json, 'data', 'upload');
      const target = text(upload, 'url');
      const headers = field(upload, 'headers') === undefined ? {} : stringRecord(field(upload, 'headers'));
      if (url === undefined || target === undefined || headers === undefined) {
        return { code: 'BAD_RESPONSE', detail: 'The answer has no data.download_url or data.upload with a url and headers.' };
      }
      // Its SDK refuses any other method too.
      if (text(upload, 'method')?.toUpperCase() !== 'PUT') return { code: 'BAD_RESPONSE', detail: 'The upload instruction is not a PUT.' };
      return { raw: json, storage: { method: 'PUT', url: target, headers }, result: { url } };
    },
  },
};
