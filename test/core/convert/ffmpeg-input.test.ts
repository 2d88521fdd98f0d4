// What ffmpeg is given to read: the person's file and nothing else, whatever its name says, and
// no secret of this process's environment.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmod, copyFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { FFMPEG, makeMov } from '../../fixtures/ffmpeg-media.ts';
import { convertFile } from '../../../electron/core/convert/convert-file.ts';
import { probeMedia } from '../../../electron/core/convert/media-probe.ts';
import { runFfmpeg } from '../../../electron/core/convert/run-ffmpeg.ts';

const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeDir(dir);
});

/** A one-colour still written to a plain name (ffmpeg would read a `%d` in its own output name too), then moved to `name`. */
async function still(name: string, colour: string, format: string): Promise<string> {
  const plain = join(dir, `plain-${colour}.${format}`);
  await run(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `color=${colour}:size=16x16`, '-frames:v', '1', plain]);
  const target = join(dir, name);
  await rename(plain, target);
  return target;
}

/** The first frame's pixels as RGB bytes, read by ffmpeg from stdin (so its name cannot matter). */
async function pixels(path: string): Promise<string> {
  const { stdout } = await run('sh', ['-c', `"${FFMPEG}" -hide_banner -loglevel error -i pipe:0 -frames:v 1 -f rawvideo -pix_fmt rgb24 pipe:1 < "$1" | od -An -tx1 | head -c 48`, 'sh', path]);
  return stdout.replace(/\s+/g, '');
}

async function request(path: string, formatId: string, to: string) {
  const { size, mtimeMs } = await stat(path);
  return { path, formatId, to, stamp: { size, mtimeMs }, provider: 'HeyGen', scratchDir: join(dir, 'data'), keepLocation: false };
}

describe('the file ffmpeg reads', () => {
  it('converts b%d.bmp from its own pixels, not from its neighbour b1.bmp', async () => {
    await still('b1.bmp', 'red', 'bmp');
    const blue = await still('b%d.bmp', 'blue', 'bmp');
    const made = await convertFile(await request(blue, 'bmp', 'png'));
    try {
      const [sent, own] = await Promise.all([pixels(made.path), pixels(blue)]);
      expect(sent).toBe(own);
      expect(sent).not.toBe(await pixels(join(dir, 'b1.bmp')));
    } finally {
      await made.discard();
    }
  });

  it.each([['tif', 'tif'], ['webp', 'webp'], ['jpg', 'jpg'], ['png', 'png']])('still reads a %s picture, told its format, whatever its name (photo%%d.dat)', async (ext, formatId) => {
    const picture = await still(`photo%d-${ext}.dat`, 'green', ext);
    const made = await convertFile(await request(picture, formatId, formatId === 'jpg' ? 'png' : 'jpg'));
    try {
      expect((await stat(made.path)).size).toBeGreaterThan(0);
    } finally {
      await made.discard();
    }
  });

  it('refuses a video whose name ffmpeg would read as a numbered picture sequence (clip%d.png beside clip1.png)', async () => {
    await still('clip1.png', 'red', 'png');
    const movie = join(dir, 'clip%d.png');
    await copyFile(await makeMov(join(dir, 'real.mov')), movie);
    const error = await convertFile(await request(movie, 'mov', 'mp4')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONVERT_FAILED' });
  });
});

describe("ffmpeg's environment", () => {
  it('holds none of the keys or settings of the process that starts it', async () => {
    // A stand-in for ffmpeg that prints the environment it was given on its error output.
    const fake = join(dir, 'print-env');
    await writeFile(fake, '#!/bin/sh\nenv 1>&2\nexit 1\n');
    await chmod(fake, 0o755);
    const secrets = { HEYGEN_API_KEY: 'hg-secret-1234', MEDIA_UPLOADER_DATA_DIR: '/private/data', AWS_SECRET_ACCESS_KEY: 'aws-secret-5678' };
    Object.assign(process.env, secrets);
    try {
      const { report } = await probeMedia(fake, ['-i', 'file:/nothing']);
      const converting = await runFfmpeg(fake, ['-i', 'file:/nothing']);
      for (const seen of [report, converting.errorTail]) {
        expect(seen).toContain('PATH=');
        for (const [name, value] of Object.entries(secrets)) {
          expect(seen).not.toContain(name);
          expect(seen).not.toContain(value);
        }
      }
    } finally {
      for (const name of Object.keys(secrets)) delete process.env[name];
    }
  });
});
