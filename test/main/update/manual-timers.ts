// The update machine's clock, turned by hand: what is scheduled is listed, and runs only when a
// test says so, so no test waits for a minute or four hours, or depends on how long anything takes.

import type { Timers } from '../../../electron/main/update/update-machine.ts';

export interface ManualTimers extends Timers {
  /** Delays of what is scheduled now, in the order it was scheduled. */
  pending(): number[];
  /** Runs what is scheduled (the delays pass). */
  fire(): void;
}

export function manualTimers(): ManualTimers {
  let next = 0;
  const scheduled = new Map<number, { run: () => void; ms: number }>();
  return {
    set(run, ms) {
      next += 1;
      scheduled.set(next, { run, ms });
      return next;
    },
    clear: (handle) => void scheduled.delete(handle as number),
    pending: () => [...scheduled.values()].map((timer) => timer.ms),
    fire() {
      const due = [...scheduled.values()];
      scheduled.clear();
      for (const timer of due) timer.run();
    },
  };
}
