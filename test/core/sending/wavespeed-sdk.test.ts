// WaveSpeedAI's own SDK (`wavespeed` on npm, Client.upload, pointed at the loopback server with
// its documented `baseUrl` option) and the engine upload the same large video through the same
// presigned flow: the same ticket, the same bytes with the same headers to storage, no key there.
// The SDK reads the whole file into memory first (dist/api/client.js: fs.readFileSync); the
// engine streams it (upload-memory.test.ts measures that).

import { Client } from 'wavespeed';
import { describe, expect, it } from 'vitest';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { sha256OfFile, writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS, type RecordedRequest } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();
// Just over the 300 MB from which the engine takes the presigned way (the SDK takes it always).
const SIZE = 300_000_001;

describe('WaveSpeedAI’s own SDK and the engine, side by side', () => {
  it('send the same ticket and the same bytes', async () => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: 'sdk-film.mp4', size: SIZE });
    const sdkUrl = await new Client(TEST_KEYS.wavespeed, { baseUrl: loop.server.baseUrl, maxRetries: 0 }).upload(path);
    const sdk = loop.server.requests.slice();
    loop.server.reset();
    const ours = await uploadFile({ path, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl });
    const engine = loop.server.requests.slice();

    const [sdkTicket, sdkPut] = sdk as [RecordedRequest, RecordedRequest];
    const [ourTicket, ourPut] = engine as [RecordedRequest, RecordedRequest];
    expect(sdk.map((r) => r.kind)).toEqual(['ticket', 'storage']);
    expect(engine.map((r) => r.kind)).toEqual(['ticket', 'storage']);
    // The ticket: same path, same key, same JSON.
    expect(ourTicket.json).toEqual(sdkTicket.json);
    expect(ourTicket.json).toEqual({ filename: 'sdk-film.mp4', size: SIZE, content_type: 'video/mp4' });
    expect([ourTicket.path, ourTicket.headers.authorization]).toEqual([sdkTicket.path, sdkTicket.headers.authorization]);
    // The bytes: the same, whole, with the ticket's headers and an exact length, and no key.
    const sha256 = await sha256OfFile(path);
    for (const put of [sdkPut, ourPut]) {
      expect(put).toMatchObject({ method: 'PUT', bodyEnd: 'complete', fileBytes: SIZE, sha256, keyArrived: false, response: { status: 200 } });
      expect(put.headers['content-length']).toBe(String(SIZE));
    }
    expect(ourPut.headers['content-type']).toBe(sdkPut.headers['content-type']);
    // What each hands back: the ticket's download_url.
    const issued = (r: RecordedRequest): string => (JSON.parse(r.response?.body ?? '{}') as { data: { download_url: string } }).data.download_url;
    expect(sdkUrl).toBe(issued(sdkTicket));
    expect(ours.url).toBe(issued(ourTicket));
  });
});
