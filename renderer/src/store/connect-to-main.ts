// Listens to main's events and asks for the current state once, so a reloaded window shows
// exactly what main holds. Returns a function that stops listening.

import type { UploaderApi } from '../../../shared/ipc-contract.ts';
import { systemLanguageIs } from '../i18n.ts';
import { useAppStore } from './app-store.ts';
import { historyChanged, historyShown, loadHistory } from './history-loader.ts';
import { receiveKeys, receivePauseState, receiveQueuePatch, receiveSettings, receiveUpdate } from './main-events.ts';

export function connectToMain(api: UploaderApi): () => void {
  const stops = [
    api.on('queue:changed', receiveQueuePatch),
    api.on('queue:paused', receivePauseState),
    api.on('settings:changed', receiveSettings),
    api.on('update:changed', receiveUpdate),
    api.on('keys:changed', () => void refresh(api['keys:list']().then(receiveKeys), 'your API keys')),
    api.on('history:changed', () => void refresh(historyChanged(), 'the history')),
    useAppStore.subscribe((state, before) => {
      if (state.tab === 'history' && before.tab !== 'history') void refresh(historyShown(), 'the history');
    }),
    // Main says how grave it is; a notice that does not say is an error (shared/ipc-contract.ts).
    api.on('app:notice', ({ tone, title, lines }) => useAppStore.getState().pushNotice({ tone: tone ?? 'error', title, lines })),
  ];
  // Events first, then the state: a change that happens in between arrives as an event.
  // The answer is the whole queue whatever its flag says: a reload must not keep stale rows.
  void refresh(api['queue:get']().then((patch) => receiveQueuePatch({ ...patch, full: true })), 'the upload list');
  void refresh(api['queue:pause-state']().then(receivePauseState), 'whether uploads are paused');
  void refresh(api['settings:system-language']().then(({ language }) => systemLanguageIs(language)), 'the settings');
  void refresh(api['settings:get']().then(receiveSettings), 'the settings');
  void refresh(api['keys:list']().then(receiveKeys), 'your API keys');
  void refresh(api['update:get']().then(receiveUpdate), 'whether a new version is ready');
  void refresh(loadHistory(useAppStore.getState().historySearch), 'the history');
  return () => {
    for (const stop of stops) stop();
  };
}

async function refresh(work: Promise<void>, what: string): Promise<void> {
  try {
    await work;
  } catch (error) {
    useAppStore.getState().pushNotice({
      tone: 'error',
      title: `The window could not load ${what}.`,
      lines: [error instanceof Error ? error.message : String(error), 'Close the window and open it again. If that does not help, restart the app.'],
    });
  }
}
