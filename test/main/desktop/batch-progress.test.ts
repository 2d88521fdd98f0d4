// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { batchNotice, BatchProgress, quitQuestion } from '../../../electron/main/desktop/batch-progress.ts';
import { queueItem } from '../../fixtures/queue-items.ts';

const uploading = (id: string, size: number, sent: number) => queueItem(id, { status: 'uploading', size, progress: { sent, total: size, speed: 1 } });
const waiting = (id: string, size: number) => queueItem(id, { status: 'waiting', size });
const done = (id: string, size: number) => queueItem(id, { status: 'done', size });
const failed = (id: string, size: number) => queueItem(id, { status: 'failed', size });
const idle = (id: string, size: number) => queueItem(id, { size });

describe('taskbar progress', () => {
  it('counts finished files of the batch so the bar never moves backwards', () => {
    const progress = new BatchProgress();
    expect(progress.update([uploading('a', 100, 50), waiting('b', 100)])).toBe(0.25);
    expect(progress.update([done('a', 100)])).toBe(0.5);
    expect(progress.update([uploading('b', 100, 50)])).toBe(0.75);
  });

  it('leaves out failed files and clears when nothing runs', () => {
    const progress = new BatchProgress();
    progress.update([uploading('a', 100, 10), uploading('b', 300, 0)]);
    expect(progress.update([failed('b', 300)])).toBe(0.1);
    expect(progress.update([done('a', 100)])).toBeUndefined();
  });

  it('ignores files that were only added, and forgets removed ones', () => {
    const progress = new BatchProgress();
    expect(progress.update([idle('idle', 1000)])).toBeUndefined();
    progress.update([uploading('a', 100, 0), uploading('b', 100, 100)]);
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
    expect(quitQuestion([done('a', 1), failed('b', 1)])).toBeUndefined();
    expect(quitQuestion([uploading('a', 1, 0)])).toBe('1 file is still uploading.');
    expect(quitQuestion([uploading('a', 1, 0), waiting('b', 1), idle('c', 1)])).toBe('2 files are still uploading.');
  });
});
