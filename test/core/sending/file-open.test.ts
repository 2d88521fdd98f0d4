// Files are opened without blocking and judged by the opened handle: a FIFO put where a file
// was (after it was checked by name) is refused at once instead of holding a libuv thread until
// a writer comes, which could be never.

import { execFileSync } from 'node:child_process';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointUrl } from '../../../electron/core/sending/endpoint-url.ts';
import { fileStamp, inspectFile } from '../../../electron/core/files/file-inspect.ts';
import { ProgressMeter } from '../../../electron/core/sending/progress-meter.ts';
import { ADAPTERS } from '../../../electron/core/providers/index.ts';
import { attemptUpload, DEFAULT_TIMEOUTS } from '../../../electron/core/sending/upload-attempt.ts';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';

const canMakeFifo = process.platform !== 'win32';
if (!canMakeFifo) console.warn('file-open.test.ts: FIFO tests skipped, Windows has no mkfifo');

describe.runIf(canMakeFifo)('opening files without blocking', () => {
  const loop = useLoopback();
  let fifoCount = 0;
  const makeFifo = (): string => {
    const fifo = path.join(loop.dir, `pipe-${(fifoCount += 1)}.mp4`);
    execFileSync('mkfifo', [fifo]);
    return fifo;
  };
  it('a file swapped for a FIFO after its check fails the upload at once as NOT_A_FILE, nothing sent', async () => {
    const swapped = await writeMediaFile(loop.dir, 'mp4', { name: 'swapped.mp4', size: 10_000 });
    const stamp = await fileStamp(swapped, 'AssemblyAI');
    await rename(makeFifo(), swapped);
    const adapter = ADAPTERS.assemblyai;
    const error = await uploadFailure(attemptUpload({
      adapter, url: endpointUrl(adapter.info, adapter.info.upload, { baseUrl: loop.server.baseUrl }), key: TEST_KEYS.assemblyai,
      path: swapped, name: 'swapped.mp4', format: mediaFormat('mp4')!, stamp, meter: new ProgressMeter(stamp.size),
      onBytes: () => undefined, signal: undefined, timeouts: DEFAULT_TIMEOUTS,
    }));
    expect(error).toMatchObject({ code: 'NOT_A_FILE', message: expect.stringContaining('swapped.mp4') });
    expect(loop.server.requests).toHaveLength(0);
  });

  it('inspecting a FIFO refuses it as NOT_A_FILE', async () => {
    await expect(inspectFile(makeFifo(), 'HeyGen')).rejects.toMatchObject({ code: 'NOT_A_FILE' });
  });

  it('a format whose marker lies past the first 4,100 bytes is still found (an MP3 behind a 20 KB ID3 tag)', async () => {
    const tag = 20_000;
    const syncsafe = Buffer.from([(tag >> 21) & 0x7f, (tag >> 14) & 0x7f, (tag >> 7) & 0x7f, tag & 0x7f]);
    const frame = Buffer.alloc(417);
    frame.set([0xff, 0xfb, 0x90, 0x64]);
    const mp3 = path.join(loop.dir, 'cover-art.mp3');
    await writeFile(mp3, Buffer.concat([Buffer.from('ID3\x04\x00\x00', 'latin1'), syncsafe, Buffer.alloc(tag), frame, frame, frame, frame]));
    expect(await inspectFile(mp3)).toMatchObject({ formatId: 'mp3', name: 'cover-art.mp3' });
  });
});
