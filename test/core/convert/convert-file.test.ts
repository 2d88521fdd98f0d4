// The converter on its own: progress through the conversion, cancel that stops ffmpeg and leaves
// no copy, and the original never touched.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeDir, sha256OfFile } from '../../fixtures/media-files.ts';
import { ffprobe, makeMov, makePngMov } from '../../fixtures/ffmpeg-media.ts';
import { convertFile } from '../../../electron/core/convert/convert-file.ts';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeDir(dir);
});

async function request(path: string, formatId: string, to: string) {
  const { size, mtimeMs } = await stat(path);
  return { path, formatId, to, stamp: { size, mtimeMs }, provider: 'HeyGen', scratchDir: join(dir, 'data'), keepLocation: false };
}

const outgoing = (): Promise<string[]> => readdir(join(dir, 'data', 'outgoing'), { recursive: true }).catch(() => []);

describe('convertFile', () => {
  it('reports progress up to the whole, and gives a copy in the data folder that discard removes', async () => {
    const mov = await makeMov(join(dir, 'clip.mov'));
    const before = await sha256OfFile(mov);
    const seen: number[] = [];
    const made = await convertFile({ ...(await request(mov, 'mov', 'mp4')), onProgress: (f) => seen.push(f) });
    expect(made.path.startsWith(join(dir, 'data', 'outgoing'))).toBe(true);
    expect(made.path.endsWith('/clip.mp4')).toBe(true);
    expect(made.conversion).toEqual({ from: 'mov', to: 'mp4', reencoded: 'nothing' });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (seen[i - 1] ?? 0)))).toBe(true);
    expect((await ffprobe(made.path)).streams.map((s) => s.codec_name)).toEqual(['h264', 'aac']);
    expect(await sha256OfFile(mov)).toBe(before);
    await made.discard();
    expect(await outgoing()).toEqual([]);
  });

  it('stops ffmpeg when cancelled midway and leaves no copy', async () => {
    // Long enough that re-encoding it takes a while: cancelled at the first progress report.
    const mov = await makePngMov(join(dir, 'long.mov'), 30);
    const controller = new AbortController();
    let at: number | undefined;
    const converting = convertFile({
      ...(await request(mov, 'mov', 'mp4')), signal: controller.signal,
      onProgress: (fraction) => {
        if (at !== undefined) return;
        at = fraction;
        controller.abort();
      },
    });
    await expect(converting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(at).toBeDefined();
    expect(at).toBeLessThan(1);
    expect(await outgoing()).toEqual([]);
  });

  it('fails with its own code when the file changed since it was queued', async () => {
    const mov = await makeMov(join(dir, 'moving.mov'));
    const req = await request(mov, 'mov', 'mp4');
    const error = await convertFile({ ...req, stamp: { ...req.stamp, size: req.stamp.size + 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ code: 'FILE_CHANGED' });
  });
});
