import type { StateCreator } from 'zustand';
import type { AppState } from './app-state.ts';
import type { QueueData } from './queue-patch.ts';

/** The window's copy of main's queue. Written only by main-events.ts, from main's patches. */
export interface QueueSlice extends QueueData {
  /** False until the first full answer, so a reload does not flash the empty drop zone. */
  readonly queueLoaded: boolean;
}

export const createQueueSlice: StateCreator<AppState, [], [], QueueSlice> = () => ({
  queueIds: [],
  queueById: new Map(),
  queueLoaded: false,
});
