// A provider's own words (an error's message, a "failed" status's reason) travel beside the
// plain sentence as `detail`, into the list's file, the window, "Copy for support" and the
// history. Whatever the provider wrote, what is kept holds no key, no control character and no
// more than a few hundred characters.

import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessedItem } from '../../../shared/queue-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';
import { authHeaders } from '../../../electron/core/providers/provider-adapter.ts';
import { lineItem } from '../../../electron/core/queue/queue-line.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();
const queues: UploadQueue[] = [];
afterEach(() => {
  for (const queue of queues.splice(0)) queue.cancelAll();
});

// What a hostile or broken status answer can hold: the key it was asked with, terminal escapes
// (a title change, a colour, a cursor move), a bidirectional override, and 60 KB of text.
const HOSTILE = `upload failed for ${TEST_KEYS.heygen}\u001b]0;owned\u0007\u001b[31m red \u001b[2J\r\n\u202eevil\u0000 ${'A'.repeat(60_000)}`;

function expectClean(detail: string | undefined): void {
  expect(detail).toBeDefined();
  expect(detail).not.toContain(TEST_KEYS.heygen);
  expect(detail).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  expect(detail?.length).toBeLessThanOrEqual(300);
  expect(detail).toContain('upload failed for [key]');
}

describe("a provider's words", () => {
  it('a HeyGen status that says "failed" with the key, escapes and 60 KB is kept clean and short', async () => {
    const queue = new UploadQueue({
      getKey: async (p: ProviderId) => TEST_KEYS[p],
      settings: () => ({ concurrency: 1, regions: {} }),
      baseUrl: () => loop.server.baseUrl,
      retry: { baseDelayMs: 10, maxDelayMs: 50 },
      readyChecks: { firstMs: 20, maxMs: 40 },
    });
    queues.push(queue);
    loop.server.script({ provider: 'heygen', kind: 'status', reply: { status: 200, body: { data: { statuses: [{ status: 'failed', error: { message: HOSTILE } }] } } } });
    const path = await writeMediaFile(loop.dir, 'wav', { name: 'voice.wav', size: 20_000 });
    const processed = new Promise<ProcessedItem>((resolve) => queue.once('processed', resolve));
    await queue.add([path], 'heygen', { start: true });
    const item = await processed;
    expect(item.status).toBe('failed');
    if (item.status !== 'failed') return;
    expect(item.error.code).toBe('PROVIDER_ERROR');
    expectClean(item.error.detail);
  });

  it('every UploadError keeps its detail clean, whoever made it', () => {
    // The key is known to the engine once a request's headers carried it.
    authHeaders('x-api-key', TEST_KEYS.heygen);
    expectClean(new UploadError('PROVIDER_ERROR', 'HeyGen had a problem.', { detail: HOSTILE }).detail);
    expectClean(UploadError.of('NETWORK', 'HeyGen', { detail: HOSTILE }).toInfo().detail);
  });

  it("a list saved before holds the provider's words as they came: restored, they are clean", () => {
    authHeaders('x-api-key', TEST_KEYS.heygen);
    const saved = { id: 'f1', path: '/x/voice.wav', name: 'voice.wav', size: 1, mtimeMs: 1, provider: 'heygen', addedAt: 1, status: 'failed', batch: 1, attempt: 1, finishedAt: 2, error: { code: 'PROVIDER_ERROR', message: 'HeyGen could not process voice.wav.', detail: HOSTILE } };
    const item = lineItem(JSON.stringify({ item: saved }));
    expect(item?.status).toBe('failed');
    if (item?.status !== 'failed') return;
    expectClean(item.error.detail);
    expect(item.error).toMatchObject({ code: 'PROVIDER_ERROR', message: 'HeyGen could not process voice.wav.' });
  });
});
