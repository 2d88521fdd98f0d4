// A HEIC photo is decoded off main's thread, from the file main opened, and one that claims more
// pixels than a camera takes is refused from its header alone.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { ffprobe, makeHeic } from '../../fixtures/ffmpeg-media.ts';
import { convertFile } from '../../../electron/core/convert/convert-file.ts';
import { readHeicClaim } from '../../../electron/core/convert/heic-header.ts';

let dir: string;
let small: string;
beforeAll(async () => {
  dir = await makeTempDir();
  small = await makeHeic(join(dir, 'small.heic'));
});
afterAll(async () => {
  await removeDir(dir);
});

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

/** A HEIC's ftyp and meta: one ispe property tied by ipma to `items` items. No picture follows. */
function heicHeader({ width, height, items }: { width: number; height: number; items: number }): Buffer {
  const ispe = Buffer.alloc(12);
  ispe.writeUInt32BE(width, 4);
  ispe.writeUInt32BE(height, 8);
  const ipma = Buffer.alloc(8 + items * 4);
  ipma.writeUInt32BE(items, 4);
  for (let i = 0; i < items; i++) {
    ipma.writeUInt16BE(i + 1, 8 + i * 4);
    ipma.writeUInt8(1, 10 + i * 4); // one association
    ipma.writeUInt8(0x81, 11 + i * 4); // essential, property 1
  }
  const ftyp = box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1'));
  return Buffer.concat([ftyp, box('meta', Buffer.alloc(4), box('iprp', box('ipco', box('ispe', ispe)), box('ipma', ipma)))]);
}

async function writeHeader(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function request(path: string) {
  const { size, mtimeMs } = await stat(path);
  return { path, formatId: 'heic', to: 'jpg', stamp: { size, mtimeMs }, provider: 'HeyGen', scratchDir: join(dir, 'data'), keepLocation: false };
}

/** A copy of `heic` whose every `ispe` (the header's image size) says width × height. */
async function claiming(heic: string, name: string, width: number, height: number): Promise<string> {
  const bytes = await readFile(heic);
  let patched = 0;
  for (let at = bytes.indexOf('ispe'); at >= 0; at = bytes.indexOf('ispe', at + 4)) {
    // ispe: size, "ispe", version and flags, then width and height.
    bytes.writeUInt32BE(width, at + 8);
    bytes.writeUInt32BE(height, at + 12);
    patched += 1;
  }
  expect(patched).toBeGreaterThan(0);
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('HEIC photos', () => {
  // Two measures of a held-up loop, as test/core/location's main-thread test takes them: how late
  // a timer ran by the wall clock (monitorEventLoopDelay), and the CPU time main's own thread
  // spent between two 5 ms ticks (process.threadCpuUsage). On a machine shared with other work
  // (this one runs five people's tests on two cores) the first also counts the time the system
  // gave other processes; the second is only what main did, and is what is held to 50 ms.
  it("converts a 6-megapixel photo while main's thread never works 50 ms without its event loop turning", async () => {
    const photo = await makeHeic(join(dir, 'IMG_6MP.heic'), '3000x2000');
    // A first conversion loads every module and starts a first worker, as an app that has run a while has.
    await (await convertFile(await request(small))).discard();
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let busiestMs = 0;
    let last = process.threadCpuUsage();
    const ticks = setInterval(() => {
      const now = process.threadCpuUsage();
      busiestMs = Math.max(busiestMs, (now.user - last.user + now.system - last.system) / 1000);
      last = now;
    }, 5);
    const made = await convertFile(await request(photo));
    // Timers late because of a blocked loop are recorded when they finally run: let them.
    await sleep(50);
    clearInterval(ticks);
    delay.disable();
    console.log(`main's longest busy stretch ${busiestMs.toFixed(1)} ms; timers at most ${(delay.max / 1e6).toFixed(1)} ms late by the wall clock (99th percentile ${(delay.percentile(99) / 1e6).toFixed(1)} ms)`);
    try {
      const [video] = (await ffprobe(made.path)).streams;
      expect(video).toMatchObject({ codec_name: 'mjpeg' });
      expect(busiestMs).toBeLessThan(50);
    } finally {
      await made.discard();
    }
  });

  it('refuses a photo whose header claims 60,000 × 60,000 pixels, with its own code, before decoding it', async () => {
    const huge = await claiming(small, 'huge.heic', 60_000, 60_000);
    const error = await convertFile(await request(huge)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'PHOTO_TOO_LARGE',
      message: 'huge.heic is too large to convert (60000 × 60000 pixels, 3600 megapixels; up to 50 megapixels can be converted). Save a smaller copy of it, for example by exporting it from Photos, and add that instead.',
    });
  });

  it('refuses a photo whose items add up to far more than a photo, though each is within the cap', async () => {
    // One 7000 × 7000 size (49 MP) tied to 40 items by ipma: a "grid" built to make the decoder work.
    const path = join(dir, 'items.heic');
    await writeFile(path, heicHeader({ width: 7000, height: 7000, items: 40 }));
    const error = await convertFile(await request(path)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PHOTO_TOO_LARGE', message: expect.stringContaining('its images add up to 1960 megapixels') });
  });

  it('reads a header that ties one size to a few items (a photo, its thumbnail) as a photo', async () => {
    const handle = await open(await writeHeader('two.heic', heicHeader({ width: 4032, height: 3024, items: 2 })));
    try {
      expect(await readHeicClaim(handle, (await handle.stat()).size)).toEqual({ largestPixels: 4032 * 3024, largestWidth: 4032, largestHeight: 3024, totalPixels: 2 * 4032 * 3024 });
    } finally {
      await handle.close();
    }
  });

  it('says a damaged header is damaged, whatever its sizes claim', async () => {
    const whole = heicHeader({ width: 10, height: 10, items: 3 });
    // Cut inside ipma, and a box claiming to be larger than its parent.
    for (const bytes of [whole.subarray(0, whole.length - 2), Buffer.concat([whole.subarray(0, 28), Buffer.from([0xff, 0xff, 0xff, 0xf0]), whole.subarray(32)])]) {
      const handle = await open(await writeHeader('damaged.heic', bytes));
      try {
        expect(await readHeicClaim(handle, bytes.length)).toHaveProperty('problem');
      } finally {
        await handle.close();
      }
    }
  });

  it('still converts an ordinary photo to the same size', async () => {
    const made = await convertFile(await request(small));
    try {
      expect((await ffprobe(made.path)).streams[0]).toMatchObject({ codec_name: 'mjpeg' });
    } finally {
      await made.discard();
    }
  });
});
