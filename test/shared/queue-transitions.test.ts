// How a queue item moves from state to state (shared/queue-transitions.ts), and the status
// predicates. The lines marked @ts-expect-error are checked by `tsc -b` (npm test runs it
// first): each is an impossible item, and the build fails the day one type-checks.

import { describe, expect, it } from 'vitest';
import {
  newItem, restoredItem, savedForm, toCancelled, toDone, toFailed, toProcessing, toReady, toUploading, toWaiting, withFileProblem, withProgress, withProvider,
} from '../../shared/queue-transitions.ts';
import { canRestart, canRetry, hasResult, isActive, isBlocked, isClearable, isProcessing, isStarted, type QueueItem } from '../../shared/queue-types.ts';
import { queueItem } from '../fixtures/queue-items.ts';

const facts = { id: 'a', path: '/m/talk.wav', name: 'talk.wav', size: 20_000_000, mtimeMs: 1, formatId: 'wav', provider: 'assemblyai', addedAt: 2 } as const;
const failure = { code: 'NETWORK', message: 'The connection was lost.' } as const;
/** A photo: HeyGen takes it, AssemblyAI (speech only) refuses it. */
const photo = { ...facts, path: '/m/face.png', name: 'face.png', formatId: 'png', provider: 'heygen' } as const;

describe('queue transitions', () => {
  it('takes a file through a whole upload, each state with only its own fields', () => {
    const idle = newItem(facts);
    expect(idle).toEqual({ ...facts, status: 'idle', attempt: 0 });
    const waiting = toWaiting(idle, 7);
    expect(waiting).toEqual({ ...facts, status: 'waiting', batch: 7, attempt: 0 });
    const uploading = withProgress(toUploading(waiting), { sent: 5, total: facts.size, speed: 2, etaSeconds: 9 });
    expect(uploading).toEqual({ ...facts, status: 'uploading', batch: 7, attempt: 1, progress: { sent: 5, total: facts.size, speed: 2, etaSeconds: 9 } });
    // The adapter's whole answer comes along in the outcome; the item keeps the link alone.
    const outcome = { url: 'https://cdn.example/a', raw: { secret: 'x' }, bytes: 20, attempts: 1 };
    expect(toDone(uploading, outcome, 3)).toEqual({ ...facts, status: 'done', batch: 7, attempt: 1, result: { url: 'https://cdn.example/a' }, finishedAt: 3 });
  });

  it('an upload the provider processes: its ID at once, ready later with the time it became so, or failed there', () => {
    const uploading = toUploading(toWaiting(newItem(facts), 7));
    const processing = toProcessing(uploading, { assetId: 're_1' }, 3);
    expect(processing).toEqual({ ...facts, status: 'processing', batch: 7, attempt: 1, result: { assetId: 're_1' }, finishedAt: 3 });
    expect([hasResult(processing), isProcessing(processing), isActive(processing), canRestart(processing), isClearable(processing)]).toEqual([true, true, false, false, false]);
    const ready = toReady(processing, 9);
    expect(ready).toEqual({ ...facts, status: 'done', batch: 7, attempt: 1, result: { assetId: 're_1' }, finishedAt: 3, readyAt: 9 });
    expect(toFailed(processing, failure, 9)).toEqual({ ...facts, status: 'failed', batch: 7, attempt: 1, error: failure, finishedAt: 9 });
    // After a restart it is checked again, not sent again; a ready one keeps its time.
    expect(restoredItem(savedForm(processing))).toEqual(processing);
    expect(restoredItem(savedForm(ready))).toEqual(ready);
  });

  it('forgets an earlier outcome when a file starts again, but not that it is a retry', () => {
    const first = toWaiting(newItem(facts), 1);
    expect(first.retried).toBeUndefined();
    const failed = toFailed(toUploading(first), failure, 3);
    expect(failed).toMatchObject({ status: 'failed', error: failure, finishedAt: 3 });
    expect(toWaiting(failed, 2)).toEqual({ ...facts, retried: true, status: 'waiting', batch: 2, attempt: 0 });
    expect(toCancelled(toWaiting(failed, 2), 4)).toEqual({ ...facts, retried: true, status: 'cancelled', batch: 2, attempt: 0, finishedAt: 4 });
    // Kept through the upload and across a restart, so its end is still known as a retry's.
    const again = toDone(toUploading(toWaiting(failed, 2)), {}, 5);
    expect(restoredItem(savedForm(again))).toMatchObject({ status: 'done', retried: true });
  });

  it('puts the new provider’s verdict in place of the old one, keeping the outcome', () => {
    const failed = toFailed(toUploading(toWaiting(newItem(photo), 1)), failure, 3);
    const moved = withProvider(failed, 'assemblyai');
    expect(moved).toMatchObject({ status: 'failed', provider: 'assemblyai', error: failure, batch: 1, problem: { code: 'UNSUPPORTED_TYPE' } });
    const back = withProvider(moved, 'heygen');
    expect(back).toEqual({ ...photo, status: 'failed', batch: 1, attempt: 1, error: failure, finishedAt: 3 });
  });

  it('builds items of the same shape as the test factory does', () => {
    const started = toUploading(toWaiting(newItem(facts), 1));
    const keys = (item: QueueItem) => Object.keys(item).sort();
    const like = { formatId: 'wav', size: facts.size };
    expect(keys(queueItem('a', like))).toEqual(keys(newItem(facts)));
    expect(keys(queueItem('a', { status: 'waiting', ...like }))).toEqual(keys(toWaiting(newItem(facts), 1)));
    expect(keys(queueItem('a', { status: 'uploading', ...like }))).toEqual(keys(started));
    expect(keys(queueItem('a', { status: 'done', ...like }))).toEqual(keys(toDone(started, {}, 1)));
    expect(keys(queueItem('a', { status: 'processing', ...like }))).toEqual(keys(toProcessing(started, {}, 1)));
    expect(keys(queueItem('a', { status: 'failed', ...like }))).toEqual(keys(toFailed(started, failure, 1)));
    expect(keys(queueItem('a', { status: 'cancelled', ...like }))).toEqual(keys(toCancelled(started, 1)));
    expect(keys(queueItem('a', { status: 'interrupted', ...like }))).toEqual(keys(restoredItem(savedForm(started))));
  });
});

describe('an item as the next start finds it', () => {
  const idle = newItem(facts);
  const waiting = toWaiting(idle, 4);
  const uploading = withProgress(toUploading(waiting), { sent: 5, total: facts.size, speed: 2 });
  const restart = (item: QueueItem) => restoredItem(savedForm(item));

  it('starts nothing by itself: an upload that ran is interrupted, a file waiting its turn is not started', () => {
    expect(restart(uploading)).toEqual({ ...facts, status: 'interrupted', batch: 4, attempt: 1 });
    expect(restart(waiting)).toEqual({ ...facts, status: 'idle', attempt: 0 });
    expect(restart(idle)).toEqual(idle);
    expect(restart(restart(uploading))).toEqual(restart(uploading));
  });

  it('keeps outcomes as they were: the link, the error, the cancel', () => {
    const done = toDone(toUploading(waiting), { url: 'https://cdn.example/a', assetId: 'as_1' }, 9);
    const failed = toFailed(toUploading(waiting), failure, 9);
    const cancelled = toCancelled(waiting, 9);
    for (const item of [done, failed, cancelled]) expect(restart(item)).toEqual(item);
  });

  it('saves no progress and no verdict: both are worked out again', () => {
    expect(savedForm(uploading)).not.toHaveProperty('progress');
    const refused = withProvider(newItem(photo), 'assemblyai');
    expect(refused.problem?.code).toBe('UNSUPPORTED_TYPE');
    expect(savedForm(refused)).not.toHaveProperty('problem');
    expect(savedForm(refused)).not.toHaveProperty('caution');
    expect(restart(refused)).toEqual(refused);
  });

  it('keeps a problem with the file itself when the provider changes, unlike the provider’s verdict', () => {
    const gone = { code: 'FILE_NOT_FOUND', message: 'talk.wav is no longer there.' } as const;
    const interrupted = restart(uploading);
    if (!canRestart(interrupted)) throw new Error('an interrupted item can be restarted');
    const marked = withFileProblem(interrupted, gone);
    expect(isBlocked(marked)).toBe(true);
    expect(withProvider(marked, 'wavespeed').problem).toEqual(gone);
    expect(withProvider(withProvider(idle, 'heygen'), 'assemblyai').problem).toBeUndefined();
    expect(() => withFileProblem(idle, failure)).toThrow(/not a problem with the file/);
  });
});

describe('status predicates', () => {
  const all = [
    queueItem('idle'),
    queueItem('waiting', { status: 'waiting' }),
    queueItem('uploading', { status: 'uploading' }),
    queueItem('done', { status: 'done' }),
    queueItem('failed', { status: 'failed' }),
    queueItem('cancelled', { status: 'cancelled' }),
    queueItem('interrupted', { status: 'interrupted' }),
  ];
  const which = (test: (item: QueueItem) => boolean) => all.filter(test).map((item) => item.id);

  it('each names the statuses it stands for', () => {
    expect(which(isActive)).toEqual(['waiting', 'uploading']);
    expect(which(canRestart)).toEqual(['idle', 'failed', 'cancelled', 'interrupted']);
    expect(which(canRetry)).toEqual(['failed', 'interrupted']);
    expect(which(isStarted)).toEqual(['waiting', 'uploading', 'done', 'failed', 'cancelled', 'interrupted']);
    expect(which(isClearable)).toEqual(['done', 'cancelled']);
  });

  it('calls a file blocked only while it rests with a refusal', () => {
    const problem = { code: 'UNSUPPORTED_TYPE', message: 'HeyGen does not accept WAV audio files.' } as const;
    expect(isBlocked(queueItem('a', { problem }))).toBe(true);
    expect(isBlocked(queueItem('b', { status: 'failed', problem }))).toBe(true);
    expect(isBlocked(queueItem('c'))).toBe(false);
  });
});

/** Never called: what tsc -b must refuse. */
export function impossibleItems(): unknown[] {
  const waiting = toWaiting(newItem(facts), 1);
  return [
    // @ts-expect-error an idle file has no link
    queueItem('a', { result: { url: 'https://cdn.example/a' } }),
    // @ts-expect-error a file waiting for a slot has sent nothing
    queueItem('b', { status: 'waiting', progress: { sent: 1, total: 2, speed: 0 } }),
    // @ts-expect-error a finished upload has no error
    queueItem('c', { status: 'done', error: failure }),
    // @ts-expect-error a failed upload has no link
    queueItem('d', { status: 'failed', result: {} }),
    // @ts-expect-error a running upload cannot be refused by its provider: it would not have started
    queueItem('e', { status: 'uploading', problem: failure }),
    // @ts-expect-error an idle file has made no attempt
    queueItem('f', { attempt: 2 }),
    // @ts-expect-error only an upload that ran can be done
    toDone(waiting, {}, 1),
    // @ts-expect-error a running upload is cancelled, not restarted
    toWaiting(toUploading(waiting), 2),
    // @ts-expect-error an interrupted upload got no answer, so it has no link
    queueItem('g', { status: 'interrupted', result: {} }),
    // @ts-expect-error an interrupted upload is not running, so it has no progress
    queueItem('h', { status: 'interrupted', progress: { sent: 1, total: 2, speed: 0 } }),
  ];
}
