// Issue 22: GPS that used to leave in carriers the location remover did not look at. Each
// file is uploaded through the engine (uploadWithoutLocation) to the loopback provider server,
// and what the server received is compared with the 'removed' twin built by the fixture, and
// searched for the location (inflating and decoding PNG text chunks as a reader would).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { uploadWithoutLocation } from '../../../electron/core/location/upload-without-location.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { jpegWithExtendedXmp, locationVisibleIn, movWithXmpAtom, mp4WithXmpUuid, pngWithCompressedXmp, pngWithRawExifProfile, tiffWithXmp } from '../../fixtures/hidden-location-media.ts';
import type { Mode } from '../../fixtures/located-media.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { startProviderServer, TEST_KEYS, type ProviderServer } from '../../fixtures/provider-server.ts';

let dir: string;
let server: ProviderServer;
beforeAll(async () => {
  dir = await makeTempDir();
  server = await startProviderServer({ keepBodiesIn: dir });
});
afterAll(async () => {
  await server.close();
  await removeDir(dir);
});

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

async function send(name: string, bytes: Buffer, provider: ProviderId) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  server.reset();
  const outcome = await uploadWithoutLocation({ keepLocation: false, scratchDir: join(dir, 'data') }, { path, provider, key: TEST_KEYS[provider], baseUrl: server.baseUrl });
  const [received] = server.uploads(provider);
  const arrived = received?.savedAt === undefined ? undefined : await readFile(received.savedAt);
  return { outcome, received: received!, arrived };
}

// HeyGen and AssemblyAI take raw bodies, kept whole by the server; TIFF goes to WaveSpeedAI
// (multipart: the server keeps the file part's hash).
const CARRIERS: [string, string, (mode: Mode) => Buffer, ProviderId][] = [
  ['a PNG whose XMP is a compressed iTXt', 'compressed-xmp.png', pngWithCompressedXmp, 'heygen'],
  ['a PNG with ImageMagick\'s "Raw profile type exif" zTXt', 'raw-profile.png', pngWithRawExifProfile, 'heygen'],
  ['a JPEG whose extended XMP holds GPS across segments', 'extended-xmp.jpg', jpegWithExtendedXmp, 'heygen'],
  ['a TIFF with GPS in its XMP tag 700', 'xmp-tag.tif', tiffWithXmp, 'wavespeed'],
  ['an MP4 with GPS in its XMP uuid box', 'xmp-uuid.mp4', mp4WithXmpUuid, 'heygen'],
  ['a QuickTime movie with GPS in its moov/udta/XMP_ atom', 'xmp-atom.mov', movWithXmpAtom, 'assemblyai'],
];

describe('GPS in carriers the first location remover missed', () => {
  it.each(CARRIERS)('%s arrives without it, every other byte the same', async (_what, name, build, provider) => {
    const located = build('located');
    expect(locationVisibleIn(located)).toBe(true);
    const { outcome, received, arrived } = await send(name, located, provider);
    expect(outcome.locationRemoved).toBe(true);
    expect(received.sha256).toBe(sha(build('removed')));
    expect(received.fileBytes).toBe(located.length);
    if (arrived !== undefined) expect(locationVisibleIn(arrived)).toBe(false);
    // The original is never touched.
    expect((await readFile(join(dir, name))).equals(located)).toBe(true);
  });

  it.each(CARRIERS)('%s without GPS is sent byte for byte', async (_what, name, build, provider) => {
    const plain = build('plain');
    const { outcome, received } = await send(`plain-${name}`, plain, provider);
    expect(outcome).not.toHaveProperty('locationRemoved');
    expect(received.sha256).toBe(sha(plain));
  });

  it('gives the blanked PNG chunk a correct CRC, so a reader skips it instead of refusing the image', async () => {
    const { arrived } = await send('crc.png', pngWithCompressedXmp(), 'heygen');
    for (let at = 8; at < arrived!.length;) {
      const length = arrived!.readUInt32BE(at);
      expect(arrived!.readUInt32BE(at + 8 + length)).toBe(crc32(arrived!.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
    expect(arrived!.includes('zeRo')).toBe(true);
    expect((await stat(join(dir, 'crc.png'))).size).toBe(arrived!.length);
  });
});
