// Moving several files not yet sent to another provider in one click ("Use X for all files not
// yet sent", "Send the 62 images to memories.ai"), with Undo in a toast: each file goes back
// to the provider it had.

import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import { askMain } from './ask-main.ts';
import { useAppStore } from './store/app-store.ts';
import { uploader } from './uploader-api.ts';

export function moveFilesWithUndo(ids: readonly string[], provider: ProviderId): void {
  const state = useAppStore.getState();
  if (ids.length === 0) return;
  const before = new Map<ProviderId, string[]>();
  for (const id of ids) {
    const item = state.queue?.queueById.get(id);
    if (item !== undefined) before.set(item.provider, [...(before.get(item.provider) ?? []), id]);
  }
  const name = PROVIDERS[provider].name;
  void askMain('The service could not be changed.', () => uploader()['queue:set-provider']({ ids: [...ids], provider })).then(() => {
    useAppStore.getState().pushNotice({
      tone: 'info',
      title: `${ids.length.toLocaleString()} ${ids.length === 1 ? 'file' : 'files'} will go to ${name}.`,
      lines: [],
      action: {
        label: 'Undo',
        run: () => {
          for (const [previous, moved] of before) {
            void askMain('The change could not be undone.', () => uploader()['queue:set-provider']({ ids: moved, provider: previous }));
          }
        },
      },
    });
  });
}
