// Which key made an upload, as the upload list's file and the history keep it: written with the
// item or entry, read back whole, and lines written before keys had names still read (as made
// with the default key). A line whose key is not a key's name and id is not trusted.

import { describe, expect, it } from 'vitest';
import { completeEntry, parseEntryLine, entryLine } from '../../../electron/core/history/history-line.ts';
import { itemLine, lineItem } from '../../../electron/core/queue/queue-line.ts';
import { newItem, restoredItem, toDone, toUploading, toWaiting, withKey, withProvider } from '../../../shared/queue-transitions.ts';
import type { IdleItem } from '../../../shared/queue-types.ts';

const facts = { id: 'item-1', path: '/home/ana/call.mp3', name: 'call.mp3', size: 1000, mtimeMs: 1, provider: 'assemblyai', addedAt: 1, formatId: 'mp3' } as const;
const CLIENT = { name: 'Client', id: '0a1b2c3d' } as const;

describe('the upload list keeps which key an item goes with', () => {
  it('from the choice of a name to the key that sent it, across a restart', () => {
    const chosen = withProvider(newItem(facts), 'assemblyai', 'Client') as IdleItem;
    expect(chosen.key).toEqual({ name: 'Client' });
    const sent = toDone(toUploading(withKey(toWaiting(chosen, 1), CLIENT)), { url: 'https://cdn.assemblyai.test/u' }, 5);
    const back = lineItem(itemLine(sent));
    expect(back === undefined ? undefined : restoredItem(back)).toMatchObject({ status: 'done', key: CLIENT });
    // Another provider, or its default, drops the choice; the same provider keeps it (a conversion).
    expect(withProvider(chosen, 'memories').key).toBeUndefined();
    expect(withProvider(chosen, 'assemblyai', null).key).toBeUndefined();
    expect(withProvider(chosen, 'assemblyai').key).toEqual({ name: 'Client' });
  });

  it('reads a line from before keys had names, and skips one whose key is not a key', () => {
    const old = itemLine(newItem(facts));
    expect(old).not.toContain('"key"');
    expect(lineItem(old)).toMatchObject({ id: 'item-1', status: 'idle' });
    const bad = (key: unknown) => JSON.stringify({ item: { ...JSON.parse(old).item, key } });
    expect(lineItem(bad({ name: 'Client', id: 'not-an-id' }))).toBeUndefined();
    expect(lineItem(bad({ name: 'line\nbreak' }))).toBeUndefined();
    expect(lineItem(bad('Client'))).toBeUndefined();
    expect(lineItem(bad({ name: 'from the environment', id: '0a1b2c3d' }))).toMatchObject({ key: { name: 'from the environment' } });
  });
});

describe('the history keeps which key made an upload', () => {
  const input = { name: 'call.mp3', path: '/home/ana/call.mp3', size: 1000, provider: 'assemblyai', ok: true, url: 'https://cdn.assemblyai.test/u', source: 'app' } as const;

  it('by name and id, read back as written', () => {
    const entry = completeEntry({ ...input, keyName: 'Client', keyId: '0a1b2c3d' }, 'e1', '2026-03-01T09:00:00.000Z');
    expect(parseEntryLine(entryLine(entry))).toEqual(entry);
    expect(Object.keys(entry)).toEqual(['id', 'at', 'name', 'path', 'size', 'provider', 'ok', 'url', 'keyName', 'keyId', 'source']);
  });

  it('still reads entries from before keys had names, and refuses half a key record', () => {
    const before = '{"id":"e0","at":"2025-01-01T00:00:00.000Z","name":"old.mp3","path":"/x/old.mp3","size":5,"provider":"heygen","ok":true,"url":"https://x.test","source":"cli"}';
    expect(parseEntryLine(before)).toMatchObject({ id: 'e0', provider: 'heygen' });
    expect(parseEntryLine(before)?.keyId).toBeUndefined();
    expect(() => completeEntry({ ...input, keyName: 'Client' }, 'e2', '2026-03-01T09:00:00.000Z')).toThrow(/Not a valid history entry/);
    expect(() => completeEntry({ ...input, keyName: 'Client', keyId: 'KEY!' }, 'e3', '2026-03-01T09:00:00.000Z')).toThrow(/Not a valid history entry/);
  });
});
