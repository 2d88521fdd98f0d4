// The one definition of "the batch" that the taskbar, the window and the terminal read.

import { describe, expect, it } from 'vitest';
import { batchProgress } from '../../shared/batch-progress.ts';
import { queueItem } from '../fixtures/queue-items.ts';

describe('batchProgress', () => {
  it('is inactive and empty before anything was started', () => {
    expect(batchProgress([queueItem('a'), queueItem('b')])).toEqual({
      active: false, files: 0, finishedFiles: 0, sentBytes: 0, totalBytes: 0, fraction: 0, bytesPerSecond: 0, etaSeconds: undefined,
    });
  });

  it('reads only the latest batch: files finished in an earlier one do not count', () => {
    const state = batchProgress([
      queueItem('old', { status: 'done', batch: 1, size: 10_000_000_000 }),
      queueItem('new', { status: 'uploading', batch: 2, size: 1_000_000, progress: { sent: 250_000, total: 1_000_000, speed: 250_000 } }),
    ]);
    expect(state).toMatchObject({ active: true, files: 1, finishedFiles: 0, sentBytes: 250_000, totalBytes: 1_000_000, fraction: 0.25, etaSeconds: 3 });
  });

  it('describes the last batch once it has ended', () => {
    const state = batchProgress([
      queueItem('a', { status: 'done', batch: 2, size: 300 }),
      queueItem('b', { status: 'failed', batch: 2, size: 700 }),
      queueItem('c', { status: 'done', batch: 1, size: 5000 }),
    ]);
    expect(state).toMatchObject({ active: false, files: 1, finishedFiles: 1, totalBytes: 300, fraction: 1, etaSeconds: undefined });
  });

  it('never counts more than a file’s size as sent', () => {
    const state = batchProgress([queueItem('a', { status: 'uploading', size: 100, progress: { sent: 150, total: 100, speed: 1 } })]);
    expect(state.fraction).toBe(1);
  });
});
