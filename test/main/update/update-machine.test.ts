// The update machine's decisions (electron/main/update/update-machine.ts), with the updater, the
// clock, the setting and the queue in the test's hands: when it checks, what a check leads to,
// and that a failure is never more than the line.

import { describe, expect, it } from 'vitest';
import type { UpdateView } from '../../../shared/update-types.ts';
import type { UpdateKind } from '../../../electron/main/update/install-kind.ts';
import { CHECK_EVERY_MS, START_DELAY_MS, UpdateMachine, type UpdaterPort } from '../../../electron/main/update/update-machine.ts';
import type { FoundVersion } from '../../../electron/main/update/update-words.ts';
import { manualTimers } from './manual-timers.ts';

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** An updater whose every answer the test gives, one check and one download at a time. */
function scriptedUpdater() {
  const calls: string[] = [];
  let check = deferred<FoundVersion | undefined>();
  let download = deferred<void>();
  let progress: ((percent: number) => void) | undefined;
  let lateFailure: ((error: unknown) => void) | undefined;
  const port: UpdaterPort = {
    current: '0.1.0',
    check: () => {
      calls.push('check');
      return check.promise;
    },
    download: (onProgress) => {
      calls.push('download');
      progress = onProgress;
      return download.promise;
    },
    onLateFailure: (listener) => {
      lateFailure = listener;
    },
  };
  return {
    port,
    calls,
    answerCheck(found: FoundVersion | undefined | Error) {
      const answering = check;
      check = deferred();
      if (found instanceof Error) answering.reject(found);
      else answering.resolve(found);
    },
    progress: (percent: number) => progress?.(percent),
    finishDownload(error?: Error) {
      const finishing = download;
      download = deferred();
      if (error === undefined) finishing.resolve();
      else finishing.reject(error);
    },
    failLate: (error: unknown) => lateFailure?.(error),
  };
}

function machineWith(options: { kind?: UpdateKind; automatic?: boolean; running?: boolean } = {}) {
  const updater = scriptedUpdater();
  const timers = manualTimers();
  const views: UpdateView[] = [];
  const state = { automatic: options.automatic ?? true, running: options.running ?? false };
  const kind = options.kind ?? { can: 'install', how: 'nsis' };
  const machine = new UpdateMachine({
    kind,
    updater: kind.can === 'nothing' ? undefined : updater.port,
    automatic: () => state.automatic,
    uploadsRunning: () => state.running,
    timers,
    changed: (view) => views.push(view),
  });
  return { machine, updater, timers, views, state };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const error = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('when the app looks for a new version', () => {
  it('first a minute after it starts, then every four hours after each answer', async () => {
    const { machine, updater, timers } = machineWith();
    machine.start();
    expect(timers.pending()).toEqual([START_DELAY_MS]);
    expect(updater.calls).toEqual([]);
    timers.fire();
    expect(updater.calls).toEqual(['check']);
    expect(timers.pending()).toEqual([]);
    updater.answerCheck(undefined);
    await settle();
    expect(machine.view().line).toBe('Media Uploader 0.1.0 is the newest version.');
    expect(timers.pending()).toEqual([CHECK_EVERY_MS]);
    // A failure waits for the next turn, as an answer does.
    timers.fire();
    updater.answerCheck(error('ENOTFOUND'));
    await settle();
    expect(timers.pending()).toEqual([CHECK_EVERY_MS]);
  });

  it('not by itself when the setting is off; turned on, soon; turned off, the waiting check is cancelled', () => {
    const { machine, timers, views, state } = machineWith({ automatic: false });
    machine.start();
    expect(timers.pending()).toEqual([]);
    expect(machine.view().line).toBe('Media Uploader 0.1.0. Automatic update checks are off.');
    state.automatic = true;
    machine.settingChanged();
    expect(timers.pending()).toEqual([START_DELAY_MS]);
    expect(views.at(-1)?.line).toBe('Media Uploader 0.1.0 looks for updates by itself.');
    machine.settingChanged();
    expect(timers.pending()).toEqual([START_DELAY_MS]);
    state.automatic = false;
    machine.settingChanged();
    expect(timers.pending()).toEqual([]);
  });

  it('"Check for updates" answers once the server has, works with the setting off, and is not repeated while one runs', async () => {
    const { machine, updater } = machineWith({ automatic: false });
    const first = machine.checkNow();
    const second = machine.checkNow();
    expect(await second).toEqual({ line: 'Looking for a new version…', canCheck: false });
    updater.answerCheck(undefined);
    expect(await first).toEqual({ line: 'Media Uploader 0.1.0 is the newest version.', canCheck: true });
    expect(updater.calls).toEqual(['check']);
  });

  it('never in a copy that cannot update itself, and says why', async () => {
    for (const [why, line] of [
      ['from-source', /^This copy runs from source/],
      ['no-address', /^This build has no update address/],
      ['unsupported', /^This copy cannot update itself/],
    ] as const) {
      const { machine, timers } = machineWith({ kind: { can: 'nothing', why } });
      machine.start();
      expect(timers.pending()).toEqual([]);
      const view = await machine.checkNow();
      expect(view.line).toMatch(line);
      expect(view.canCheck).toBe(false);
    }
    expect(() => new UpdateMachine({ kind: { can: 'install', how: 'nsis' }, updater: undefined, automatic: () => true, uploadsRunning: () => false, timers: manualTimers(), changed: () => undefined })).toThrow();
  });
});

describe('what a newer version leads to', () => {
  it('downloads it, with the line following whole percents, and offers it when nothing uploads', async () => {
    const { machine, updater, views, timers } = machineWith();
    const answered = machine.checkNow();
    updater.answerCheck({ version: '1.2.0', notes: 'Faster uploads.' });
    expect((await answered).line).toBe('Downloading version 1.2.0… 0%');
    const seen = views.length;
    updater.progress(12.2);
    updater.progress(12.9);
    updater.progress(40.5);
    expect(views.slice(seen).map((view) => view.line)).toEqual(['Downloading version 1.2.0… 12%', 'Downloading version 1.2.0… 40%']);
    updater.finishDownload();
    await settle();
    expect(machine.view()).toEqual({ line: 'Version 1.2.0 is ready. Restart Media Uploader to update.', canCheck: false, ready: { version: '1.2.0' }, notes: 'Faster uploads.', notesVersion: '1.2.0' });
    expect(machine.offered).toBe('1.2.0');
    // Nothing more is looked for until the app restarts into it.
    expect(timers.pending()).toEqual([]);
    await machine.checkNow();
    expect(updater.calls).toEqual(['check', 'download']);
  });

  it('found while files upload: downloaded, then offered only once the queue settles', async () => {
    const { machine, updater, state } = machineWith({ running: true });
    const answered = machine.checkNow();
    updater.answerCheck({ version: '1.2.0' });
    await answered;
    updater.finishDownload();
    await settle();
    expect(machine.view()).toEqual({ line: 'Version 1.2.0 is downloaded. It will be offered once the uploads have finished.', canCheck: false });
    machine.uploadsSettled();
    expect(machine.offered).toBeUndefined();
    state.running = false;
    machine.uploadsSettled();
    expect(machine.offered).toBe('1.2.0');
  });

  it('a download that fails is one quiet line, and the next turn tries again', async () => {
    for (const [failure, line] of [
      [error('ERR_CHECKSUM_MISMATCH', 'sha512 checksum mismatch'), 'Version 1.2.0 did not match its checksum, so it was thrown away unused. Media Uploader will try again later.'],
      [error('ERR_UPDATER_INVALID_SIGNATURE'), 'Version 1.2.0 was not signed by Media Uploader’s publisher, so it was thrown away unused.'],
      [error('EACCES'), 'Version 1.2.0 could not be saved or installed: Media Uploader may not write where it is installed, or the disk is full. Download the new version yourself.'],
      [new Error('net::ERR_INTERNET_DISCONNECTED'), 'Media Uploader could not reach its update server (is this computer offline?). It will try again later.'],
    ] as const) {
      const { machine, updater, timers } = machineWith();
      const answered = machine.checkNow();
      updater.answerCheck({ version: '1.2.0' });
      await answered;
      updater.finishDownload(failure);
      await settle();
      expect(machine.view()).toEqual({ line, canCheck: true });
      expect(machine.offered).toBeUndefined();
      expect(timers.pending()).toEqual([CHECK_EVERY_MS]);
    }
  });

  it('a refusal that comes after the download (Squirrel.Mac checking the signature) takes the offer back', async () => {
    const { machine, updater } = machineWith({ kind: { can: 'install', how: 'mac' } });
    const answered = machine.checkNow();
    updater.answerCheck({ version: '1.2.0' });
    await answered;
    updater.finishDownload();
    await settle();
    expect(machine.offered).toBe('1.2.0');
    updater.failLate(new Error('Code signature at URL file:///… did not pass validation'));
    expect(machine.offered).toBeUndefined();
    expect(machine.view().line).toBe('Media Uploader could not check for updates this time. It will try again later.');
  });

  it('a copy that cannot install says where the new version is instead of downloading it', async () => {
    const { machine, updater } = machineWith({ kind: { can: 'tell', why: 'unsigned-mac' } });
    const answered = machine.checkNow();
    updater.answerCheck({ version: '1.2.0' });
    expect((await answered).line).toBe('Version 1.2.0 is available. This copy is not signed with an Apple Developer ID, so macOS would refuse an update it installed itself: download the new version and replace the app.');
    expect(updater.calls).toEqual(['check']);
  });

  it('after stop(), late answers change nothing and nothing more is scheduled', async () => {
    const { machine, updater, views, timers } = machineWith();
    machine.start();
    const answered = machine.checkNow();
    machine.stop();
    const seen = views.length;
    updater.answerCheck({ version: '1.2.0' });
    await answered;
    await settle();
    expect(views).toHaveLength(seen);
    expect(updater.calls).toEqual(['check']);
    expect(timers.pending()).toEqual([]);
  });
});
