// The queue rows' pictures (electron/main/desktop/thumbnails.ts) with real files in a temp folder and the
// decoder replaced by a recording port: nativeImage needs the Electron binary, and what is tested
// here is what reaches it, when, and how often.

import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageFormat } from '../../../electron/main/desktop/image-header.ts';
import { fitIn, MAX_PIXELS, Thumbnails, type Box, type ThumbnailMaker } from '../../../electron/main/desktop/thumbnails.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { gifHeader, jpegFile, pngFile, pngHeader } from './thumbnails-fixtures.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('media-uploader-thumbnails-');
});
afterAll(async () => {
  await removeDir(dir);
});

let files = 0;
async function file(bytes: Uint8Array, name = `image-${(files += 1)}.bin`): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

interface Decoder {
  readonly maker: Extract<ThumbnailMaker, { kind: 'decode' }>;
  readonly calls: { bytes: number; box: Box }[];
  /** The most decodes that were running at the same moment. */
  readonly overlap: () => number;
}

/** A decoder that takes `ms` and answers a data URL naming its call. */
function decoder(ms = 0): Decoder {
  const calls: { bytes: number; box: Box }[] = [];
  let running = 0;
  let most = 0;
  return {
    calls,
    overlap: () => most,
    maker: {
      kind: 'decode',
      formats: ['png', 'jpeg'],
      async decode(bytes, box) {
        running += 1;
        most = Math.max(most, running);
        calls.push({ bytes: bytes.length, box });
        await new Promise((resolve) => setTimeout(resolve, ms));
        running -= 1;
        return `data:image/png;base64,call-${calls.length}`;
      },
    },
  };
}

describe('thumbnails decoded by the app (Linux)', () => {
  it('a PNG whose header claims 40000 × 40000 gets no picture, and the decoder is never called', async () => {
    const { maker, calls } = decoder();
    const thumbnails = new Thumbnails({ maker });
    const bomb = await file(pngHeader(40_000, 40_000));
    expect(await thumbnails.of(bomb)).toBeUndefined();
    // Just over the cap is refused too; at the cap it is decoded, at a size fitting the row.
    expect(await thumbnails.of(await file(pngHeader(MAX_PIXELS / 5_000 + 1, 5_000)))).toBeUndefined();
    expect(calls).toEqual([]);
    expect(await thumbnails.of(await file(pngHeader(10_000, 5_000)))).toBe('data:image/png;base64,call-1');
    expect(calls).toEqual([{ bytes: expect.any(Number), box: { width: 72, height: 36 } }]);
  });

  it('a progressive JPEG with thousands of scans is refused; an ordinary one is decoded', async () => {
    const { maker, calls } = decoder();
    const thumbnails = new Thumbnails({ maker });
    expect(await thumbnails.of(await file(jpegFile(4000, 3000, { frame: 0xc2, scans: 5_000 })))).toBeUndefined();
    expect(calls).toEqual([]);
    expect(await thumbnails.of(await file(jpegFile(4000, 3000, { frame: 0xc2, scans: 10 })))).toBeDefined();
    expect(calls).toEqual([{ bytes: expect.any(Number), box: { width: 72, height: 54 } }]);
  });

  it('a truncated or garbage header, or a format the decoder cannot read, gets no picture without a decode', async () => {
    const { maker, calls } = decoder();
    const thumbnails = new Thumbnails({ maker });
    const refused = [
      pngFile(20, 20).subarray(0, 20),
      Buffer.from('not an image at all, though named like one'),
      Buffer.alloc(0),
      jpegFile(100, 100).subarray(0, 8),
      gifHeader(10, 10), // nativeImage decodes PNG and JPEG only (docs/api/native-image.md, "Supported Formats")
    ];
    for (const bytes of refused) expect(await thumbnails.of(await file(bytes))).toBeUndefined();
    expect(await thumbnails.of(join(dir, 'no-such-file.png'))).toBeUndefined();
    expect(await thumbnails.of(dir)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('a file larger than the byte cap is not read or decoded', async () => {
    const { maker, calls } = decoder();
    const thumbnails = new Thumbnails({ maker, maxBytes: 1_000 });
    expect(await thumbnails.of(await file(Buffer.concat([pngFile(8, 8), Buffer.alloc(2_000)])))).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('rows asking at once are decoded one after the other, never side by side', async () => {
    const { maker, calls, overlap } = decoder(30);
    const thumbnails = new Thumbnails({ maker });
    const paths = await Promise.all([pngFile(40, 30), pngFile(30, 40), pngFile(10, 10), pngFile(64, 64)].map((bytes) => file(bytes)));
    const pictures = await Promise.all(paths.map((path) => thumbnails.of(path)));
    expect(pictures.every((picture) => picture?.startsWith('data:image/png;base64,call-'))).toBe(true);
    expect(calls).toHaveLength(4);
    expect(overlap()).toBe(1);
  });

  it('an unchanged file is decoded once; a changed mtime decodes it again', async () => {
    const { maker, calls } = decoder(10);
    const thumbnails = new Thumbnails({ maker });
    const path = await file(pngFile(40, 30));
    // Two rows asking for the same file at once share one decode.
    const [first, again] = await Promise.all([thumbnails.of(path), thumbnails.of(path)]);
    expect(again).toBe(first);
    expect(await thumbnails.of(path)).toBe(first);
    expect(calls).toHaveLength(1);
    await utimes(path, new Date(), new Date(Date.now() + 5_000));
    const changed = await thumbnails.of(path);
    expect(calls).toHaveLength(2);
    expect(changed).not.toBe(first);
    expect(await thumbnails.of(path)).toBe(changed);
    expect(calls).toHaveLength(2);
  });

  it('a refusal is remembered too: a bomb is not read again at every ask', async () => {
    // The formats list is consulted once per header read: a count of how often the file was read.
    let headerReads = 0;
    const formats = Object.assign(['png', 'jpeg'] as ImageFormat[], {
      includes(format: ImageFormat) {
        headerReads += 1;
        return format === 'png' || format === 'jpeg';
      },
    });
    const thumbnails = new Thumbnails({ maker: { ...decoder().maker, formats } });
    const bomb = await file(pngHeader(40_000, 40_000));
    expect(await thumbnails.of(bomb)).toBeUndefined();
    expect(headerReads).toBe(1);
    await thumbnails.of(bomb);
    await thumbnails.of(bomb);
    expect(headerReads).toBe(1);
  });

  it('keeps at most cacheEntries pictures, dropping the least recently used', async () => {
    const { maker, calls } = decoder();
    const thumbnails = new Thumbnails({ maker, cacheEntries: 2 });
    const [a, b, c] = await Promise.all([pngFile(4, 4), pngFile(5, 5), pngFile(6, 6)].map((bytes) => file(bytes)));
    await thumbnails.of(a!);
    await thumbnails.of(b!);
    await thumbnails.of(a!); // a is now the most recently used
    await thumbnails.of(c!); // drops b
    expect(calls).toHaveLength(3);
    await thumbnails.of(a!);
    expect(calls).toHaveLength(3);
    await thumbnails.of(b!);
    expect(calls).toHaveLength(4);
  });

  it('a decoder that throws gives no picture and does not stop the queue', async () => {
    const small = pngHeader(2, 2);
    const thumbnails = new Thumbnails({
      maker: {
        kind: 'decode',
        formats: ['png'],
        decode: async (bytes) => {
          if (bytes.length > small.length) throw new Error('the decoder failed');
          return 'data:ok';
        },
      },
    });
    const paths = await Promise.all([file(pngFile(64, 64)), file(small)]);
    expect(await Promise.all(paths.map((path) => thumbnails.of(path)))).toEqual([undefined, 'data:ok']);
  });
});

describe('thumbnails from the system (macOS, Windows)', () => {
  it('asks the system once per unchanged file, one at a time, without reading headers it cannot know (HEIC)', async () => {
    const asked: { path: string; box: Box }[] = [];
    let running = 0;
    let most = 0;
    const thumbnails = new Thumbnails({
      maker: {
        kind: 'system',
        async thumbnail(path, box) {
          running += 1;
          most = Math.max(most, running);
          asked.push({ path, box });
          await new Promise((resolve) => setTimeout(resolve, 20));
          running -= 1;
          return `data:image/png;base64,${asked.length}`;
        },
      },
    });
    const heic = await file(Buffer.from('\0\0\0\x18ftypheic'), 'photo.heic');
    const png = await file(pngHeader(40_000, 40_000), 'huge.png');
    // Asked at once, answered in whichever order their stat() ends: compared by file, not by order.
    const [first, second, third] = await Promise.all([thumbnails.of(heic), thumbnails.of(png), thumbnails.of(heic)]);
    expect(third).toBe(first);
    expect(second).not.toBe(first);
    expect(await thumbnails.of(heic)).toBe(first);
    expect(await thumbnails.of(png)).toBe(second);
    expect(asked.map(({ path }) => path).sort()).toEqual([heic, png].sort());
    expect(asked.map(({ box }) => box)).toEqual([{ width: 72, height: 72 }, { width: 72, height: 72 }]);
    expect(most).toBe(1);
  });
});

describe('the size a picture is decoded at', () => {
  it('fits both sides in the square: a 1 × 40000 strip is not scaled to 72 × 2,880,000', () => {
    expect(fitIn({ width: 1, height: 40_000 }, 72)).toEqual({ width: 1, height: 72 });
    expect(fitIn({ width: 40_000, height: 3 }, 72)).toEqual({ width: 72, height: 1 });
    expect(fitIn({ width: 4032, height: 3024 }, 72)).toEqual({ width: 72, height: 54 });
    expect(fitIn({ width: 10, height: 10 }, 72)).toEqual({ width: 72, height: 72 });
  });
});
