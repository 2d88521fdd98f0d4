import type { StateCreator } from 'zustand';
import type { AppState } from './app-state.ts';

/** Whether main holds new uploads back (Pause in the tray or the window). Written only by main-events.ts. */
export interface PauseSlice {
  readonly paused: boolean;
}

export const createPauseSlice: StateCreator<AppState, [], [], PauseSlice> = () => ({
  paused: false,
});
