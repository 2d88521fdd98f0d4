import type { CallArgs } from '../../shared/ipc-contract.ts';
import { askMain } from './ask-main.ts';
import { translator } from './i18n.ts';
import { receiveSettings } from './store/main-events.ts';
import { uploader } from './uploader-api.ts';

/** Saves a change and shows main's answer at once (the `settings:changed` event repeats it). */
export async function changeSettings(change: CallArgs<'settings:set'>): Promise<void> {
  const next = await askMain(translator.t('settings:saveFailed'), () => uploader()['settings:set'](change));
  if (next !== undefined) receiveSettings(next);
}
