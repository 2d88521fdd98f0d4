import type { StateCreator } from 'zustand';

/** Whether main holds new uploads back (Pause in the tray or the window). Written only by main-events.ts. */
export interface PauseSlice {
  readonly paused: boolean;
}

export const createPauseSlice: StateCreator<PauseSlice> = () => ({
  paused: false,
});
