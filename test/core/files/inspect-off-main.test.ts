// Many files are looked at in a worker thread (electron/core/inspect-off-main.ts, inspect-worker.ts):
// every file once, with the same facts and sentences as when main looks at them itself.

import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RefusedPath } from '../../../shared/queue-types.ts';
import type { InspectedFile } from '../../../electron/core/files/file-inspect.ts';
import { inspectEach } from '../../../electron/core/files/inspect-all.ts';
import { inspectOffMain, OFF_MAIN_FROM } from '../../../electron/core/files/inspect-off-main.ts';
import { makeTempDir, writeMediaFile } from '../../fixtures/media-files.ts';

type Found = Map<number, InspectedFile | RefusedPath>;

async function collect(run: (found: (index: number, result: InspectedFile | RefusedPath) => void) => Promise<unknown>): Promise<Found> {
  const found: Found = new Map();
  await run((index, result) => {
    if (found.has(index)) throw new Error(`File ${index} was reported twice.`);
    found.set(index, result);
  });
  return found;
}

describe('looking at many files off main’s thread', () => {
  it('reports every file once, as main would have, and none of it on main’s thread', async () => {
    const dir = await makeTempDir('off-main-');
    const paths: string[] = [];
    for (let i = 0; i < OFF_MAIN_FROM + 20; i++) {
      const kind = (['mp3', 'png', 'mp4', 'wav'] as const)[i % 4] ?? 'mp3';
      paths.push(await writeMediaFile(dir, kind, { name: `file-${i}.${kind}`, size: 3000 + i }));
    }
    const pipe = join(dir, 'pipe.mp3');
    execFileSync('mkfifo', [pipe]);
    paths.splice(7, 0, pipe, join(dir, 'missing.mp3'));
    // What the worker's synchronous calls (file-inspect-sync.ts) must say as main's do: an empty
    // file, a folder, an MP3 whose ID3 tag runs past the 4 KB head, a name that is not UTF-8.
    await writeFile(join(dir, 'empty.wav'), '');
    await mkdir(join(dir, 'folder.mp4'));
    const id3 = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0x40, 0]); // "ID3", v2.3, size 8192 (syncsafe)
    const frames = Buffer.alloc(4 * 417);
    for (let at = 0; at < frames.length; at += 417) frames.set([0xff, 0xfb, 0x90, 0x64], at);
    await writeFile(join(dir, 'long-tag.mp3'), Buffer.concat([id3, Buffer.alloc(8192), frames]));
    await writeFile(Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.png')]), await readFile(paths[1] as string));
    paths.push(join(dir, 'empty.wav'), join(dir, 'folder.mp4'), join(dir, 'long-tag.mp3'), join(dir, 'caf\uFFFD.png'));

    let onMain = -1;
    const offMain = await collect(async (found) => {
      onMain = await inspectOffMain(paths, 'AssemblyAI', found);
    });
    const here = await collect((found) => inspectEach(paths, 'AssemblyAI', found));
    expect(onMain).toBe(0);
    expect(offMain.size).toBe(paths.length);
    expect(new Map([...offMain].sort((a, b) => a[0] - b[0]))).toEqual(new Map([...here].sort((a, b) => a[0] - b[0])));
    expect(offMain.get(7)).toMatchObject({ name: 'pipe.mp3', code: 'NOT_A_FILE' });
    expect(offMain.get(8)).toMatchObject({ name: 'missing.mp3', code: 'FILE_NOT_FOUND' });
    expect(offMain.get(0)).toMatchObject({ name: 'file-0.mp3', size: 3000, formatId: 'mp3' });
    const last = paths.length - 1;
    expect(offMain.get(last - 3)).toMatchObject({ name: 'empty.wav', size: 0, formatId: undefined });
    expect(offMain.get(last - 2)).toMatchObject({ name: 'folder.mp4', code: 'NOT_A_FILE' });
    expect(offMain.get(last - 1)).toMatchObject({ name: 'long-tag.mp3', formatId: 'mp3' });
    expect(offMain.get(last)).toMatchObject({ name: 'caf\uFFFD.png', formatId: 'png' });
  });

  it('looks at a few files on main’s thread, where a worker would cost more than it saves', async () => {
    const dir = await makeTempDir('off-main-');
    const song = await writeMediaFile(dir, 'mp3');
    let onMain = -1;
    const found = await collect(async (report) => {
      onMain = await inspectOffMain([song], 'AssemblyAI', report);
    });
    expect(onMain).toBe(1);
    expect(found.get(0)).toMatchObject({ formatId: 'mp3' });
  });
});
