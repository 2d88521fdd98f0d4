// The one module that writes what main reports into the store: queue patches, settings, key
// statuses and history pages. Components never set this data themselves; they ask main, and
// main's answer or event lands here. A single upload's link is copied by main, not here
// (electron/main/app/auto-copy.ts): Chromium refuses the clipboard to a window without focus.

import { languageSettingIs, translator } from '../i18n.ts';
import { errorWords } from '../../../shared/i18n/error-words.ts';
import type { HistoryPage } from '../../../shared/history-types.ts';
import type { PauseState } from '../../../shared/ipc-contract.ts';
import { PROVIDERS, PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import type { DoneItem, FailedItem, QueueHead, QueuePatch } from '../../../shared/queue-types.ts';
import type { KeyStatus, Settings } from '../../../shared/settings-types.ts';
import type { UpdateView } from '../../../shared/update-types.ts';
import { useAppStore, type AppState } from './app-store.ts';
import { applyQueueHead, applyQueuePatch, newlyFinished, type QueueData } from './queue-patch.ts';
import { selectOverallProgress, selectQueueCounts } from './queue-selectors.ts';

/** The queue's head, for the first paint (connect-to-main.ts): drawn until the whole queue is here. */
export function receiveQueueHead(head: QueueHead): void {
  const before = useAppStore.getState();
  const queue = applyQueueHead(before.queue, head);
  if (queue !== before.queue) useAppStore.setState({ queue });
}

export function receiveQueuePatch(patch: QueuePatch): void {
  const before = useAppStore.getState();
  // Read before the patch lands: applyQueuePatch changes the items' map in place.
  const finished = newlyFinished(before.queue, patch);
  const queue = applyQueuePatch(before.queue, patch);
  useAppStore.setState({ queue, expandedIds: stillListed(before.expandedIds, queue) });
  const overall = selectOverallProgress(useAppStore.getState());
  if (overall.active && overall.bytesPerSecond > 0) useAppStore.setState({ lastSpeed: overall.bytesPerSecond });
  const sentence = finishedSentence(finished.done, finished.failed);
  if (sentence !== undefined) useAppStore.getState().announce(sentence);
}

/** Rows that left the queue leave the open-details set too, so it holds only rows that exist. */
function stillListed(expanded: AppState['expandedIds'], queue: QueueData | undefined): AppState['expandedIds'] {
  const gone = Object.keys(expanded).filter((id) => queue?.queueById.has(id) !== true);
  if (gone.length === 0) return expanded;
  const kept = { ...expanded };
  for (const id of gone) delete kept[id];
  return kept;
}

function finishedSentence(done: readonly DoneItem[], failed: readonly FailedItem[]): string | undefined {
  if (done.length === 0 && failed.length === 0) return undefined;
  const { t } = translator;
  const parts: string[] = [];
  const [firstDone] = done;
  if (done.length === 1 && firstDone) parts.push(t('start:frame.finished.one', { name: firstDone.name, service: PROVIDERS[firstDone.provider].name }));
  else if (done.length > 1) parts.push(t('start:frame.finished.several', { count: done.length }));
  const [firstFailed] = failed;
  if (failed.length === 1 && firstFailed) parts.push(t('start:frame.finished.oneFailed', { name: firstFailed.name, reason: errorWords(translator.t, firstFailed.error) }).trim());
  else if (failed.length > 1) parts.push(t('start:frame.finished.severalFailed', { count: failed.length }));
  const counts = selectQueueCounts(useAppStore.getState());
  if (counts.waiting === 0 && counts.uploading === 0) {
    parts.push(t('start:frame.finished.all', { done: counts.done, failed: counts.failed }));
  }
  return parts.join(' ');
}

export function receivePauseState({ paused }: PauseState): void {
  useAppStore.setState({ paused });
}

export function receiveSettings(settings: Settings): void {
  languageSettingIs(settings.language);
  useAppStore.setState({ settings });
}

export function receiveUpdate(update: UpdateView): void {
  useAppStore.setState({ update });
}

export function receiveKeys(statuses: readonly KeyStatus[]): void {
  const keys: Partial<Record<ProviderId, KeyStatus>> = {};
  for (const status of statuses) if (PROVIDER_IDS.includes(status.provider)) keys[status.provider] = status;
  useAppStore.setState({ keys });
}

/** The answer of `keys:set` or `keys:delete`, shown at once rather than after `keys:changed`. */
export function receiveKeyStatus(status: KeyStatus): void {
  useAppStore.setState((state) => ({ keys: { ...state.keys, [status.provider]: status } }));
}

/** A page of `history:list`: the first page replaces, later pages append. */
export function receiveHistoryPage(page: HistoryPage, search: string, mode: 'replace' | 'append'): void {
  const counts = { total: page.total, uploaded: page.uploaded, failed: page.failed };
  if (mode === 'replace') {
    useAppStore.setState({ history: { search, entries: page.entries, ...counts, uploadedLater: new Set(page.uploadedLater) } });
    return;
  }
  useAppStore.setState(({ history }) => {
    // A next page belongs to the first one loaded; without it there is nothing to add to.
    if (history === undefined || history.search !== search) return {};
    // A page can overlap what is loaded when entries arrived meanwhile: keep each id once.
    const known = new Set(history.entries.map((entry) => entry.id));
    const fresh = page.entries.filter((entry) => !known.has(entry.id));
    const uploadedLater = page.uploadedLater.length === 0 ? history.uploadedLater : new Set([...history.uploadedLater, ...page.uploadedLater]);
    return { history: { search, entries: [...history.entries, ...fresh], ...counts, uploadedLater } };
  });
}
