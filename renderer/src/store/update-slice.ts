import type { StateCreator } from 'zustand';
import type { UpdateView } from '../../../shared/update-types.ts';

/** Updating the app itself, as main reports it (electron/main/update/). Written only by main-events.ts. */
export interface UpdateSlice {
  /** Undefined until main has answered. */
  readonly update: UpdateView | undefined;
}

export const createUpdateSlice: StateCreator<UpdateSlice> = () => ({
  update: undefined,
});
