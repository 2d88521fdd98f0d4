// The one door for files the person chose (a drop's ids, the "Add files…" dialog, Open with,
// Send to, the command line, the Dock or the menu-bar icon, a paste): network and device paths
// are refused by their text before any file access (network-paths.ts), the rest are queued for
// the providers named, or where new files go (the default provider and those chosen with it).

import { fileKey, newFileProviders } from '../../../shared/provider-groups.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import type { AddResult, RefusedPath } from '../../../shared/queue-types.ts';
import type { UploadQueue } from '../../core/queue/upload-queue.ts';
import { networkPathRefusal } from './network-paths.ts';
import type { SettingsStore } from '../settings/settings-store.ts';

/** `retried`: History's Retry adds a file back for another try (shared/queue-types.ts ItemFacts.retried). */
export type AddChosen = (paths: readonly string[], provider?: ProviderId | readonly ProviderId[], options?: { readonly retried?: boolean }) => Promise<AddResult>;

/**
 * What is not media at all (no media format in its bytes, or empty) is refused at the door like
 * a folder without media, not queued as a row that can never upload: the person hears once, in
 * the grouped "N items skipped" message, and the list holds only what could go somewhere.
 */
function notMedia(item: { readonly formatId?: string; readonly size: number }): boolean {
  return item.formatId === undefined || item.size === 0;
}

export function chosenFilesAdder(queue: Pick<UploadQueue, 'add' | 'get' | 'remove' | 'start'>, settings: Pick<SettingsStore, 'get'>, platform: NodeJS.Platform): AddChosen {
  return async (paths, provider, options = {}) => {
    const local: string[] = [];
    const refused: RefusedPath[] = [];
    for (const path of paths) {
      const refusal = networkPathRefusal(path, platform);
      if (refusal === undefined) local.push(path);
      else refused.push({ path, ...refusal });
    }
    if (local.length === 0) return { added: [], refused };
    const result = await queue.add(local, provider ?? newFileProviders(settings.get()), { retried: options.retried === true });
    const added: string[] = [];
    // A file sent to several providers has an item for each: it is said once.
    const said = new Set<string>();
    // Read before any is removed: removing a file's items one by one ungroups the last (fileKey).
    const items = result.added.map((id) => [id, queue.get(id)] as const);
    for (const [id, item] of items) {
      if (item === undefined || !notMedia(item)) {
        added.push(id);
        continue;
      }
      // Removed in the same turn it was added: the window's throttled patch never shows it.
      queue.remove(id);
      if (said.has(fileKey(item))) continue;
      said.add(fileKey(item));
      const { path, name } = item;
      const problem = item.status === 'idle' ? item.problem : undefined;
      refused.push(problem === undefined ? { path, name, message: `${name} is not an image, video or audio file.` } : { path, name, code: problem.code, message: problem.message });
    }
    // "Upload as soon as added": what can go starts now (a refused or key-less file fails or waits as usual).
    if (settings.get().uploadWhenAdded && added.length > 0) queue.start(added);
    return { added, refused: [...refused, ...result.refused] };
  };
}
