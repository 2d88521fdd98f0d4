// The window's one store, made of slices. Main owns the truth; this is the view's copy of it,
// updated from main's events in main-events.ts and nowhere else. Each slice sets only its own
// fields, so it is typed by its own shape (StateCreator<ItsSlice>) and imports no AppState:
// app-state.ts imports the slices, never the reverse.

import { create } from 'zustand';
import type { AppState } from './app-state.ts';
import { createHistorySlice } from './history-slice.ts';
import { createPauseSlice } from './pause-slice.ts';
import { createQueueSlice } from './queue-slice.ts';
import { createSettingsSlice } from './settings-slice.ts';
import { createUiSlice } from './ui-slice.ts';
import { createUpdateSlice } from './update-slice.ts';

export type { AppState } from './app-state.ts';

export const useAppStore = create<AppState>()((...a) => ({
  ...createQueueSlice(...a),
  ...createPauseSlice(...a),
  ...createHistorySlice(...a),
  ...createSettingsSlice(...a),
  ...createUiSlice(...a),
  ...createUpdateSlice(...a),
}));
