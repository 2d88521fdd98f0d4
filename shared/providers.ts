// Every fact the uploader relies on about a provider, in one table. Sources for each fact are
// in the team's reference folder (../shared/providers/README.md). The engine's adapters in
// electron/core/providers/ only build the request and read the answer; everything else is here.

export const PROVIDER_IDS = ['assemblyai', 'memories', 'wavespeed', 'heygen'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export type AuthScheme =
  | 'authorization' // Authorization: <key>
  | 'bearer' // Authorization: Bearer <key>
  | 'x-api-key'; // X-API-KEY: <key>

export type BodyKind = 'raw' | 'multipart';
export type Region = 'us' | 'eu';

export interface Endpoint {
  readonly origin: string;
  readonly path: string;
  readonly method: 'GET' | 'POST';
}

export interface ProviderInfo {
  readonly id: ProviderId;
  readonly name: string;
  readonly upload: Endpoint;
  /** AssemblyAI's EU data residency: same path on another host. */
  readonly euOrigin?: string;
  readonly auth: AuthScheme;
  readonly body: BodyKind;
  /** Format ids from shared/media-formats.ts that the provider documents as accepted. */
  readonly accepts: readonly string[];
  /** Over this the provider refuses the upload: the file is never sent. */
  readonly hardLimitBytes?: number;
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
  readonly keyEnvVar: string;
  readonly keyPageUrl: string;
  /** What the user copies: the link, the asset id, or both. */
  readonly result: 'url' | 'assetId' | 'both';
}

const AUDIO_VIDEO = [
  'mp4', 'mov', 'avi', 'webm', 'mkv', 'flv', 'asf', 'mpg', '3gp', 'ogv',
  'mp3', 'wav', 'aac', 'flac', 'ogg', 'oga', 'opus', 'm4a',
];

const MB = 1_000_000;

export const PROVIDERS: Readonly<Record<ProviderId, ProviderInfo>> = {
  assemblyai: {
    id: 'assemblyai',
    name: 'AssemblyAI',
    upload: { origin: 'https://api.assemblyai.com', path: '/v2/upload', method: 'POST' },
    euOrigin: 'https://api.eu.assemblyai.com',
    auth: 'authorization',
    body: 'raw',
    accepts: AUDIO_VIDEO,
    hardLimitBytes: 2_200 * MB,
    retentionDays: 2,
    retentionNote: 'AssemblyAI keeps uploaded files for about 2 days.',
    keyCheck: { origin: 'https://api.assemblyai.com', path: '/v2/transcript?limit=1', method: 'GET' },
    keyEnvVar: 'ASSEMBLYAI_API_KEY',
    keyPageUrl: 'https://www.assemblyai.com/app/api-keys',
    result: 'url',
  },
  memories: {
    id: 'memories',
    name: 'memories.ai',
    upload: { origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/upload', method: 'POST' },
    auth: 'authorization',
    body: 'multipart',
    accepts: [
      'mp4', 'mov', 'avi', 'webm', 'mkv', 'flv', 'asf', 'mpg',
      'mp3', 'wav', 'aac', 'flac', 'ogg', 'oga', 'm4a',
      'jpg', 'png', 'gif', 'webp', 'bmp', 'tif',
    ],
    hardLimitBytes: 500 * MB,
    retentionNote: 'memories.ai keeps uploads until you delete them.',
    // No key-check endpoint is documented; metadata of a made-up asset answers 401 for a bad key.
    keyCheck: { origin: 'https://mavi-backend.memories.ai', path: '/serve/api/v2/re_0/metadata', method: 'GET' },
    // memories.ai allows one request per second per account, shared by all keys and endpoints.
    minIntervalMs: 1_000,
    keyEnvVar: 'MEMORIES_API_KEY',
    keyPageUrl: 'https://memories.ai/',
    result: 'assetId',
  },
  wavespeed: {
    id: 'wavespeed',
    name: 'WaveSpeedAI',
    upload: { origin: 'https://api.wavespeed.ai', path: '/api/v3/media/upload/binary', method: 'POST' },
    auth: 'bearer',
    body: 'multipart',
    accepts: [
      'jpg', 'png', 'webp', 'gif', 'bmp', 'tif',
      'mp4', 'avi', 'mov', 'asf', 'flv', 'webm', 'mkv', '3gp', 'ogv',
      'mp3', 'wav', 'ogg', 'oga', 'aac', 'flac', 'm4a', 'opus',
    ],
    softLimitBytes: 300 * MB,
    softLimitNote: 'WaveSpeedAI recommends linking files over 300 MB instead of uploading them.',
    retentionDays: 7,
    retentionNote: 'WaveSpeedAI deletes uploads after 7 days.',
    keyCheck: { origin: 'https://api.wavespeed.ai', path: '/api/v3/balance', method: 'GET' },
    keyEnvVar: 'WAVESPEED_API_KEY',
    keyPageUrl: 'https://wavespeed.ai/accesskey',
    result: 'url',
  },
  heygen: {
    id: 'heygen',
    name: 'HeyGen',
    upload: { origin: 'https://upload.heygen.com', path: '/v1/asset', method: 'POST' },
    auth: 'x-api-key',
    body: 'raw',
    accepts: ['png', 'jpg', 'mp4', 'webm', 'mp3'],
    // HeyGen's asset reference mentions 10 MB, but the upload page states no limit: warn only.
    softLimitBytes: 10 * MB,
    softLimitNote: 'HeyGen may refuse files over 10 MB.',
    retentionNote: 'HeyGen may delete assets after a period of inactivity.',
    keyCheck: { origin: 'https://api.heygen.com', path: '/v2/user/remaining_quota', method: 'GET' },
    keyEnvVar: 'HEYGEN_API_KEY',
    keyPageUrl: 'https://app.heygen.com/settings?nav=API',
    result: 'both',
  },
};

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}
