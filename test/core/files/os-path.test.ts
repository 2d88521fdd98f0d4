// A file whose name is not valid UTF-8 (possible on Linux) uploads like any other. Node hands
// its name over with U+FFFD in it, as the terminal's arguments, the file dialog and a folder
// walk all do; the engine finds the file's real bytes again and sends its exact content.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../../electron/core/files/expand-paths.ts';
import { inspectFile } from '../../../electron/core/files/file-inspect.ts';
import { osPath } from '../../../electron/core/files/os-path.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';
import { sha256OfFile, writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';

// Linux takes any bytes but / and NUL in a name; macOS's and Windows's file systems refuse
// names that are not Unicode, so there is no such file to make there.
const bytesNamesAllowed = process.platform === 'linux';
if (!bytesNamesAllowed) console.warn('os-path.test.ts: skipped, only Linux file systems take names that are not UTF-8');

/** `caf` + Latin-1 é + `ext`: the name as bytes, and as Node writes it. */
const latin1 = (ext: string, e = 0xe9): { bytes: Buffer; text: string } => ({
  bytes: Buffer.concat([Buffer.from('caf'), Buffer.from([e]), Buffer.from(ext)]),
  text: `caf\uFFFD${ext}`,
});

describe.runIf(bytesNamesAllowed)('names that are not UTF-8', () => {
  const loop = useLoopback();

  /** A real media file moved to a name given as bytes; returns the path as Node would write it. */
  async function fileNamedInBytes(folder: Buffer, name: Buffer, kind: 'mp4' | 'png'): Promise<{ text: string; bytes: Buffer; sha256: string }> {
    const made = await writeMediaFile(loop.dir, kind, { size: 30_000 });
    const sha256 = await sha256OfFile(made);
    const bytes = Buffer.concat([folder, Buffer.from(path.sep), name]);
    await rename(made, bytes);
    return { text: bytes.toString('utf8'), bytes, sha256 };
  }

  it('a Latin-1-named file is inspected and uploaded with its exact bytes', async () => {
    const file = await fileNamedInBytes(Buffer.from(loop.dir), latin1('.mp4').bytes, 'mp4');
    expect(file.text).toBe(path.join(loop.dir, latin1('.mp4').text));
    expect(await osPath(file.text)).toEqual(file.bytes);
    expect(await inspectFile(file.text)).toMatchObject({ name: latin1('.mp4').text, formatId: 'mp4', size: 30_000 });

    const outcome = await uploadFile({ path: file.text, provider: 'wavespeed', key: TEST_KEYS.wavespeed, baseUrl: loop.server.baseUrl });
    expect(outcome).toMatchObject({ bytes: 30_000, attempts: 1 });
    const [request] = loop.server.uploads('wavespeed');
    expect(request?.parts?.find((p) => p.name === 'file')).toMatchObject({ sha256: file.sha256, bytes: 30_000, filename: latin1('.mp4').text });
  });

  it('a file inside a Latin-1-named folder uploads too', async () => {
    const folder = Buffer.concat([Buffer.from(`${loop.dir}${path.sep}`), latin1(' photos').bytes]);
    await mkdir(folder);
    const file = await fileNamedInBytes(folder, Buffer.from('face.png'), 'png');
    await uploadFile({ path: file.text, provider: 'heygen', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl });
    expect(loop.server.uploads('heygen')[0]).toMatchObject({ sha256: file.sha256 });
  });

  it('a Latin-1-named file or folder dropped itself is walked and kept, not called missing', async () => {
    const folder = Buffer.concat([Buffer.from(`${loop.dir}${path.sep}`), latin1(' shoot').bytes]);
    await mkdir(folder);
    const inside = await fileNamedInBytes(folder, Buffer.from('beach.mp4'), 'mp4');
    const alone = await fileNamedInBytes(Buffer.from(loop.dir), latin1('.png').bytes, 'png');
    const found = await expandPaths([folder.toString('utf8'), alone.text]);
    expect(found.refused).toEqual([]);
    expect(found.files).toEqual([inside.text, alone.text]);
  });

  it('two names that read the same are refused with a sentence, not guessed between', async () => {
    const folder = Buffer.from(path.join(loop.dir, 'twins'));
    await mkdir(folder);
    const one = await fileNamedInBytes(folder, latin1('.mp4', 0xe9).bytes, 'mp4');
    await fileNamedInBytes(folder, latin1('.mp4', 0xe8).bytes, 'mp4');
    const error = await uploadFailure(uploadFile({ path: one.text, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: loop.server.baseUrl }));
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', detail: expect.stringContaining('Rename one of them') });
    expect(loop.server.requests).toHaveLength(0);
    // Dropped among other files, it is refused in its place and the others are kept.
    const other = await fileNamedInBytes(Buffer.from(loop.dir), Buffer.from('other.mp4'), 'mp4');
    const dropped = await expandPaths([other.text, one.text, other.text]);
    expect(dropped.files).toEqual([other.text, other.text]);
    expect(dropped.refused).toEqual([expect.objectContaining({ path: one.text, code: 'FILE_UNREADABLE' })]);
  });

  it('a name that is gone is still "no longer there", and a UTF-8 name is left as it is', async () => {
    const gone = path.join(loop.dir, latin1('-gone.mp4').text);
    await expect(inspectFile(gone, 'HeyGen')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    const plain = path.join(loop.dir, 'café \uFFFD real.txt');
    await writeFile(plain, 'a name with a real U+FFFD in it');
    expect(await osPath(plain)).toEqual(Buffer.from(plain));
    expect(await osPath('/tmp/plain.mp4')).toBe('/tmp/plain.mp4');
  });
});
