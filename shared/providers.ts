// Every fact the uploader relies on about a provider, in one table. Sources for each fact are
// in the team's reference folder (../shared/providers/README.md). The engine's adapters in
// electron/core/providers/ only build the request and read the answer; everything else is here.

// What each fact means is in shared/provider-info.ts.

import type { Translate } from './i18n/translator.ts';
import type { ProviderInfo, Region } from './provider-info.ts';
import type { Words } from './i18n/catalogue-types.ts';

export const PROVIDER_IDS = ['assemblyai', 'memories', 'wavespeed', 'heygen'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

const AUDIO_VIDEO = [
  'mp4', 'mov', 'avi', 'webm', 'mkv', 'flv', 'asf', 'mpg', '3gp', 'ogv',
  'mp3', 'wav', 'aac', 'flac', 'ogg', 'oga', 'opus', 'm4a',
];

const MB = 1_000_000;

export const PROVIDERS: Readonly<Record<ProviderId, ProviderInfo<ProviderId>>> = {
  assemblyai: {
    id: 'assemblyai',
    name: 'AssemblyAI',
    summary: 'Turns speech in audio and video into text.',
    upload: { origin: 'https://api.assemblyai.com', path: '/v2/upload', method: 'POST' },
    regions: {
      choices: [
        { id: 'us', label: 'United States', origin: 'https://api.assemblyai.com' },
        { id: 'eu', label: 'European Union', origin: 'https://api.eu.assemblyai.com' },
      ],
      hint: 'Choose European Union if your AssemblyAI account keeps its data in the EU. Its key works only there.',
    },
    // The key check asks the chosen region only: an EU account's key is refused by the US one.
    keyRejectedNote: 'If your AssemblyAI account is in the EU, choose European Union as the AssemblyAI region, then try again: an EU account’s key works only there.',
    auth: 'authorization',
    body: { kind: 'raw', contentType: 'octet-stream' },
    accepts: AUDIO_VIDEO,
    hardLimitBytes: 2_200 * MB,
    // AssemblyAI has no way to upload more; it fetches up to 5 GB from a link (its FAQ on file size limits).
    hardLimitNote: 'AssemblyAI can still transcribe a file of up to 5 GB if you put it online yourself and give AssemblyAI its link when you ask for the transcript.',
    retentionDays: 2,
    retentionNote: 'AssemblyAI keeps uploaded files for about 2 days.',
    keyCheck: { origin: 'https://api.assemblyai.com', path: '/v2/transcript?limit=1', method: 'GET' },
    keyEnvVar: 'ASSEMBLYAI_API_KEY',
    keyPageUrl: 'https://www.assemblyai.com/dashboard/api-keys',
    result: ['url'],
    next: [{
      purpose: 'Transcribe it', kinds: ['audio', 'video'],
      method: 'POST', origin: 'https://api.assemblyai.com', path: '/v2/transcript',
      input: 'url', field: 'audio_url',
      then: 'The answer has an id: GET /v2/transcript/<id> until its status is completed.',
    }],
  },
  memories: {
    id: 'memories',
    name: 'memories.ai',
    summary: 'Searches and answers questions about your videos and images.',
    upload: { origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/upload', method: 'POST' },
    auth: 'authorization',
    body: { kind: 'multipart', field: 'file' },
    accepts: [
      'mp4', 'mov', 'avi', 'webm', 'mkv', 'flv', 'asf', 'mpg',
      'mp3', 'wav', 'aac', 'flac', 'ogg', 'oga', 'm4a',
      'jpg', 'png', 'gif', 'webp', 'bmp', 'tif',
    ],
    // Over 500 MB the upload endpoint refuses; the signed-URL way has no documented limit.
    largeUpload: {
      overBytes: 500 * MB,
      ticket: { origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/upload/signed-url', method: 'POST' },
      // The documentation's examples POST one multipart part `file` to the signed URL (a raw PUT is unconfirmed).
      storage: { kind: 'multipart', field: 'file' },
    },
    // An asset can be used only once its upload_status is SUCCESS, whichever way it came.
    statusCheck: { origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/{asset_id}/metadata', method: 'GET' },
    deleteUpload: { origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/{asset_id}', method: 'DELETE' },
    retentionNote: 'memories.ai keeps uploads until you delete them.',
    // No key-check endpoint is documented; metadata of a made-up asset answers 401 for a bad key.
    keyCheck: { origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/re_0/metadata', method: 'GET' },
    // memories.ai allows one request per second per account, shared by all keys and endpoints.
    minIntervalMs: 1_000,
    keyEnvVar: 'MEMORIES_API_KEY',
    // Its documentation's page on creating a key (Console → Payment → API Key Management).
    keyPageUrl: 'https://api-tools.memories.ai/visual-search/create-your-key',
    result: ['assetId'],
    // Its documented next requests (transcription, clip, split) are for audio and video; none for images.
    next: [{
      purpose: 'Transcribe its audio', kinds: ['audio', 'video'],
      method: 'POST', origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/transcriptions/sync-generate-audio',
      input: 'assetId', field: 'asset_id', extra: { model: 'whisper-1' },
      then: 'The asset can be used once GET /serve/api/v2/<asset_id>/metadata says upload_status SUCCESS.',
    }],
  },
  wavespeed: {
    id: 'wavespeed',
    name: 'WaveSpeedAI',
    summary: 'Makes and edits images and video with AI models.',
    upload: { origin: 'https://api.wavespeed.ai', path: '/api/v3/media/upload/binary', method: 'POST' },
    auth: 'bearer',
    body: { kind: 'multipart', field: 'file' },
    accepts: [
      'jpg', 'png', 'webp', 'gif', 'bmp', 'tif',
      'mp4', 'avi', 'mov', 'asf', 'flv', 'webm', 'mkv', '3gp', 'ogv',
      'mp3', 'wav', 'ogg', 'oga', 'aac', 'flac', 'm4a', 'opus',
    ],
    // Over 300 MB its upload endpoint is not recommended; its own SDKs send every file through
    // a presigned upload (the SDK's Client.upload), whose size limit is not documented.
    largeUpload: {
      overBytes: 300 * MB,
      ticket: { origin: 'https://api.wavespeed.ai', path: '/api/v3/media/uploads', method: 'POST' },
      storage: { kind: 'raw' },
    },
    retentionDays: 7,
    retentionNote: 'WaveSpeedAI deletes uploads after 7 days.',
    keyCheck: { origin: 'https://api.wavespeed.ai', path: '/api/v3/balance', method: 'GET' },
    keyRejectedNote: 'WaveSpeedAI accepts a key only after the account’s first top-up: add credit on wavespeed.ai if you have not yet.',
    keyEnvVar: 'WAVESPEED_API_KEY',
    keyPageUrl: 'https://wavespeed.ai/accesskey',
    result: ['url'],
    // Only an image's next request is documented in the reference (large-files.md); audio and video get none.
    next: [{
      purpose: 'Turn the image into a video', kinds: ['image'],
      method: 'POST', origin: 'https://api.wavespeed.ai', path: '/api/v3/wavespeed-ai/wan-2.2/image-to-video',
      input: 'url', field: 'image', extra: { prompt: '<what should happen in the video>' },
      then: 'The answer has data.id: GET /api/v3/predictions/<id>/result until it is completed.',
    }],
  },
  heygen: {
    id: 'heygen',
    name: 'HeyGen',
    summary: 'Makes videos with AI avatars and voices.',
    upload: { origin: 'https://upload.heygen.com', path: '/v1/asset', method: 'POST' },
    auth: 'x-api-key',
    // HeyGen files the asset by the Content-Type it is sent with, and refuses other types.
    body: { kind: 'raw', contentType: 'media-type' },
    accepts: ['png', 'jpg', 'mp4', 'webm', 'mp3', 'wav'],
    // The upload endpoint takes 10 MB (HeyGen's asset reference) and no WAV; v3 direct uploads
    // take both, and the asset can be used once `complete` succeeded.
    largeUpload: {
      overBytes: 10 * MB,
      onlyFormats: ['wav'],
      ticket: { origin: 'https://api.heygen.com', path: '/v3/assets/direct-uploads', method: 'POST' },
      storage: { kind: 'raw' },
      complete: { origin: 'https://api.heygen.com', path: '/v3/assets/{asset_id}/complete', method: 'POST' },
    },
    // `complete` may answer "processing"; v3 says when the asset is ready (heygen-cli gen/asset.go).
    statusCheck: { origin: 'https://api.heygen.com', path: '/v3/assets/statuses?asset_ids={asset_id}', method: 'GET' },
    deleteUpload: { origin: 'https://api.heygen.com', path: '/v3/assets/{asset_id}', method: 'DELETE' },
    retentionNote: 'HeyGen may delete uploaded files that go unused for a while.',
    keyCheck: { origin: 'https://api.heygen.com', path: '/v3/users/me', method: 'GET' },
    keyEnvVar: 'HEYGEN_API_KEY',
    keyPageUrl: 'https://app.heygen.com/settings?nav=API',
    result: ['url', 'assetId'],
    // Only an image's next request is documented in the reference (large-files.md); audio and video get none.
    next: [{
      purpose: 'Make a talking video from the image', kinds: ['image'],
      method: 'POST', origin: 'https://api.heygen.com', path: '/v3/videos',
      input: 'assetId', field: 'image_asset_id', extra: { script: '<what the avatar says>', voice_id: '<a voice id>' },
      then: 'The answer has the video id: GET /v3/videos/<id> until it is ready.',
    }],
  },
};

/** Every region id any provider offers: what --region accepts (a provider without regions ignores it). */
export const REGION_IDS: readonly string[] = [...new Set(PROVIDER_IDS.flatMap((id) => PROVIDERS[id].regions?.choices.map((r) => r.id) ?? []))];

/** The region a chosen id names, or the provider's default; undefined for a provider without regions. */
export function regionOf(provider: ProviderInfo<string>, id: string | undefined): Region | undefined {
  const choices = provider.regions?.choices;
  return choices?.find((r) => r.id === id) ?? choices?.[0];
}

/** What the person copies from a finished upload: the first field of the provider's `result` the answer carried. */
export function resultText(provider: ProviderInfo<string>, result: { readonly url?: string; readonly assetId?: string } | undefined): string | undefined {
  for (const field of provider.result) {
    const text = result?.[field];
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * Why an upload cannot be deleted from this provider, for a person who asks to, as the sentence's
 * key and values: undefined where it can (shared/providers.ts deleteUpload). Its retention says
 * what happens instead (the `common` namespace's, for the table's providers).
 */
export function deletionNotOfferedWords(provider: ProviderInfo<string>): Words | undefined {
  if (provider.deleteUpload !== undefined) return undefined;
  const retention = isProviderId(provider.id) ? { key: `common:providers.${provider.id}.retention` } : provider.retentionNote;
  return { key: 'errors:deletionNotOffered', values: { provider: provider.name, retention } };
}

/** The same, in the language of `t`. */
export function deletionNotOffered(t: Translate, provider: ProviderInfo<string>): string | undefined {
  const words = deletionNotOfferedWords(provider);
  if (words === undefined) return undefined;
  const retention = words.values?.retention;
  return t(words.key, { provider: provider.name, retention: typeof retention === 'object' ? t(retention.key) : retention });
}

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}
