// What a row says while main has not looked at its file yet (a big drop's rows come first:
// ItemFacts.checking), and what it says once it has.

import { describe, expect, it } from 'vitest';
import { newItem, checkedItem } from '../../shared/queue-transitions.ts';
import { rowMessage, statusWord } from '../../renderer/src/queue-words.ts';
import { otherTakers, selectQueueCounts } from '../../renderer/src/store/queue-selectors.ts';
import { applyQueuePatch } from '../../renderer/src/store/queue-patch.ts';

const facts = { id: 'a', path: '/m/photo.png', name: 'photo.png', size: 0, mtimeMs: 0, provider: 'assemblyai' as const, addedAt: 1 };

describe('a row not looked at yet', () => {
  it('says "Checking…", with no refusal and no other service offered, until its file is looked at', () => {
    const checking = newItem({ ...facts, checking: true });
    expect(statusWord(checking)).toBe('Checking…');
    expect(rowMessage(checking, false)).toBeUndefined();
    expect(otherTakers(checking)).toEqual([]);
    // Looked at: a PNG, which AssemblyAI does not take, so the row says so and offers the others.
    const checked = checkedItem(checking, { size: 2000, mtimeMs: 5, formatId: 'png' });
    expect(statusWord(checked)).toBe('Can’t upload');
    expect(rowMessage(checked, false)?.tone).toBe('error');
    expect(otherTakers(checked).length).toBeGreaterThan(0);
  });
});

describe('the queue’s counts', () => {
  it('count rows not looked at yet among the ready ones, and say how many are still being checked', () => {
    const checking = newItem({ ...facts, checking: true });
    const checked = checkedItem(newItem({ ...facts, id: 'b', checking: true }), { size: 2000, mtimeMs: 5, formatId: 'mp3' });
    const queue = applyQueuePatch(undefined, { items: [checking, checked], removed: [], full: true });
    expect(selectQueueCounts({ queue })).toMatchObject({ total: 2, ready: 2, checking: 1 });
  });
});
