import type { StateCreator } from 'zustand';
import type { QueueData } from './queue-patch.ts';

/** The window's copy of main's queue. Written only by main-events.ts, from main's patches. */
export interface QueueSlice {
  /** Undefined until main's first whole answer, so a reload does not flash the empty drop zone. */
  readonly queue: QueueData | undefined;
}

export const createQueueSlice: StateCreator<QueueSlice> = () => ({
  queue: undefined,
});
