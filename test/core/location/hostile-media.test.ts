// Issue 22's crafted files against the location remover: each ends within the test's time
// bound (they took 7 to 96 s, and up to 8 GiB, before budgets), either sent without location or
// refused with LOCATION_TOO_COMPLEX and a sentence a person can act on; never sent as it is
// while it might hold a location. Memory and main's event loop are measured in a child process
// (hostile-media-probe.test.ts); this file pins what happens to each file.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { HOSTILE_FILES } from '../../fixtures/hostile-media.ts';
import { jpegWithLocation, mp4WithLocation, pngWithLocation } from '../../fixtures/located-media.ts';
import { withoutLocation, type PrepareRequest } from '../../../electron/core/location/without-location.ts';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeDir(dir);
});

async function check(name: string, bytes: Buffer, formatId: string, extra: Partial<PrepareRequest> = {}) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const { size, mtimeMs } = await stat(path);
  return withoutLocation({ path, formatId, stamp: { size, mtimeMs }, provider: 'HeyGen', scratchDir: join(dir, 'data'), ...extra });
}

const REFUSAL = /^(\S+) was not sent: it is built in an unusual way that would take too long to check for location data\. To send it, keep its location \(Settings, "Location in photos and videos", or --keep-location in a terminal\), or save it again in another format and add that copy\.$/;

// What becomes of each: refused past a cap, or (the XMP without any closed GPS tag) sent as it is.
const OUTCOME: Record<string, 'refused' | 'as it is'> = {
  'claims.png': 'refused', 'claims.tif': 'refused', 'atoms.mp4': 'refused', 'unclosed.png': 'as it is', 'segments.jpg': 'refused', 'nested.mov': 'refused',
};

describe('crafted files end quickly, refused or sent without location', () => {
  // 15 s: "a few seconds" with room for a machine shared by several test runs.
  it.each(HOSTILE_FILES.map((f) => [f.what, f] as const))('%s', { timeout: 15_000 }, async (_what, file) => {
    const outcome = await check(file.name, file.build(), file.formatId).then(
      (sent) => ({ sent }),
      (error: unknown) => ({ error }),
    );
    if (OUTCOME[file.name] === 'refused') {
      expect('error' in outcome && outcome.error).toBeInstanceOf(UploadError);
      const error = (outcome as { error: UploadError }).error;
      expect(error.code).toBe('LOCATION_TOO_COMPLEX');
      expect(error.message).toMatch(REFUSAL);
      expect(error.message.startsWith(`${file.name} `)).toBe(true);
    } else {
      expect(outcome).toMatchObject({ sent: { locationRemoved: false } });
    }
  });
});

describe('a budget cap refuses a file rather than send it with its location', () => {
  it.each([
    ['gps.jpg', jpegWithLocation(), 'jpg', { patches: 1 }],
    ['gps.png', pngWithLocation(), 'png', { steps: 2 }],
    ['gps.mp4', mp4WithLocation(), 'mp4', { depth: 1 }],
    ['gps.mov', mp4WithLocation(), 'mov', { patchBytes: 10 }],
  ] as const)('%s past a cap lowered for the test', async (name, bytes, formatId, limits) => {
    await expect(check(name, bytes, formatId, { limits })).rejects.toMatchObject({ code: 'LOCATION_TOO_COMPLEX', message: expect.stringMatching(REFUSAL) });
  });

  it('a check cancelled before it ends says CANCELLED, and leaves no copy', async () => {
    const file = HOSTILE_FILES.find((f) => f.name === 'segments.jpg')!;
    const controller = new AbortController();
    const checking = check('cancelled.jpg', file.build(), 'jpg', { signal: controller.signal });
    controller.abort();
    await expect(checking).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('within the default caps, the same files lose their location as before', async () => {
    const sent = await check('ok.mp4', mp4WithLocation(), 'mp4');
    expect(sent.locationRemoved).toBe(true);
    expect((await readFile(sent.path)).equals(mp4WithLocation('removed'))).toBe(true);
    await sent.discard();
  });

  it('a GPS IFD with more than 1,000 entries is emptied, not sent as it is', async () => {
    // Before budgets, more than 1,000 entries were "a damaged file", left alone with its GPS.
    const { gpsClaimingWholeBlock } = await import('../../fixtures/hostile-media.ts');
    const tiff = gpsClaimingWholeBlock(64 * 1024, 1_500);
    // Each value claims the block; one value of 64 KiB each makes 1,500 patches of 96 MiB: refused.
    await expect(check('many.tif', tiff, 'tif')).rejects.toMatchObject({ code: 'LOCATION_TOO_COMPLEX' });
    // With values held in the entries themselves (count 1), the IFD is simply emptied.
    for (let i = 0; i < 1_500; i++) tiff.writeUInt32BE(1, 26 + 2 + i * 12 + 4);
    const sent = await check('many-small.tif', tiff, 'tif');
    expect(sent.locationRemoved).toBe(true);
    expect((await readFile(sent.path)).subarray(26, 26 + 2 + 1_500 * 12).every((b) => b === 0)).toBe(true);
    await sent.discard();
  });
});
