// The app's online signal and its waking from sleep, from Electron (issue 23). The queue waits
// while the computer is offline (electron/core/network/online-signal.ts) and drops connections that
// slept (electron/core/network/sleep-resume.ts); this feeds both from Electron's `net` and `powerMonitor`,
// seen through a narrow port so the rules are tested without Electron.
//
// Electron's `net` has `isOnline()` but no event for its changes (docs/api/net.md), so it is
// read every few seconds: it is Chromium's own cached answer (the one behind the window's
// `navigator.onLine`), cheap to read, and a few seconds is as soon as a person would notice.
// `false` is "a pretty strong indicator" of being offline; `true` is inconclusive, which is why
// an upload that fails while "online" still goes through its usual retries.

import { OnlineState, type OnlineSignal } from '../../core/network/online-signal.ts';

/** What this needs of Electron: `net.isOnline()` and powerMonitor's `suspend` and `resume`. */
export interface NetworkPort {
  isOnline(): boolean;
  onSuspend(listener: () => void): () => void;
  onResume(listener: () => void): () => void;
}

/** What waking does to the engine's connections (electron/core/network/sleep-resume.ts). */
export interface SleepHooks {
  goingToSleep(): void;
  resumedFromSleep(): number;
}

export interface ConnectionWatch {
  readonly signal: OnlineSignal;
  stop(): void;
}

// Two seconds: the row's "Waiting for the internet connection…" turns into progress about as
// soon as the Wi-Fi icon does, for a read that costs next to nothing.
export const ONLINE_POLL_MS = 2_000;

export interface WatchOptions {
  readonly sleep: SleepHooks;
  /** Calls `read` every `ms`; returns how to stop. setInterval in the app, by hand in tests. */
  readonly every?: (ms: number, read: () => void) => () => void;
}

export function watchConnection(port: NetworkPort, options: WatchOptions): ConnectionWatch {
  const state = new OnlineState(port.isOnline());
  const read = (): void => state.set(port.isOnline());
  const every = options.every ?? ((ms, fn) => {
    const timer = setInterval(fn, ms);
    // A read every two seconds must not keep the app alive on its own at quit.
    timer.unref();
    return () => clearInterval(timer);
  });
  const stopPolling = every(ONLINE_POLL_MS, read);
  const stopSuspend = port.onSuspend(() => options.sleep.goingToSleep());
  const stopResume = port.onResume(() => {
    // Read first: a computer that wakes offline should not start the cut uploads' retries.
    read();
    options.sleep.resumedFromSleep();
  });
  return {
    signal: state,
    stop: () => {
      stopPolling();
      stopSuspend();
      stopResume();
    },
  };
}
