import type { StateCreator } from 'zustand';
import type { ProviderId } from '../../../shared/providers.ts';
import { DEFAULT_SETTINGS, type KeyStatus, type Settings } from '../../../shared/settings-types.ts';
import type { AppState } from './app-state.ts';

/** Settings and key statuses as main reports them. Written only by main-events.ts. */
export interface SettingsSlice {
  readonly settings: Settings;
  readonly settingsLoaded: boolean;
  /** What main says about each provider's key; never the key itself. */
  readonly keys: Readonly<Partial<Record<ProviderId, KeyStatus>>>;
  readonly keysLoaded: boolean;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = () => ({
  settings: DEFAULT_SETTINGS,
  settingsLoaded: false,
  keys: {},
  keysLoaded: false,
});
