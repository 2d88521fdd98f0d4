// The app's online signal from Electron's `net.isOnline()`, and powerMonitor's suspend and
// resume passed on to the engine (electron/main/network/online-signal.ts), through its narrow port.

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ONLINE_POLL_MS, watchConnection, type NetworkPort } from '../../../electron/main/network/online-signal.ts';

function fakeElectron(online: boolean) {
  const power = new EventEmitter();
  const state = { online };
  const port: NetworkPort = {
    isOnline: () => state.online,
    onSuspend: (listener) => (power.on('suspend', listener), () => power.off('suspend', listener)),
    onResume: (listener) => (power.on('resume', listener), () => power.off('resume', listener)),
  };
  const reads: (() => void)[] = [];
  const every = (ms: number, read: () => void): (() => void) => {
    expect(ms).toBe(ONLINE_POLL_MS);
    reads.push(read);
    return () => reads.splice(reads.indexOf(read), 1);
  };
  const calls: string[] = [];
  const sleep = { goingToSleep: () => void calls.push('sleep'), resumedFromSleep: () => (calls.push(`resume online=${String(state.online)}`), 0) };
  return { power, state, port, every, reads, calls, sleep, poll: () => reads.forEach((read) => read()) };
}

describe('watchConnection', () => {
  it('starts from net.isOnline() and follows its changes, telling listeners once per change', () => {
    const electron = fakeElectron(false);
    const watch = watchConnection(electron.port, { sleep: electron.sleep, every: electron.every });
    expect(watch.signal.online).toBe(false);
    const seen: boolean[] = [];
    watch.signal.onChange((online) => seen.push(online));
    electron.poll();
    electron.state.online = true;
    electron.poll();
    electron.poll();
    electron.state.online = false;
    electron.poll();
    expect(seen).toEqual([true, false]);
  });

  it('passes suspend on, and on resume reads the connection before the engine drops what slept', () => {
    const electron = fakeElectron(true);
    const watch = watchConnection(electron.port, { sleep: electron.sleep, every: electron.every });
    electron.power.emit('suspend');
    electron.state.online = false;
    electron.power.emit('resume');
    expect(electron.calls).toEqual(['sleep', 'resume online=false']);
    expect(watch.signal.online).toBe(false);
  });

  it('stops polling and listening when stopped', () => {
    const electron = fakeElectron(true);
    const watch = watchConnection(electron.port, { sleep: electron.sleep, every: electron.every });
    watch.stop();
    expect(electron.reads).toHaveLength(0);
    electron.power.emit('suspend');
    electron.power.emit('resume');
    expect(electron.calls).toEqual([]);
  });
});
