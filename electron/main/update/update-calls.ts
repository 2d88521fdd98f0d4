// What the window's update calls reach (calls/call-ports.ts's UpdateCalls), over the updates
// index.ts opens once the app is ready: before that, and in a run without updates, they answer
// with an empty line and nothing to check. "Restart to update" acts only while a version is offered.

import type { UpdateView } from '../../../shared/update-types.ts';
import type { AppUpdates } from './app-updates.ts';

const NOTHING_YET: UpdateView = { line: '', canCheck: false };

export function updateCallsOver(current: () => AppUpdates | undefined, restart: { request(): void }) {
  return {
    view: (): UpdateView => current()?.machine.view() ?? NOTHING_YET,
    checkNow: async (): Promise<UpdateView> => (await current()?.machine.checkNow()) ?? NOTHING_YET,
    restart: (): void => void (current()?.machine.offered !== undefined && restart.request()),
    settingsChanged: (): void => current()?.machine.settingChanged(),
  };
}

/** The menu's "Check for updates…": its answer said as a notice (in the window, or as a notification). */
export async function checkFromMenu(current: () => AppUpdates | undefined, say: (line: string) => void): Promise<void> {
  const updates = current();
  if (updates === undefined) return;
  say((await updates.machine.checkNow()).line);
}
