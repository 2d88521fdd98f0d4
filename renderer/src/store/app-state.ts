import type { HistorySlice } from './history-slice.ts';
import type { PauseSlice } from './pause-slice.ts';
import type { QueueSlice } from './queue-slice.ts';
import type { SettingsSlice } from './settings-slice.ts';
import type { UiSlice } from './ui-slice.ts';
import type { UpdateSlice } from './update-slice.ts';

export type AppState = QueueSlice & PauseSlice & HistorySlice & SettingsSlice & UiSlice & UpdateSlice;
