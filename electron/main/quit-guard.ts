// Closing the app while files upload would cancel them silently. Ask first, in plain words;
// whether to ask, and what, is decided in batch-progress.ts, tested without a desktop.

import { dialog, type BrowserWindow } from 'electron';
import type { QueueItem } from '../../shared/queue-types.ts';
import { quitQuestion } from './batch-progress.ts';

/** True when nothing is uploading, or the person chose to quit anyway. */
export function mayQuit(win: BrowserWindow | undefined, items: readonly QueueItem[]): boolean {
  const question = quitQuestion(items);
  if (question === undefined) return true;
  const options = {
    type: 'warning' as const,
    message: question,
    detail: 'If you quit now, these uploads stop and you will need to start them again.',
    buttons: ['Keep uploading', 'Quit anyway'],
    defaultId: 0,
    cancelId: 0,
  };
  const choice = win === undefined || win.isDestroyed() ? dialog.showMessageBoxSync(options) : dialog.showMessageBoxSync(win, options);
  return choice === 1;
}
