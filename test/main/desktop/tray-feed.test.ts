// The tray follows the core (electron/main/desktop/tray-feed.ts): the real queue uploading to a loopback
// server moves the batch in the tray's state, Pause and Resume show at once, and the recent
// results are read again when the history changes.

import { describe, expect, it } from 'vitest';
import type { HistoryEntry, HistoryPage } from '../../../shared/history-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { feedTray } from '../../../electron/main/desktop/tray-feed.ts';
import { trayStatus, type TrayState } from '../../../electron/main/desktop/tray-view.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const loop = useLoopback();

describe('the tray’s state', () => {
  it('follows the batch, pausing and the history', async () => {
    const queue = new UploadQueue({
      getKey: async (p: ProviderId) => TEST_KEYS[p],
      settings: () => ({ concurrency: 1, regions: {} }),
      baseUrl: () => loop.server.baseUrl,
    });
    const entries: HistoryEntry[] = [];
    const history = { search: (): HistoryPage => ({ entries: [...entries], total: entries.length, uploaded: entries.filter((e) => e.ok).length, failed: entries.filter((e) => !e.ok).length, uploadedLater: [] }) };
    const states: TrayState[] = [];
    const feed = feedTray(queue, history, (state) => states.push(state));
    expect(states.map((s) => trayStatus(s))).toEqual(['No uploads running']);

    const files = await Promise.all([1, 2].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `tray-${n}.mp3`, size: 200_000 + n })));
    loop.server.script({ kind: 'upload', bytesPerSecond: 400_000 });
    await queue.add(files, 'assemblyai', { start: true });
    await expect.poll(() => states.some((s) => s.batch.active && s.batch.files === 2)).toBe(true);
    queue.pause();
    expect(states.at(-1)?.paused).toBe(true);
    await expect.poll(() => trayStatus(states.at(-1) as TrayState), { timeout: 5000 }).toMatch(/^Paused: 1 of 2 files uploaded \((49|50)%\)$/);
    queue.resume();
    expect(states.at(-1)?.paused).toBe(false);
    await queue.whenSettled();
    await expect.poll(() => trayStatus(states.at(-1) as TrayState)).toBe('No uploads running');

    entries.push({ id: 'e1', at: '2026-11-22T10:00:00Z', name: 'tray-1.mp3', path: files[0] ?? '', size: 1, provider: 'assemblyai', ok: true, url: 'https://cdn.example/t1', source: 'app' });
    feed.historyChanged();
    expect(states.at(-1)?.recent).toEqual([{ name: 'tray-1.mp3', text: 'https://cdn.example/t1', kind: 'link' }]);
    // A version offered for "Restart to update" joins the state; the same one again changes nothing.
    feed.updateOffered('1.2.0');
    expect(states.at(-1)).toMatchObject({ update: '1.2.0', recent: [{ name: 'tray-1.mp3' }] });
    const offered = states.length;
    feed.updateOffered('1.2.0');
    expect(states).toHaveLength(offered);
    feed.updateOffered(undefined);
    expect(states.at(-1)?.update).toBeUndefined();
    feed.stop();
    const seen = states.length;
    queue.pause();
    expect(states).toHaveLength(seen);
  });
});
