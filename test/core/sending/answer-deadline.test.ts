// A server that answers one byte at a time, each just before the idle timeout would end the
// request, held an upload's slot (and a status check's or a delete's turn) for as long as it
// liked: 64 KiB of answer at one byte every four minutes is half a year. An answer now has a
// deadline from the moment the request is sent, which no trickle resets.

import { describe, expect, it } from 'vitest';
import { deleteUpload } from '../../../electron/core/sending/remote-delete.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();
// The server's byte comes every 50 ms, well inside the 400 ms the client waits between bytes:
// only a deadline that counts from the request, not from the last byte, ends the wait. (Before
// it, these tests ran until the test's own time limit.)
const TRICKLE = { status: 200, chunk: ' ', everyMs: 50 };
const TIMEOUTS = { connectMs: 1_000, responseMs: 400 };

describe('an answer that trickles', () => {
  it('ends an upload with TIMEOUT, however steadily the bytes come', { timeout: 30_000 }, async () => {
    const path = await writeMediaFile(loop.dir, 'mp3', { name: 'trickle.mp3', size: 20_000 });
    loop.server.script({ kind: 'upload', times: Infinity, endlessReply: TRICKLE });
    const error = await uploadFailure(uploadFile({ path, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: loop.server.baseUrl, timeouts: TIMEOUTS, retry: { attempts: 1 } }));
    expect(error.code).toBe('TIMEOUT');
  });

  it('ends a request about an asset (a delete) with TIMEOUT', { timeout: 30_000 }, async () => {
    loop.server.script({ kind: 'delete', times: Infinity, endlessReply: TRICKLE });
    const error = await uploadFailure(deleteUpload({ provider: 'heygen', assetId: 'asset123', key: TEST_KEYS.heygen, baseUrl: loop.server.baseUrl, timeouts: TIMEOUTS }));
    expect(error.code).toBe('TIMEOUT');
  });
});
