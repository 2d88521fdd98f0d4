// The location check's workers (electron/core/location/location-check.ts): one that answered
// checks the next file, so files checked one after another start one thread between them; one
// cancelled mid-check is ended, never given the next file.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { jpegWithLocation, mp4WithLocation } from '../../fixtures/located-media.ts';
import { endIdleLocationWorkers, findLocation } from '../../../electron/core/location/location-check.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await endIdleLocationWorkers();
  await removeDir(dir);
});

async function check(name: string, bytes: Buffer, formatId: string, stop?: AbortController) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const handle = await openFile(path, 'r');
  try {
    const checking = findLocation(handle, { formatId, size: bytes.length, provider: 'HeyGen', file: name, signal: stop?.signal });
    // Cancelled once the check has begun: a new worker takes far longer than a turn to start.
    if (stop !== undefined) setImmediate(() => stop.abort());
    return await checking;
  } finally {
    await handle.close();
  }
}

describe('location workers', () => {
  it('checks file after file in one worker, each answer its own', async () => {
    await endIdleLocationWorkers();
    for (let i = 0; i < 6; i += 1) {
      const patches = await (i % 2 === 0 ? check(`p${i}.jpg`, jpegWithLocation('located'), 'jpg') : check(`c${i}.mp4`, mp4WithLocation('located'), 'mp4'));
      expect(patches.length).toBeGreaterThan(0);
    }
    expect(await endIdleLocationWorkers()).toBe(1);
  });

  it('keeps as many idle workers as checks ran at once, up to three', async () => {
    await endIdleLocationWorkers();
    await Promise.all(Array.from({ length: 5 }, (_, i) => check(`at-once-${i}.jpg`, jpegWithLocation('located'), 'jpg')));
    expect(await endIdleLocationWorkers()).toBe(3);
  });

  it('ends a worker whose check was cancelled instead of reusing it', async () => {
    await endIdleLocationWorkers();
    const stop = new AbortController();
    const cancelled = check('cancelled.mp4', mp4WithLocation('located'), 'mp4', stop);
    await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await endIdleLocationWorkers()).toBe(0);
  });
});
