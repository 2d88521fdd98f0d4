// The one module that writes what main reports into the store: queue patches, settings, key
// statuses and history pages. Components never set this data themselves; they ask main, and
// main's answer or event lands here.

import type { HistoryPage } from '../../../shared/history-types.ts';
import { PROVIDERS, PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import type { DoneItem, FailedItem, QueuePatch } from '../../../shared/queue-types.ts';
import type { KeyStatus, Settings } from '../../../shared/settings-types.ts';
import { useAppStore } from './app-store.ts';
import { applyQueuePatch, newlyFinished } from './queue-patch.ts';
import { selectQueueCounts } from './queue-selectors.ts';

export function receiveQueuePatch(patch: QueuePatch): void {
  const before = useAppStore.getState();
  useAppStore.setState({ ...applyQueuePatch(before, patch), queueLoaded: before.queueLoaded || patch.full });
  const finished = newlyFinished(before, patch);
  const sentence = finishedSentence(finished.done, finished.failed);
  if (sentence !== undefined) useAppStore.getState().announce(sentence);
}

function finishedSentence(done: readonly DoneItem[], failed: readonly FailedItem[]): string | undefined {
  if (done.length === 0 && failed.length === 0) return undefined;
  const parts: string[] = [];
  const [firstDone] = done;
  if (done.length === 1 && firstDone) parts.push(`${firstDone.name} uploaded to ${PROVIDERS[firstDone.provider].name}.`);
  else if (done.length > 1) parts.push(`${done.length} files uploaded.`);
  const [firstFailed] = failed;
  if (failed.length === 1 && firstFailed) parts.push(`${firstFailed.name} failed. ${firstFailed.error.message}`.trim());
  else if (failed.length > 1) parts.push(`${failed.length} uploads failed.`);
  const counts = selectQueueCounts(useAppStore.getState());
  if (counts.waiting === 0 && counts.uploading === 0) {
    parts.push(`All uploads finished: ${counts.done} done, ${counts.failed} failed.`);
  }
  return parts.join(' ');
}

export function receiveSettings(settings: Settings): void {
  useAppStore.setState({ settings, settingsLoaded: true });
}

export function receiveKeys(statuses: readonly KeyStatus[]): void {
  const keys: Partial<Record<ProviderId, KeyStatus>> = {};
  for (const status of statuses) if (PROVIDER_IDS.includes(status.provider)) keys[status.provider] = status;
  useAppStore.setState({ keys, keysLoaded: true });
}

/** The answer of `keys:set` or `keys:delete`, shown at once rather than after `keys:changed`. */
export function receiveKeyStatus(status: KeyStatus): void {
  useAppStore.setState((state) => ({ keys: { ...state.keys, [status.provider]: status } }));
}

/** A page of `history:list`: the first page replaces, later pages append. */
export function receiveHistoryPage(page: HistoryPage, search: string, mode: 'replace' | 'append'): void {
  if (mode === 'replace') {
    useAppStore.setState({ historyEntries: page.entries, historyTotal: page.total, historyLoadedSearch: search, historyLoaded: true });
    return;
  }
  useAppStore.setState((state) => {
    // A page can overlap what is loaded when entries arrived meanwhile: keep each id once.
    const known = new Set(state.historyEntries.map((entry) => entry.id));
    const fresh = page.entries.filter((entry) => !known.has(entry.id));
    return { historyEntries: [...state.historyEntries, ...fresh], historyTotal: page.total };
  });
}
