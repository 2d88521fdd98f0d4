// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/queue-types.ts';
import { batchNotice, BatchProgress, quitQuestion } from '../../electron/main/batch-progress.ts';

function item(id: string, status: QueueItem['status'], size: number, sent?: number): QueueItem {
  return { id, path: `/m/${id}`, name: id, size, mtimeMs: 0, provider: 'assemblyai', status, attempt: 1, addedAt: 0, ...(sent !== undefined && { progress: { sent, total: size, speed: 1 } }) };
}

describe('taskbar progress', () => {
  it('counts finished files of the batch so the bar never moves backwards', () => {
    const progress = new BatchProgress();
    expect(progress.update([item('a', 'uploading', 100, 50), item('b', 'waiting', 100)])).toBe(0.25);
    expect(progress.update([item('a', 'done', 100)])).toBe(0.5);
    expect(progress.update([item('b', 'uploading', 100, 50)])).toBe(0.75);
  });

  it('leaves out failed files and clears when nothing runs', () => {
    const progress = new BatchProgress();
    progress.update([item('a', 'uploading', 100, 10), item('b', 'uploading', 300, 0)]);
    expect(progress.update([item('b', 'failed', 300)])).toBe(0.1);
    expect(progress.update([item('a', 'done', 100)])).toBeUndefined();
  });

  it('ignores files that were only added, and forgets removed ones', () => {
    const progress = new BatchProgress();
    expect(progress.update([item('idle', 'idle', 1000)])).toBeUndefined();
    progress.update([item('a', 'uploading', 100, 0), item('b', 'uploading', 100, 100)]);
    expect(progress.update([], ['b'])).toBe(0);
  });
});

describe('the notification at the end of a batch', () => {
  it('says how it went in plain words', () => {
    expect(batchNotice({ done: 1, failed: 0, cancelled: 0 })).toEqual({ title: 'Uploads finished', body: '1 file uploaded.' });
    expect(batchNotice({ done: 3, failed: 2, cancelled: 1 })).toEqual({
      title: 'Uploads finished with problems',
      body: '3 files uploaded, 2 failed, 1 cancelled. Open Media Uploader to see why and retry.',
    });
  });

  it('stays quiet when the person cancelled everything', () => {
    expect(batchNotice({ done: 0, failed: 0, cancelled: 4 })).toBeUndefined();
  });
});

describe('closing while files upload', () => {
  it('asks only when something is still uploading or waiting', () => {
    expect(quitQuestion([item('a', 'done', 1), item('b', 'failed', 1)])).toBeUndefined();
    expect(quitQuestion([item('a', 'uploading', 1)])).toBe('1 file is still uploading.');
    expect(quitQuestion([item('a', 'uploading', 1), item('b', 'waiting', 1), item('c', 'idle', 1)])).toBe('2 files are still uploading.');
  });
});
