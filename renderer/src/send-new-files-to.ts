// "Send new files to" (the toolbar, the empty queue, Settings' "Default service"): a service, and
// where it has several keys, one of them ("HeyGen — Work"). Choosing a key makes it the service's
// default key (keys:set-default): new files, and the command line without --key, then use it.
// One default per service, so the window and the terminal never disagree about which key is meant.

import type { ProviderId } from '../../shared/providers.ts';
import { askMain } from './ask-main.ts';
import { changeSettings } from './change-settings.ts';
import { queueT } from './queue-numbers.ts';
import { useAppStore } from './store/app-store.ts';
import { selectDefaultKeyName } from './store/key-selectors.ts';
import { receiveKeyStatus } from './store/main-events.ts';
import { uploader } from './uploader-api.ts';

export async function sendNewFilesTo(provider: ProviderId, keyName: string | undefined): Promise<void> {
  const state = useAppStore.getState();
  if (state.settings?.defaultProvider !== provider) await changeSettings({ defaultProvider: provider });
  if (keyName === undefined || keyName === selectDefaultKeyName(state, provider)) return;
  const status = await askMain(queueT()('move.defaultKeyFailed'), () => uploader()['keys:set-default']({ provider, name: keyName }));
  if (status !== undefined) receiveKeyStatus(status);
}
