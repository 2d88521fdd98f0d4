// @vitest-environment node
// A dropped folder is walked for media files, and the walk stays inside it: links inside are
// never followed (out of the folder, into a loop, or at a file beside them), and a tree too deep
// or too large is refused whole with a sentence saying what to do, instead of stalling the app.

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandPaths, WALK_LIMITS } from '../../../electron/core/files/expand-paths.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('media-uploader-expand-');
});
afterEach(async () => {
  await removeDir(dir);
});

/** Files named like media (the walk goes by name; bytes are checked later). */
async function touch(...paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, 'x');
  }
}

describe('what was dropped, in the order dropped', () => {
  it('keeps many files and folders in their order, looked up together, and refuses a missing one in its place', async () => {
    const paths: string[] = [];
    for (let i = 0; i < 100; i++) paths.push(join(dir, `song-${i}.mp3`));
    await touch(...paths, join(dir, 'Album', 'b.mp3'), join(dir, 'Album', 'a.mp3'));
    paths.splice(50, 0, join(dir, 'Album'), join(dir, 'gone.mp3'));
    const { files, refused } = await expandPaths(paths);
    expect(files).toEqual([...paths.slice(0, 50), join(dir, 'Album', 'a.mp3'), join(dir, 'Album', 'b.mp3'), ...paths.slice(52)]);
    expect(refused).toEqual([expect.objectContaining({ name: 'gone.mp3', code: 'FILE_NOT_FOUND' })]);
  });
});

describe('walking a dropped folder', () => {
  it('keeps media files by name, in the order a file manager shows, and skips hidden ones', async () => {
    const folder = join(dir, 'Trip');
    await touch(join(folder, 'clip 10.mp4'), join(folder, 'clip 2.mp4'), join(folder, 'sub', 'song.mp3'), join(folder, 'notes.txt'), join(folder, '.hidden.mp4'), join(folder, '.cache', 'x.mp4'));
    expect(await expandPaths([folder])).toEqual({ files: [join(folder, 'clip 2.mp4'), join(folder, 'clip 10.mp4'), join(folder, 'sub', 'song.mp3')], refused: [] });
  });

  it('skips links inside it: out of the folder, back into it, and at a file beside them', async () => {
    const folder = join(dir, 'Dropped');
    const outside = join(dir, 'Private');
    await touch(join(folder, 'own.mp4'), join(outside, 'secret.mp4'), join(outside, 'deep', 'secret.mp3'));
    await symlink(join(outside, 'secret.mp4'), join(folder, 'linked-out.mp4'));
    await symlink(outside, join(folder, 'linked-folder'), 'dir');
    await symlink(folder, join(folder, 'loop'), 'dir');
    await symlink(join(folder, 'own.mp4'), join(folder, 'same-file.mp4'));
    await symlink(join(dir, 'gone.mp4'), join(folder, 'dangling.mp4'));
    expect(await expandPaths([folder])).toEqual({ files: [join(folder, 'own.mp4')], refused: [] });
  });

  it('follows a dropped link itself, since the person chose it', async () => {
    const real = join(dir, 'Real');
    await touch(join(real, 'a.mp3'));
    await symlink(real, join(dir, 'Shortcut'), 'dir');
    expect((await expandPaths([join(dir, 'Shortcut')])).files).toEqual([join(dir, 'Shortcut', 'a.mp3')]);
  });
});

describe('limits', () => {
  it(`refuses a folder nested more than ${WALK_LIMITS.depth} levels deep, with a sentence`, async () => {
    const deepest = async (name: string, levels: number): Promise<string> => {
      let path = join(dir, name);
      for (let i = 0; i < levels; i++) path = join(path, `d${i}`);
      await touch(join(path, 'bottom.mp4'));
      return join(dir, name);
    };
    const ok = await deepest('Fine', WALK_LIMITS.depth);
    const tooDeep = await deepest('Deep', WALK_LIMITS.depth + 1);
    const result = await expandPaths([ok, tooDeep]);
    expect(result.files).toHaveLength(1);
    expect(result.refused).toEqual([{
      path: tooDeep,
      name: 'Deep',
      message: 'The folder “Deep” has folders inside folders more than 32 levels deep, so nothing from it was added. Add the folders inside it one at a time.',
    }]);
  });

  it('refuses a folder with more entries than the limit, whole, and still adds the next one', async () => {
    const limits = { depth: WALK_LIMITS.depth, entries: 5 };
    const big = join(dir, 'Big');
    const fits = join(dir, 'Fits');
    // Five entries below Big: four files and a folder holding a sixth, the one over the limit.
    await touch(...[1, 2, 3, 4].map((n) => join(big, `${n}.mp3`)), join(big, 'more', '6.mp3'));
    await touch(...[1, 2, 3, 4, 5].map((n) => join(fits, `${n}.mp3`)));
    const result = await expandPaths([big, fits], limits);
    expect(result.files).toEqual([1, 2, 3, 4, 5].map((n) => join(fits, `${n}.mp3`)));
    expect(result.refused).toEqual([{
      path: big,
      name: 'Big',
      message: 'The folder “Big” holds more than 5 files and folders, so nothing from it was added. Add the folders inside it one at a time.',
    }]);
  });
});
