// Adding a provider is one row (shared/providers.ts) and one adapter (electron/core/providers/):
// a made-up fifth provider, defined only here, uploads and has its key tested through the
// engine's own code against a loopback server speaking its wire format. Nothing is added to
// the real table: the engine takes the adapter itself where it would look up an id, so no
// other test can see this provider.

import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { endpointUrl } from '../../../electron/core/sending/endpoint-url.ts';
import { checkKey, rejectedSentence } from '../../../electron/core/keys/key-check.ts';
import { field, text, type ProviderAdapter } from '../../../electron/core/providers/provider-adapter.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import type { ProviderInfo } from '../../../shared/provider-info.ts';
import { isProviderId, PROVIDER_IDS, resultText } from '../../../shared/providers.ts';
import { makeTempDir, removeDir, sha256OfFile, writeMediaFile } from '../../fixtures/media-files.ts';
import type { ProviderRoute } from '../../fixtures/provider-routes.ts';
import { startProviderServer, type ProviderServer } from '../../fixtures/provider-server.ts';

/** The row: everything the engine needs to know about Acme Media. */
const ACME: ProviderInfo<'acme'> = {
  id: 'acme',
  name: 'Acme Media',
  auth: 'bearer',
  // Like HeyGen: the raw body's Content-Type is the file's own type.
  body: { kind: 'raw', contentType: 'media-type' },
  accepts: ['png', 'mp3'],
  hardLimitBytes: 1_000_000,
  upload: { origin: 'https://api.acme.test', path: '/v4/media', method: 'POST' },
  keyCheck: { origin: 'https://api.acme.test', path: '/v4/whoami', method: 'GET' },
  keyEnvVar: 'ACME_API_KEY',
  keyPageUrl: 'https://acme.test/keys',
  result: ['assetId', 'url'],
  retentionDays: 3,
  retentionNote: 'Acme keeps uploads for 3 days.',
  summary: 'Keeps media for a made-up test.',
  regions: {
    hint: 'Choose the region your Acme account lives in.',
    choices: [{ id: 'us', label: 'United States', origin: 'https://api.acme.test' }, { id: 'ap', label: 'Asia Pacific', origin: 'https://ap.api.acme.test' }],
  },
};

/** The adapter: Acme answers {"status":"stored","media":{"ref","href"}} and says "bad key" in a 200. */
const acme: ProviderAdapter<'acme'> = {
  info: ACME,
  parseSuccess(json) {
    if (field(json, 'status') !== 'stored') return { detail: text(json, 'problem') };
    const assetId = text(json, 'media', 'ref');
    const url = text(json, 'media', 'href');
    return assetId === undefined || url === undefined ? { code: 'BAD_RESPONSE', detail: 'No media.ref or media.href.' } : { assetId, url, raw: json };
  },
  parseFailure: (json) => ({ detail: text(json, 'problem') }),
  readKeyCheck: ({ json }) => (field(json, 'valid') === false ? 'rejected' : undefined),
};

/** The loopback side, written from Acme's "documentation" above rather than from the adapter. */
const ACME_TYPES = ['image/png', 'audio/mpeg'];
const acmeRoute: ProviderRoute = {
  provider: 'acme',
  uploadPath: '/v4/media',
  body: 'raw',
  presentedKey: (headers) => /^Bearer (.+)$/.exec(String(headers.authorization ?? ''))?.[1],
  refuseRawType: (type) => (type !== undefined && ACME_TYPES.includes(type) ? undefined : `Cannot store ${type ?? 'untyped'} media`),
  success: (file, { headers }) => {
    const ref = `acme_${randomUUID()}`;
    return { status: 'stored', media: { ref, href: `https://cdn.acme.test/${ref}`, type: headers['content-type'], bytes: file.bytes } };
  },
  error: (_status, message) => ({ status: 'refused', problem: message }),
  isKeyCheck: (method, path) => method === 'GET' && path === '/v4/whoami',
  // Acme answers 200 either way and says in the body whether the key is valid.
  keyCheckSuccess: () => ({ status: 200, body: { valid: true, account: 'test' } }),
};

const KEY = 'acme-test-key-123';
let server: ProviderServer;
let dir: string;

beforeAll(async () => {
  server = await startProviderServer({ keys: { acme: KEY }, routes: [acmeRoute] });
  dir = await makeTempDir('media-uploader-acme-');
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.close();
  await removeDir(dir);
});

describe('a fifth provider made of one row and one adapter', () => {
  it('uploads through the engine with its own auth, Content-Type rule and answer', async () => {
    const path = await writeMediaFile(dir, 'png', { name: 'logo.png', size: 40_000 });
    const outcome = await uploadFile({ path, provider: acme, key: KEY, baseUrl: server.baseUrl });

    const [record] = server.uploads('acme');
    expect(record).toMatchObject({ method: 'POST', path: '/v4/media', bodyEnd: 'complete', fileBytes: 40_000 });
    expect(record?.headers).toMatchObject({ authorization: `Bearer ${KEY}`, 'content-type': 'image/png', 'content-length': '40000' });
    expect(record?.sha256).toBe(await sha256OfFile(path));
    const answer = JSON.parse(record?.response?.body ?? 'null') as { media: { ref: string; href: string } };
    expect(outcome).toMatchObject({ assetId: answer.media.ref, url: answer.media.href, bytes: 40_000, attempts: 1 });
    // Its retention from the row, and what the person copies in the row's order.
    expect(Date.parse(outcome.expiresAt ?? '') - Date.now()).toBeGreaterThan(3 * 86_400_000 - 60_000);
    expect(resultText(ACME, outcome)).toBe(answer.media.ref);
  });

  it('refuses what its row does not accept before sending anything', async () => {
    const path = await writeMediaFile(dir, 'mp4', { name: 'clip.mp4' });
    await expect(uploadFile({ path, provider: acme, key: KEY, baseUrl: server.baseUrl })).rejects.toMatchObject({
      code: 'UNSUPPORTED_TYPE',
      message: expect.stringMatching(/^Acme Media does not accept MP4 video files\./),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('has its key tested through its own key-check request and reader', async () => {
    expect(await checkKey(acme, KEY, { baseUrl: server.baseUrl })).toMatchObject({ ok: true, message: 'The Acme Media key works.' });
    expect(server.requests.at(-1)).toMatchObject({ provider: 'acme', kind: 'key-check', path: '/v4/whoami' });

    // A 200 that says the key is not valid: only the adapter's readKeyCheck knows.
    server.script({ provider: 'acme', kind: 'key-check', reply: { status: 200, body: { valid: false } } });
    expect(await checkKey(acme, KEY, { baseUrl: server.baseUrl })).toMatchObject({ ok: false, code: 'KEY_REJECTED', message: rejectedSentence('Acme Media') });
    // Everything else follows the status, as for every provider.
    expect(await checkKey(acme, 'wrong-key-0000', { baseUrl: server.baseUrl })).toMatchObject({ ok: false, code: 'KEY_REJECTED' });
    server.script({ provider: 'acme', kind: 'key-check', reply: { status: 503, body: { problem: 'down' } } });
    expect(await checkKey(acme, KEY, { baseUrl: server.baseUrl })).toMatchObject({ ok: false, code: 'PROVIDER_ERROR' });
  });

  it('sends to the region chosen among its own, on its API host only', () => {
    expect(endpointUrl(ACME, ACME.upload, { region: 'ap' }).href).toBe('https://ap.api.acme.test/v4/media');
    expect(endpointUrl(ACME, ACME.keyCheck, { region: 'ap' }).href).toBe('https://ap.api.acme.test/v4/whoami');
    expect(endpointUrl(ACME, ACME.upload).href).toBe('https://api.acme.test/v4/media');
    expect(endpointUrl(ACME, ACME.upload, { region: 'eu' }).href).toBe('https://api.acme.test/v4/media');
  });

  it('leaves the real table as it was', () => {
    expect(PROVIDER_IDS).toEqual(['assemblyai', 'memories', 'wavespeed', 'heygen']);
    expect(isProviderId('acme')).toBe(false);
  });
});
