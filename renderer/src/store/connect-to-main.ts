// Listens to main's events and asks for the current state once, so a reloaded window shows
// exactly what main holds. Returns a function that stops listening.

import type { UploaderApi } from '../../../shared/ipc-contract.ts';
import { systemLanguageIs, translator } from '../i18n.ts';
import { useAppStore } from './app-store.ts';
import { historyChanged, historyShown, loadHistory } from './history-loader.ts';
import { receiveKeys, receivePauseState, receiveQueueHead, receiveQueuePatch, receiveSettings, receiveUpdate } from './main-events.ts';

/** Rows drawn from the queue's head: more than the tallest window shows (rows are 60 px or more, queue-words.ts). */
const HEAD_ROWS = 100;

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
  // The small answers first, the whole queue last: answers come back in the order asked, and a
  // 10,000-file list is ~3 MB to clone, which would hold up the language the first paint waits
  // for (i18n.ts). Until the whole queue is here, its head draws the rows on screen (issue 29).
  // The answer is the whole queue whatever its flag says: a reload must not keep stale rows.
  void refresh(api['settings:system-language']().then(({ language }) => systemLanguageIs(language)), 'settings');
  void refresh(api['settings:get']().then(receiveSettings), 'settings');
  void refresh(api['queue:head']({ count: HEAD_ROWS }).then(receiveQueueHead), 'queue');
  void refresh(api['queue:pause-state']().then(receivePauseState), 'paused');
  void refresh(api['keys:list']().then(receiveKeys), 'keys');
  void refresh(api['update:get']().then(receiveUpdate), 'update');
  void refresh(loadHistory(useAppStore.getState().historySearch), 'history');
  void refresh(api['queue:get']().then((patch) => receiveQueuePatch({ ...patch, full: true })), 'queue');
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
