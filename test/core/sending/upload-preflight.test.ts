// Every reason a file is refused before anything is sent, each with proof that the provider's
// server saw no request at all.

import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/error-codes.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { makeTempDir, removeDir, writeMediaFile, writeMediaSet, type MediaSet } from '../../fixtures/media-files.ts';
import { startProviderServer, TEST_KEYS, type ProviderServer } from '../../fixtures/provider-server.ts';

describe('uploadFile: refused before sending', () => {
  let server: ProviderServer;
  let files: MediaSet;
  beforeAll(async () => {
    server = await startProviderServer();
    files = await writeMediaSet(await makeTempDir());
  });
  afterEach(() => {
    // The proof for every test here: the provider never heard of it.
    expect(server.requests).toEqual([]);
    server.reset();
  });
  afterAll(async () => {
    await server.close();
    await removeDir(files.dir);
  });

  async function refusal(path: string, provider: ProviderId, extra: { key?: string; expected?: { size: number; mtimeMs: number } } = {}): Promise<UploadError> {
    const error = await uploadFile({ path, provider, key: TEST_KEYS[provider], baseUrl: server.baseUrl, ...extra }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UploadError);
    return error as UploadError;
  }

  it.each([
    ['missing', 'FILE_NOT_FOUND', 'not-here.mp4'],
    ['folder', 'NOT_A_FILE', 'a-folder.mp4'],
    ['empty', 'FILE_EMPTY', 'empty.mp4'],
    ['text', 'UNSUPPORTED_TYPE', undefined],
  ] as const)('a %s path is %s, with the file named in the sentence', async (which, code: ErrorCode, named) => {
    for (const provider of ['assemblyai', 'memories', 'wavespeed', 'heygen'] as const) {
      const error = await refusal(files[which], provider);
      expect(error.code).toBe(code);
      if (named !== undefined) expect(error.message).toContain(named);
      expect(error.status).toBeUndefined();
    }
  });

  it('AssemblyAI is given a JPEG: UNSUPPORTED_TYPE naming the format', async () => {
    const error = await refusal(files.jpeg, 'assemblyai');
    expect(error.code).toBe('UNSUPPORTED_TYPE');
    expect(error.message).toMatch(/JPEG/);
  });

  it('AssemblyAI is given a PNG: UNSUPPORTED_TYPE (it only transcribes audio and video)', async () => {
    expect((await refusal(files.png, 'assemblyai')).code).toBe('UNSUPPORTED_TYPE');
  });

  it('a text file renamed .mp4 is still refused: the type comes from the bytes', async () => {
    const disguised = join(files.dir, 'disguised.mp4');
    await writeFile(disguised, 'just words, no video here\n'.repeat(100));
    expect((await refusal(disguised, 'wavespeed')).code).toBe('UNSUPPORTED_TYPE');
  });

  it('a sparse MP4 just over AssemblyAI’s 2.2 GB is TOO_LARGE, with the limit and what to do instead', async () => {
    // AssemblyAI has no large-file way (memories.ai, WaveSpeedAI and HeyGen do: large-upload tests).
    const path = await writeMediaFile(files.dir, 'mp4', { name: 'long-film.mp4', size: 2_200_000_001 });
    const error = await refusal(path, 'assemblyai');
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('2.2 GB');
    // What to do instead, in plain words (no API field names: item 14 of issue 21).
    expect(error.message).toContain('up to 5 GB if you put it online yourself');
  });

  it('a file that changed since it was queued is FILE_CHANGED before sending', async () => {
    const { size, mtimeMs } = await stat(files.mp3);
    expect((await refusal(files.mp3, 'assemblyai', { expected: { size: size + 1, mtimeMs } })).code).toBe('FILE_CHANGED');
    expect((await refusal(files.mp3, 'assemblyai', { expected: { size, mtimeMs: mtimeMs - 1000 } })).code).toBe('FILE_CHANGED');
  });

  it('no key at all is KEY_MISSING', async () => {
    expect((await refusal(files.mp3, 'memories', { key: '' })).code).toBe('KEY_MISSING');
    expect((await refusal(files.mp3, 'memories', { key: '   ' })).code).toBe('KEY_MISSING');
  });
});
