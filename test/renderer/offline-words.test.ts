// What a row says while the computer is offline (issue 23): a file waiting for its turn, or one
// whose upload was cut, says it waits for the connection, not "Next in line" or a frozen 40 %:
// "Offline" under its bar, and the whole sentence on its message line, which makes the row taller.

import { describe, expect, it } from 'vitest';
import { activeLine, MESSAGE_ROW_HEIGHT, ROW_HEIGHT, rowHeight, rowMessage } from '../../renderer/src/queue-words.ts';

const SENTENCE = 'Waiting for the internet connection… The upload goes on by itself once the connection is back.';
import { queueItem } from '../fixtures/queue-items.ts';

describe('an active row while offline', () => {
  it('says a waiting file waits for the internet connection, before "Paused" or "Next in line"', () => {
    expect(activeLine(queueItem('a', { status: 'waiting', offline: true }), false)).toBe('Offline');
    expect(activeLine(queueItem('a', { status: 'waiting', offline: true }), true)).toBe('Offline');
    expect(rowMessage(queueItem('a', { status: 'waiting', offline: true }), false)).toEqual({ tone: 'info', text: SENTENCE });
    expect(rowHeight(queueItem('a', { status: 'waiting', offline: true }), false)).toBe(MESSAGE_ROW_HEIGHT);
    expect(rowMessage(queueItem('a', { status: 'waiting' }), false)).toBeUndefined();
    expect(rowHeight(queueItem('a', { status: 'waiting' }), false)).toBe(ROW_HEIGHT);
    expect(activeLine(queueItem('a', { status: 'waiting' }), false)).toBe('Next in line');
    expect(activeLine(queueItem('a', { status: 'waiting' }), true)).toBe('Paused');
  });

  it('says an upload cut by the connection waits for it, and shows progress otherwise', () => {
    const progress = { sent: 400_000, total: 1_000_000, speed: 0 };
    expect(activeLine(queueItem('b', { status: 'uploading', attempt: 2, progress, offline: true }), false)).toBe('Offline');
    expect(rowMessage(queueItem('b', { status: 'uploading', attempt: 2, progress, offline: true }), false)?.text).toBe(SENTENCE);
    expect(activeLine(queueItem('b', { status: 'uploading', attempt: 1, progress }), false)).toBe('40%');
  });
});
