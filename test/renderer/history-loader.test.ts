// The history loader against a stand-in for `window.uploader['history:list']` whose answers the
// test releases in any order: a late answer to an older search never replaces a newer one, and
// what is on its way lives in the store, so a fresh store starts with nothing pending.

import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, HistoryPage } from '../../shared/history-types.ts';
import { useAppStore } from '../../renderer/src/store/app-store.ts';
import { loadHistory, loadMoreHistory } from '../../renderer/src/store/history-loader.ts';

interface Asked {
  readonly search: string | undefined;
  readonly offset: number | undefined;
  answer(page: HistoryPage): void;
}

let asked: Asked[] = [];
// The loader reads `window.uploader` once, lazily; every test shares this stand-in.
(globalThis as unknown as { window: unknown }).window = {
  uploader: {
    'history:list': (args: { search?: string; offset?: number }) =>
      new Promise<HistoryPage>((resolve) => asked.push({ search: args.search, offset: args.offset, answer: resolve })),
  },
};

function entry(id: string): HistoryEntry {
  return { id, at: '2026-11-20T10:00:00.000Z', name: `${id}.mp3`, path: `/music/${id}.mp3`, size: 10, provider: 'wavespeed', ok: true, url: `https://cdn.example/${id}`, source: 'app' };
}

/** Lets the loader's awaits run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  asked = [];
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('history loader', () => {
  it('drops the answer to an older search that arrives last', async () => {
    const first = loadHistory('beach');
    const second = loadHistory('song');
    asked[1]?.answer({ entries: [entry('song')], total: 1, uploaded: 1, failed: 0, uploadedLater: [] });
    await second;
    asked[0]?.answer({ entries: [entry('beach')], total: 1, uploaded: 1, failed: 0, uploadedLater: [] });
    await first;
    expect(useAppStore.getState().history).toEqual({ search: 'song', entries: [entry('song')], total: 1, uploaded: 1, failed: 0, uploadedLater: new Set() });
  });

  it('asks for one next page at a time, after what is loaded', async () => {
    const loading = loadHistory('');
    asked[0]?.answer({ entries: [entry('c'), entry('b')], total: 3, uploaded: 3, failed: 0, uploadedLater: [] });
    await loading;
    const more = loadMoreHistory();
    await loadMoreHistory();
    expect(asked.map((a) => a.offset)).toEqual([0, 2]);
    asked[1]?.answer({ entries: [entry('a')], total: 3, uploaded: 3, failed: 0, uploadedLater: [] });
    await more;
    expect(useAppStore.getState().history?.entries.map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(useAppStore.getState().historyRequests.more).toBe(false);
  });

  it('keeps nothing pending in a fresh store', async () => {
    const loading = loadHistory('');
    asked[0]?.answer({ entries: [entry('b')], total: 2, uploaded: 2, failed: 0, uploadedLater: [] });
    await loading;
    void loadMoreHistory();
    await settle();
    expect(useAppStore.getState().historyRequests.more).toBe(true);

    // A window's store made afresh (a test's reset): the page on its way belongs to the old one.
    useAppStore.setState(useAppStore.getInitialState(), true);
    const again = loadHistory('');
    asked[2]?.answer({ entries: [entry('b')], total: 2, uploaded: 2, failed: 0, uploadedLater: [] });
    await again;
    void loadMoreHistory();
    await settle();
    expect(asked.map((a) => a.offset)).toEqual([0, 1, 0, 1]);
  });
});
