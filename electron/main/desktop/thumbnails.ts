// The small pictures in the queue's rows. A row asks by path; the answer is a PNG data URL, or
// undefined and the row shows its type icon. Every answer is cached per path, size and mtime, and
// pictures are made one at a time: a list of fifty photos asking at once must not decode fifty
// images side by side.
//
// Two ways to make one, behind a port so this is tested without Electron:
// - 'system' (macOS, Windows): nativeImage.createThumbnailFromPath, the system's thumbnailer
//   (QuickLook, the Windows thumbnail cache), which draws from a thumbnail the system often keeps
//   already, with its own decoders, in formats the header reader below does not know (TIFF, HEIC):
//   a header check there would only refuse those. On macOS the work is off main's thread
//   (QLThumbnailGenerator, answered in a completion handler); on Windows Electron calls
//   IThumbnailCache::GetThumbnail and waits for it on main's thread
//   (shell/common/api/electron_api_native_image_{mac.mm,win.cc}), so one at a time matters there.
// - 'decode' (Linux, where Electron has no system thumbnailer): the app decodes the file itself
//   with nativeImage, after reading its header: past MAX_PIXELS, or a header this cannot read, no
//   picture. The bytes are read here, asynchronously: nativeImage.createFromPath would read the
//   file synchronously on main's thread, and also try eleven "@2x"-style sibling names
//   (PopulateImageSkiaRepsFromPath in shell/common/skia_util.cc), each a round trip on a network
//   drive.
//
// Why the decoding itself stays on main's thread: nativeImage exists in the main and renderer
// processes only (docs/api/native-image.md, "Process: Main, Renderer"), and "none of Electron's
// built-in modules can be used in a multi-threaded environment" (docs/tutorial/multithreading.md),
// so not in a worker_thread or a utility process. The renderer never gets a file's bytes (DESIGN.md),
// and decoding there would freeze the window itself. The pure-JavaScript decoders in node_modules
// (jpeg-js, pngjs, there only because heic-convert uses them) could run in a worker_thread, but took
// 3.9 s and about 600 MB for one 12 MP JPEG on this project's 2-core machine, and are not the app's
// own dependencies. So the decode is bounded instead: MAX_PIXELS, MAX_JPEG_SCANS, MAX_BYTES, one at
// a time, and never twice for the same file.

import { open, stat, type FileHandle } from 'node:fs/promises';
import { countJpegScans, readImageHeader, type ImageFormat, type ImageHeader, type ReadAt } from './image-header.ts';

export interface Box {
  readonly width: number;
  readonly height: number;
}

export type ThumbnailMaker =
  | {
    readonly kind: 'decode';
    /** The formats decode() can read; others get no picture without their bytes being read. */
    readonly formats: readonly ImageFormat[];
    /** Decodes a whole file's bytes and scales them to `box`; undefined when it cannot. */
    decode(bytes: Buffer, box: Box): Promise<string | undefined>;
  }
  | {
    readonly kind: 'system';
    /** The system's thumbnail of the file, fitting in `box`; undefined when it has none. */
    thumbnail(path: string, box: Box): Promise<string | undefined>;
  };

export interface ThumbnailOptions {
  readonly maker: ThumbnailMaker;
  /** The picture's longer side in pixels. */
  readonly side?: number;
  readonly maxPixels?: number;
  readonly maxBytes?: number;
  readonly cacheEntries?: number;
}

// Twice the 36 px the row draws it at, for sharp pictures on high-density screens.
export const THUMBNAIL_SIDE = 72;
// Skia decodes to 4 bytes a pixel, so 50 MP is 200 MB for a moment. It still takes phones' 50 MP
// mode (8160 × 6120) and 45 MP cameras. Chromium's own decoding (createImageBitmap in Debian's
// chromium, the libraries nativeImage uses) took 2.2 s for 50 MP and 1.3 s for 12 MP on this
// project's 2-core machine: the worst a file can do to main's thread is about two phone photos'
// worth, not the minutes and gigabytes of 40000 × 40000.
export const MAX_PIXELS = 50_000_000;
// Larger images get the type icon. The call handlers refuse them by their queued size; checked
// again here because the whole file is read into memory, and it may have grown since.
export const MAX_BYTES = 40_000_000;
// libjpeg's standard progression writes 10 scans for a colour photo (jpeg_simple_progression in
// jcparam.c); ten times that covers every encoder's, and bounds a crafted file's decoding work.
export const MAX_JPEG_SCANS = 100;
// A few screens of rows; a data URL of a 72 px picture is 5 to 20 kB, so at most a few MB.
export const CACHE_ENTRIES = 300;
// Enough for every header this reads, and for the metadata that usually comes before a JPEG's
// frame header; one read instead of one per segment.
const HEAD_BYTES = 64 * 1024;

interface Made {
  readonly dataUrl: string | undefined;
  /** False when the file could not be read: asked again next time, not remembered. */
  readonly keep: boolean;
}

export class Thumbnails {
  readonly #maker: ThumbnailMaker;
  readonly #side: number;
  readonly #maxPixels: number;
  readonly #maxBytes: number;
  readonly #cacheEntries: number;
  /** Least recently used first (a Map keeps insertion order). */
  readonly #cache = new Map<string, { readonly stamp: string; readonly dataUrl: string | undefined }>();
  readonly #making = new Map<string, Promise<string | undefined>>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: ThumbnailOptions) {
    this.#maker = options.maker;
    this.#side = options.side ?? THUMBNAIL_SIDE;
    this.#maxPixels = options.maxPixels ?? MAX_PIXELS;
    this.#maxBytes = options.maxBytes ?? MAX_BYTES;
    this.#cacheEntries = options.cacheEntries ?? CACHE_ENTRIES;
  }

  /** The file's picture as a data URL, or undefined: the row shows its icon. Never throws. */
  async of(path: string): Promise<string | undefined> {
    let stamp: string;
    try {
      const info = await stat(path);
      if (!info.isFile()) return undefined;
      stamp = `${info.size}/${info.mtimeMs}`;
    } catch {
      return undefined;
    }
    const cached = this.#cache.get(path);
    if (cached?.stamp === stamp) {
      this.#cache.delete(path);
      this.#cache.set(path, cached);
      return cached.dataUrl;
    }
    const key = `${stamp}/${path}`;
    const making = this.#making.get(key);
    if (making !== undefined) return making;
    const made = this.#oneAtATime(() => this.#make(path)).then(({ dataUrl, keep }) => {
      this.#making.delete(key);
      if (keep) this.#remember(path, stamp, dataUrl);
      return dataUrl;
    });
    this.#making.set(key, made);
    return made;
  }

  #remember(path: string, stamp: string, dataUrl: string | undefined): void {
    this.#cache.delete(path);
    this.#cache.set(path, { stamp, dataUrl });
    for (const oldest of this.#cache.keys()) {
      if (this.#cache.size <= this.#cacheEntries) break;
      this.#cache.delete(oldest);
    }
  }

  /** Runs `work` after every earlier one has ended, with a turn of the event loop between. */
  #oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.#queue.then(work);
    this.#queue = turn.then(nextTurn, nextTurn);
    return turn;
  }

  async #make(path: string): Promise<Made> {
    const maker = this.#maker;
    const box = { width: this.#side, height: this.#side };
    if (maker.kind === 'system') {
      try {
        return { dataUrl: await maker.thumbnail(path, box), keep: true };
      } catch {
        return { dataUrl: undefined, keep: true };
      }
    }
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch {
      return { dataUrl: undefined, keep: false };
    }
    try {
      const bytes = await this.#readChecked(handle, maker.formats);
      if (bytes === undefined) return { dataUrl: undefined, keep: true };
      try {
        return { dataUrl: await maker.decode(bytes.data, fitIn(bytes.header, this.#side)), keep: true };
      } catch {
        return { dataUrl: undefined, keep: true };
      }
    } catch {
      return { dataUrl: undefined, keep: false };
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  /** The whole file, if its header says it is an image small enough to decode. */
  async #readChecked(handle: FileHandle, formats: readonly ImageFormat[]): Promise<{ header: ImageHeader; data: Buffer } | undefined> {
    const { size } = await handle.stat();
    if (size > this.#maxBytes) return undefined;
    const head = await readUpTo(handle, 0, Math.min(size, HEAD_BYTES));
    const read: ReadAt = async (offset, length) =>
      offset + length <= head.length || head.length === size ? head.subarray(offset, offset + length) : readUpTo(handle, offset, length);
    const header = await readImageHeader(read, size);
    if (header === undefined || !formats.includes(header.format) || header.width * header.height > this.#maxPixels) return undefined;
    const data = head.length === size ? head : await readUpTo(handle, 0, size);
    if (header.format === 'jpeg' && countJpegScans(data, MAX_JPEG_SCANS) > MAX_JPEG_SCANS) return undefined;
    return { header, data };
  }
}

/**
 * The size that fits `header` in a `side` square, keeping its proportions, at least 1 pixel. Both
 * sides are given to the decoder: asked for a width only, a 1 × 40000 image would be scaled to
 * 72 × 2,880,000.
 */
export function fitIn(header: Pick<ImageHeader, 'width' | 'height'>, side: number): Box {
  const scale = side / Math.max(header.width, header.height);
  return { width: Math.max(1, Math.round(header.width * scale)), height: Math.max(1, Math.round(header.height * scale)) };
}

async function readUpTo(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length));
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
