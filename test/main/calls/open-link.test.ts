// @vitest-environment node
// `shell:open-url` names where main holds a link (a finished upload in the queue, a history
// entry, a provider's key page), never a URL: main opens its own copy, https only, exactly as
// the URL parser wrote it. An id it does not know, or a stored link that is not https, opens
// nothing. Through the real gate and handlers; the queue and history hold the test's entries.

import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import type { HistoryPort, QueuePort } from '../../../electron/main/calls/call-ports.ts';
import { queueItem } from '../../fixtures/queue-items.ts';
import { gateUnderTest, WINDOW, type GateUnderTest } from './gate-under-test.ts';

const REFUSED_UNKNOWN_LINK = { ok: false, code: 'LINK_REFUSED', error: 'That link is no longer in the app, so it was not opened.' };
const REFUSED_NOT_HTTPS = { ok: false, code: 'LINK_REFUSED', error: 'Only web links that start with https:// can be opened.' };

const items: QueueItem[] = [
  queueItem('done', { status: 'done', result: { url: 'https://cdn.example.com/a.mp3' } }),
  queueItem('asset-only', { status: 'done', result: { assetId: 'asset-123' } }),
  queueItem('sneaky', { status: 'done', result: { url: 'javascript:alert(1)' } }),
  queueItem('waiting', { status: 'waiting' }),
];

const entry = (id: string, url: string | undefined): HistoryEntry => ({
  id, at: '2026-01-02T03:04:05.000Z', name: `${id}.mp4`, path: `/m/${id}.mp4`, size: 1, provider: 'heygen', ok: true, source: 'app', ...(url !== undefined && { url }),
});
const entries: HistoryEntry[] = [
  entry('h-https', 'HTTPS://Files.Example.com/a b.mp4'),
  entry('h-file', 'file:///etc/passwd'),
  entry('h-http', 'http://files.example.com/a.mp4'),
  entry('h-smb', 'smb://server/share/a.mp4'),
  entry('h-none', undefined),
];

const queue = { get: (id: string) => items.find((item) => item.id === id), snapshot: () => ({ items, removed: [], full: true }) } as unknown as QueuePort;
const history = { all: () => entries, search: () => ({ entries, total: entries.length }) } as unknown as HistoryPort;

let app: GateUnderTest;
afterEach(async () => {
  await app.close();
});

async function openLink(which: unknown) {
  app = await gateUnderTest({ queue, history });
  return app.gate('shell:open-url', WINDOW, [which]);
}

describe('opening a link main holds', () => {
  it('opens a finished upload’s link from the queue', async () => {
    expect((await openLink({ queueItem: 'done' })).ok).toBe(true);
    expect(app.opened).toEqual(['https://cdn.example.com/a.mp3']);
  });

  it('opens a history entry’s https link as the URL parser writes it', async () => {
    expect((await openLink({ historyEntry: 'h-https' })).ok).toBe(true);
    expect(app.opened).toEqual(['https://files.example.com/a%20b.mp4']);
  });

  it('opens a provider’s key page from the provider table', async () => {
    expect((await openLink({ keyPage: 'heygen' })).ok).toBe(true);
    expect(app.opened).toEqual([PROVIDERS.heygen.keyPageUrl]);
  });
});

describe('opening nothing', () => {
  it.each([
    ['an unknown queue item', { queueItem: 'no-such-item' }],
    ['a queue item that has not finished', { queueItem: 'waiting' }],
    ['a finished upload with no link', { queueItem: 'asset-only' }],
    ['an unknown history entry', { historyEntry: 'no-such-entry' }],
    ['a history entry with no link', { historyEntry: 'h-none' }],
  ])('for %s', async (_label, which) => {
    expect(await openLink(which)).toEqual(REFUSED_UNKNOWN_LINK);
    expect(app.opened).toEqual([]);
  });

  it.each([
    ['a javascript: link in the queue', { queueItem: 'sneaky' }],
    ['a file: link in the history', { historyEntry: 'h-file' }],
    ['an http: link in the history', { historyEntry: 'h-http' }],
    ['an smb: link in the history', { historyEntry: 'h-smb' }],
  ])('for %s', async (_label, which) => {
    expect(await openLink(which)).toEqual(REFUSED_NOT_HTTPS);
    expect(app.opened).toEqual([]);
  });

  it.each([
    ['a URL named by the window', { url: 'https://evil.example/' }],
    ['a URL beside an id', { queueItem: 'done', url: 'https://evil.example/' }],
    ['an unknown provider’s key page', { keyPage: 'dropbox' }],
  ])('for %s, refused as malformed', async (_label, which) => {
    expect(await openLink(which)).toMatchObject({ ok: false, code: 'CALL_REFUSED' });
    expect(app.opened).toEqual([]);
  });
});
