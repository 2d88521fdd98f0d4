// Quitting while files upload would stop them. The question (what to ask, whether at all) is
// decided in batch-progress.ts and when to ask in quit-flow.ts, both tested without a desktop;
// this is only the native box.

import { dialog, type BrowserWindow } from 'electron';
import type { Translate } from '../../../shared/i18n/translator.ts';

/** True when the person chose to quit anyway. `t`: main's translator (main-language.ts). */
export function askBeforeQuit(win: BrowserWindow | undefined, question: string, t: Translate): boolean {
  const options = {
    type: 'warning' as const,
    message: question,
    detail: t('desktop:quit.detail'),
    buttons: [t('desktop:quit.keepUploading'), t('desktop:quit.quitAnyway')],
    defaultId: 0,
    cancelId: 0,
  };
  const choice = win === undefined || win.isDestroyed() ? dialog.showMessageBoxSync(options) : dialog.showMessageBoxSync(win, options);
  return choice === 1;
}
