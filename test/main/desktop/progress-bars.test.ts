// The taskbar's bar (electron/main/desktop/batch-progress.ts) and the window's overall bar
// (renderer/src/store/queue-selectors.ts) are fed the same queue patches and must show the
// same number at every step: both read shared/batch-progress.ts.

import { beforeEach, describe, expect, it } from 'vitest';
import type { QueuePatch } from '../../../shared/queue-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { BatchProgress } from '../../../electron/main/desktop/batch-progress.ts';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { useAppStore } from '../../../renderer/src/store/app-store.ts';
import { receiveQueuePatch } from '../../../renderer/src/store/main-events.ts';
import { selectOverallProgress } from '../../../renderer/src/store/queue-selectors.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { queueItem } from '../../fixtures/queue-items.ts';

const loop = useLoopback();

/** Feeds one patch to both bars; returns what each shows (undefined: no bar). */
function bothBars(taskbar: BatchProgress, patch: QueuePatch): { taskbar: number | undefined; window: number | undefined } {
  receiveQueuePatch(patch);
  const overall = selectOverallProgress(useAppStore.getState());
  return { taskbar: taskbar.update(patch.items, patch.removed), window: overall.active ? overall.fraction : undefined };
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('the taskbar and the window agree', () => {
  it('after a 10 GB batch has finished, a new 1 MB upload starts at 0 % in both', () => {
    const taskbar = new BatchProgress();
    const big = { size: 10_000_000_000, batch: 1 };
    const patches: QueuePatch[] = [
      { items: [queueItem('big', { status: 'uploading', ...big, progress: { sent: 5_000_000_000, total: big.size, speed: 1 } })], removed: [], full: true },
      { items: [queueItem('big', { status: 'done', ...big })], removed: [], full: false },
      { items: [queueItem('small', { status: 'waiting', batch: 2 })], removed: [], full: false },
      { items: [queueItem('small', { status: 'uploading', batch: 2, progress: { sent: 0, total: 1_000_000, speed: 0 } })], removed: [], full: false },
      { items: [queueItem('small', { status: 'uploading', batch: 2, progress: { sent: 500_000, total: 1_000_000, speed: 1 } })], removed: [], full: false },
    ];
    const shown = patches.map((patch) => bothBars(taskbar, patch));
    expect(shown).toEqual([
      { taskbar: 0.5, window: 0.5 },
      { taskbar: undefined, window: undefined },
      { taskbar: 0, window: 0 },
      { taskbar: 0, window: 0 },
      { taskbar: 0.5, window: 0.5 },
    ]);
  });

  it('at every patch of a real queue, over two batches', async () => {
    const settings = await SettingsStore.open(loop.dir);
    const queue = new UploadQueue({ getKey: async (p: ProviderId) => TEST_KEYS[p], settings: () => settings.get(), baseUrl: () => loop.server.baseUrl });
    const taskbar = new BatchProgress();
    // The window starts from the whole queue, as it does when it opens; patches follow.
    receiveQueuePatch(queue.snapshot());
    const shown: { taskbar: number | undefined; window: number | undefined; windowBytes: number }[] = [];
    queue.subscribe((patch) => shown.push({ ...bothBars(taskbar, patch), windowBytes: selectOverallProgress(useAppStore.getState()).totalBytes }), 20);
    const files = await Promise.all([1, 2, 3].map((n) => writeMediaFile(loop.dir, 'mp3', { name: `bar${n}.mp3`, size: 8_000_000 })));
    const small = await writeMediaFile(loop.dir, 'mp3', { name: 'small.mp3', size: 100_000 });
    // Read slower than the socket buffers fill, so progress shows in several patches.
    loop.server.script({ kind: 'upload', times: 4, bytesPerSecond: 16_000_000 });
    await queue.add(files, 'assemblyai', { start: true });
    await queue.whenSettled();
    // Patches are sent at most every 20 ms: the first batch's last one (all done, no bar) may
    // come after the queue settled, and belongs to it.
    await expect.poll(() => shown.at(-1)?.taskbar).toBeUndefined();
    const firstBatch = shown.length;
    await queue.add([small], 'assemblyai', { start: true });
    await queue.whenSettled();

    expect(firstBatch).toBeGreaterThan(3);
    for (const pair of shown) expect(pair.window).toBe(pair.taskbar);
    expect(shown[firstBatch - 1]?.windowBytes).toBe(24_000_000);
    // From its first patch on, the second batch is the small file alone, nothing of the first.
    expect(shown.slice(firstBatch).map((pair) => pair.windowBytes)).toEqual(shown.slice(firstBatch).map(() => 100_000));
  });
});
