// Whether the computer has a connection, as the engine's port: the app feeds it from Electron's
// `net.isOnline()` and its changes (electron/main/network/online-signal.ts), a test flips it by hand.
// Offline is a state, not a failure (DESIGN.md: Networks): the queue starts nothing while it
// lasts, and an upload cut by it waits for it to end instead of spending its retries.

export interface OnlineSignal {
  readonly online: boolean;
  /** Calls `listener` on every change; returns how to stop. */
  onChange(listener: (online: boolean) => void): () => void;
}

/** A signal whose value is set from outside: by the app's glue, or by a test. */
export class OnlineState implements OnlineSignal {
  #online: boolean;
  readonly #listeners = new Set<(online: boolean) => void>();

  constructor(online = true) {
    this.#online = online;
  }

  get online(): boolean {
    return this.#online;
  }

  set(online: boolean): void {
    if (online === this.#online) return;
    this.#online = online;
    for (const listener of [...this.#listeners]) listener(online);
  }

  onChange(listener: (online: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Resolves at once when online, else when the signal says so; rejects with the abort's reason. */
export function whenOnline(signal: OnlineSignal, abort?: AbortSignal): Promise<void> {
  if (signal.online) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (abort?.aborted) return reject(abort.reason);
    const stop = signal.onChange((online) => {
      if (!online) return;
      done();
      resolve();
    });
    const onAbort = (): void => {
      done();
      reject(abort?.reason);
    };
    const done = (): void => {
      stop();
      abort?.removeEventListener('abort', onAbort);
    };
    abort?.addEventListener('abort', onAbort, { once: true });
  });
}
