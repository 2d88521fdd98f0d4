// The one door for files the person chose (a drop's ids, the "Add files…" dialog, Open with,
// Send to, the command line, the Dock or the menu-bar icon, a paste): network and device paths
// are refused by their text before any file access (network-paths.ts), the rest are queued for
// the providers named, or where new files go (the default provider and those chosen with it).

import { fileKey, newFileProviders } from '../../../shared/provider-groups.ts';
import type { AppNotice } from '../../../shared/ipc-contract.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import type { AddResult, RefusedPath } from '../../../shared/queue-types.ts';
import { notAddedNotice } from '../../../shared/refusal-notice.ts';
import type { UploadQueue } from '../../core/queue/upload-queue.ts';
import { networkPathRefusal } from './network-paths.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { mainT } from '../settings/main-language.ts';

/**
 * `retried`: History's Retry adds a file back for another try (shared/queue-types.ts ItemFacts.retried).
 * `keyName`: which of the provider's keys the files go with (History's Retry: the one the try was made with).
 */
export type AddChosen = (paths: readonly string[], provider?: ProviderId | readonly ProviderId[], options?: { readonly retried?: boolean; readonly keyName?: string }) => Promise<AddResult>;

/**
 * What is not media at all (no media format in its bytes, or empty) is refused at the door like
 * a folder without media, not queued as a row that can never upload: the person hears once, in
 * the grouped "N items skipped" message, and the list holds only what could go somewhere.
 */
function notMedia(item: { readonly formatId?: string; readonly size: number }): boolean {
  return item.formatId === undefined || item.size === 0;
}

/**
 * Up to this many files, the answer waits until each was looked at (a fraction of a second), so
 * it says at once what was skipped. A bigger drop is answered as soon as its rows are in the
 * list, each "Checking…" until its file is looked at (queue-checks.ts); what turns out not to be
 * media is then taken out and told in one notice (issue 29: 10,000 files took 2.7–5 s to show).
 */
export const CHECKED_BEFORE_ANSWER = 500;

/** `notify`: where a big drop's skipped files are told once its files were looked at; without it, every add waits for its checks. */
/** `t`: main's translator now (main-language.ts); English without it. */
export function chosenFilesAdder(
  queue: Pick<UploadQueue, 'addChecking' | 'get' | 'remove' | 'start'>,
  settings: Pick<SettingsStore, 'get'>,
  platform: NodeJS.Platform,
  notify?: (notice: AppNotice) => void,
  t: () => Translate = englishT,
): AddChosen {
  /** Takes out what is not media, once looked at: the refusals, and the ids that stay. */
  const keepMedia = (ids: readonly string[]): { kept: string[]; refused: RefusedPath[] } => {
    const kept: string[] = [];
    const refused: RefusedPath[] = [];
    // A file sent to several providers has an item for each: it is said once.
    const said = new Set<string>();
    // Read before any is removed: removing a file's items one by one ungroups the last (fileKey).
    const items = ids.map((id) => [id, queue.get(id)] as const);
    for (const [id, item] of items) {
      if (item === undefined || !notMedia(item)) {
        if (item !== undefined) kept.push(id);
        continue;
      }
      // Removed in the same turn it was looked at: a small add's rows never show it.
      queue.remove(id);
      if (said.has(fileKey(item))) continue;
      said.add(fileKey(item));
      const { path, name } = item;
      const problem = item.status === 'idle' ? item.problem : undefined;
      refused.push(problem === undefined ? { path, name, message: t()('desktop:notice.notMedia', { name }) } : { path, name, code: problem.code, message: problem.message, ...(problem.values !== undefined && { values: problem.values }) });
    }
    return { kept, refused };
  };
  return async (paths, provider, options = {}) => {
    const local: string[] = [];
    const refused: RefusedPath[] = [];
    for (const path of paths) {
      const refusal = networkPathRefusal(path, platform);
      if (refusal === undefined) local.push(path);
      else refused.push({ path, ...refusal });
    }
    if (local.length === 0) return { added: [], refused };
    const adding = await queue.addChecking(local, provider ?? newFileProviders(settings.get()), { retried: options.retried === true, ...(options.keyName !== undefined && { keyName: options.keyName }) });
    // "Upload as soon as added": what can go starts now, or once looked at (a refused or key-less file fails or waits as usual).
    const startNow = (ids: readonly string[]): void => {
      if (settings.get().uploadWhenAdded && ids.length > 0) queue.start(ids);
    };
    if (notify === undefined || adding.added.length <= CHECKED_BEFORE_ANSWER) {
      const unreadable = await adding.checked;
      const { kept, refused: notMediaFiles } = keepMedia(adding.added);
      startNow(kept);
      return { added: kept, refused: [...refused, ...notMediaFiles, ...adding.refused, ...unreadable] };
    }
    startNow(adding.added);
    void adding.checked.then((unreadable) => {
      const notice = notAddedNotice(mainT(), [...keepMedia(adding.added).refused, ...unreadable]);
      if (notice !== undefined) notify({ tone: 'warning', ...notice });
    });
    return { added: adding.added, refused: [...refused, ...adding.refused] };
  };
}
