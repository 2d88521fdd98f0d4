// Listens to main's events and asks for the current state once, so a reloaded window shows
// exactly what main holds. Returns a function that stops listening.

import type { UploaderApi } from '../../../shared/ipc-contract.ts';
import { systemLanguageIs, translator } from '../i18n.ts';
import { useAppStore } from './app-store.ts';
import { historyChanged, historyShown, loadHistory } from './history-loader.ts';
import { receiveKeys, receivePauseState, receiveQueuePatch, receiveSettings, receiveUpdate } from './main-events.ts';

export function connectToMain(api: UploaderApi): () => void {
  const stops = [
    api.on('queue:changed', receiveQueuePatch),
    api.on('queue:paused', receivePauseState),
    api.on('settings:changed', receiveSettings),
    api.on('update:changed', receiveUpdate),
    api.on('keys:changed', () => void refresh(api['keys:list']().then(receiveKeys), 'keys')),
    api.on('history:changed', () => void refresh(historyChanged(), 'history')),
    useAppStore.subscribe((state, before) => {
      if (state.tab === 'history' && before.tab !== 'history') void refresh(historyShown(), 'history');
    }),
    // Main says how grave it is; a notice that does not say is an error (shared/ipc-contract.ts).
    api.on('app:notice', ({ tone, title, lines }) => useAppStore.getState().pushNotice({ tone: tone ?? 'error', title, lines })),
  ];
  // Events first, then the state: a change that happens in between arrives as an event.
  // The answer is the whole queue whatever its flag says: a reload must not keep stale rows.
  void refresh(api['queue:get']().then((patch) => receiveQueuePatch({ ...patch, full: true })), 'queue');
  void refresh(api['queue:pause-state']().then(receivePauseState), 'paused');
  void refresh(api['settings:system-language']().then(({ language }) => systemLanguageIs(language)), 'settings');
  void refresh(api['settings:get']().then(receiveSettings), 'settings');
  void refresh(api['keys:list']().then(receiveKeys), 'keys');
  void refresh(api['update:get']().then(receiveUpdate), 'update');
  void refresh(loadHistory(useAppStore.getState().historySearch), 'history');
  return () => {
    for (const stop of stops) stop();
  };
}

/** What the window loads from main, by the sentence that says it could not (start:frame.loadFailed). */
type Loaded = 'queue' | 'paused' | 'settings' | 'keys' | 'update' | 'history';

async function refresh(work: Promise<void>, what: Loaded): Promise<void> {
  try {
    await work;
  } catch (error) {
    useAppStore.getState().pushNotice({
      tone: 'error',
      title: translator.t(`start:frame.loadFailed.${what}`),
      lines: [error instanceof Error ? error.message : String(error), translator.t('start:frame.loadFailedHelp')],
    });
  }
}
