// Quitting while files upload would stop them. The question (what to ask, whether at all) is
// decided in batch-progress.ts and when to ask in quit-flow.ts, both tested without a desktop;
// this is only the native box.

import { dialog, type BrowserWindow } from 'electron';

/** True when the person chose to quit anyway. */
export function askBeforeQuit(win: BrowserWindow | undefined, question: string): boolean {
  const options = {
    type: 'warning' as const,
    message: question,
    detail: 'If you quit now, these uploads stop. They stay in the list as interrupted, and Retry sends them again.',
    buttons: ['Keep uploading', 'Quit anyway'],
    defaultId: 0,
    cancelId: 0,
  };
  const choice = win === undefined || win.isDestroyed() ? dialog.showMessageBoxSync(options) : dialog.showMessageBoxSync(win, options);
  return choice === 1;
}
