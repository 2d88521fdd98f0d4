// After the computer sleeps, its connections are as good as dead: the Wi-Fi came back with
// another address, a NAT forgot the mapping, the server gave up on us. Nothing says so at once:
// Node's timers run on a clock that stops during sleep, so a stalled upload would wait its whole
// stall timer (30 s) after waking, and a pooled connection would fail the next request. The app
// calls these from Electron's powerMonitor `suspend` and `resume` (electron/main/network/online-signal.ts):
// pooled connections are dropped, and uploads whose socket made no progress across the sleep are
// cut with a NETWORK error, which the retry loop (upload-file.ts) tries again on a fresh connection.

import { dropPooledConnections } from './http-client.ts';

/** One file being sent, as sleep sees it: how many bytes have left, and how to cut it. */
export interface LiveSend {
  sent(): number;
  cut(): void;
}

const live = new Set<LiveSend>();
/** Bytes sent by each upload when the computer went to sleep; none when no `suspend` was seen. */
let atSleep: Map<LiveSend, number> | undefined;

/** Registers an upload in flight; returns how to forget it once its attempt is over. */
export function watchSend(send: LiveSend): () => void {
  live.add(send);
  return () => live.delete(send);
}

/** Notes how far each upload got, so that waking can tell which made no progress since. */
export function goingToSleep(): void {
  atSleep = new Map([...live].map((send) => [send, send.sent()]));
}

/**
 * Drops the pooled connections and cuts the uploads that made no progress across the sleep:
 * with no `suspend` seen before (some systems do not send it), every upload in flight, since
 * none can have made progress while the computer slept. Returns how many were cut.
 */
export function resumedFromSleep(): number {
  dropPooledConnections();
  const before = atSleep;
  atSleep = undefined;
  let cut = 0;
  for (const send of [...live]) {
    // An upload that started after `suspend` was seen runs on a connection opened since.
    if (before !== undefined && !before.has(send)) continue;
    if (before !== undefined && before.get(send) !== send.sent()) continue;
    live.delete(send);
    send.cut();
    cut += 1;
  }
  return cut;
}
