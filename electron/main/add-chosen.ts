// The one door for files the person chose (a drop's ids, the "Add files…" dialog, Open with,
// Send to, the command line, the Dock or the menu-bar icon, a paste): network and device paths
// are refused by their text before any file access (network-paths.ts), the rest are queued for
// the provider named, or the default one.

import type { ProviderId } from '../../shared/providers.ts';
import type { AddResult, RefusedPath } from '../../shared/queue-types.ts';
import type { UploadQueue } from '../core/upload-queue.ts';
import { networkPathRefusal } from './network-paths.ts';
import type { SettingsStore } from './settings-store.ts';

export type AddChosen = (paths: readonly string[], provider?: ProviderId) => Promise<AddResult>;

export function chosenFilesAdder(queue: Pick<UploadQueue, 'add'>, settings: Pick<SettingsStore, 'get'>, platform: NodeJS.Platform): AddChosen {
  return async (paths, provider) => {
    const local: string[] = [];
    const refused: RefusedPath[] = [];
    for (const path of paths) {
      const refusal = networkPathRefusal(path, platform);
      if (refusal === undefined) local.push(path);
      else refused.push({ path, ...refusal });
    }
    if (local.length === 0) return { added: [], refused };
    const result = await queue.add(local, provider ?? settings.get().defaultProvider);
    return refused.length === 0 ? result : { added: result.added, refused: [...refused, ...result.refused] };
  };
}
