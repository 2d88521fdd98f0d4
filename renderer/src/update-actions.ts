// The window's two update buttons: both only ask main, which decides (electron/main/update/).

import { askMain } from './ask-main.ts';
import { translator } from './i18n.ts';
import { receiveUpdate } from './store/main-events.ts';
import { uploader } from './uploader-api.ts';

/** "Check for updates": main's answer shows at once (the `update:changed` events say the same). */
export async function checkForUpdates(): Promise<void> {
  const view = await askMain(translator.t('start:update.checkFailed'), () => uploader()['update:check']());
  if (view !== undefined) receiveUpdate(view);
}

/** "Restart to update": main's own quit, which asks first if files are uploading. */
export function restartToUpdate(): void {
  void askMain(translator.t('start:update.restartFailed'), () => uploader()['update:restart']());
}
