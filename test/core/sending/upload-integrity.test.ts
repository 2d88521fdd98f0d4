// The engine reuses a few read buffers while streaming. These uploads carry random bytes (the
// other fixtures' large files are mostly zeros, which would hide a reused buffer sent twice)
// through fast and slow readers, so any chunk overwritten before it left shows as a wrong hash.

import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../shared/providers.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { mediaBytes, sha256OfFile } from '../../fixtures/media-files.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';

const MiB = 1024 * 1024;

/** A real MP3 header followed by `size` bytes of random data, written in 1 MiB pieces. */
async function randomMp3(path: string, size: number): Promise<string> {
  const file = await open(path, 'w');
  try {
    await file.write(mediaBytes('mp3'));
    for (let left = size; left > 0; left -= MiB) await file.write(randomBytes(Math.min(MiB, left)));
  } finally {
    await file.close();
  }
  return path;
}

describe('uploadFile: every byte arrives as it is on disk', () => {
  const loop = useLoopback();

  const cases: [ProviderId, string, number | undefined][] = [
    ['assemblyai', 'raw, fast reader', undefined],
    ['assemblyai', 'raw, slow reader (the socket pushes back)', 24 * MiB],
    ['wavespeed', 'multipart, fast reader', undefined],
    ['wavespeed', 'multipart, slow reader', 24 * MiB],
  ];
  it.each(cases)('%s: %s', async (provider, _label, bytesPerSecond) => {
    const path = await randomMp3(join(loop.dir, `random-${provider}-${bytesPerSecond ?? 'fast'}.mp3`), 12 * MiB + 4321);
    if (bytesPerSecond !== undefined) loop.server.script({ kind: 'upload', times: 1, bytesPerSecond });
    const outcome = await uploadFile({ path, provider, key: TEST_KEYS[provider], baseUrl: loop.server.baseUrl });
    const [received] = loop.server.uploads(provider);
    expect(outcome.bytes).toBe(received?.fileBytes);
    expect(received?.sha256).toBe(await sha256OfFile(path));
  });
});
