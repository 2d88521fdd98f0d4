import type { StateCreator } from 'zustand';
import type { ProviderId } from '../../../shared/providers.ts';
import type { KeyStatus, Settings } from '../../../shared/settings-types.ts';

/** Settings and key statuses as main reports them. Written only by main-events.ts. */
export interface SettingsSlice {
  /** Undefined until main has answered: the window never acts on settings it only guessed. */
  readonly settings: Settings | undefined;
  /** What main says about each provider's key, never the key itself; undefined until it has said. */
  readonly keys: Readonly<Partial<Record<ProviderId, KeyStatus>>> | undefined;
}

export const createSettingsSlice: StateCreator<SettingsSlice> = () => ({
  settings: undefined,
  keys: undefined,
});
