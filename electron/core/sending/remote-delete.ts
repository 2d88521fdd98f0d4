// Deletes an upload from the provider (shared/providers.ts `deleteUpload`: memories.ai's
// DELETE /serve/api/v2/{asset_id}, HeyGen's DELETE /v3/assets/{asset_id}), for History's
// "Delete from …" and `media-uploader delete`. Where a provider offers no way, it says so.

import { englishT } from '../../../shared/i18n/english.ts';
import { sayWords } from '../../../shared/i18n/error-words.ts';
import { deletionNotOfferedWords } from '../../../shared/providers.ts';
import { callAboutAsset, type AssetRequest } from './api-request.ts';
import { adapterOf } from '../providers/index.ts';
import { readReply } from './response-reading.ts';
import { UploadError } from '../errors/upload-error.ts';

/** Resolves once the provider says the upload is gone; an UploadError with a sentence otherwise. */
export async function deleteUpload(req: AssetRequest): Promise<void> {
  const { info, readDelete } = adapterOf(req.provider);
  const notOffered = deletionNotOfferedWords(info);
  if (info.deleteUpload === undefined || notOffered !== undefined) {
    const words = notOffered ?? { key: 'errors:deletionNotOffered', values: { provider: info.name, retention: '' } };
    throw new UploadError('FORBIDDEN', sayWords(englishT(), words).trim(), { words });
  }
  const { adapter, answer } = await callAboutAsset(req, info.deleteUpload);
  // "No content" is an answer too: nothing to read.
  if (answer.status >= 200 && answer.status < 300 && answer.body.trim() === '') return;
  if (answer.status === 404) {
    // Already gone, or an id the provider's delete does not know (HeyGen's v1 uploads: unconfirmed).
    throw UploadError.of('PROVIDER_ERROR', info.name, { variant: 'unknownId', status: 404 });
  }
  readReply(adapter, answer, new Date(), [req.key ?? ''], (json) => readDelete?.(json) ?? { raw: json }, (done) => done);
}
