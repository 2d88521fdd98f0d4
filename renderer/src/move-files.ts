// Moving several files not yet sent to another provider in one click ("Use X for all files not
// yet sent", "Send the 62 images to memories.ai"), with Undo in a toast: each file goes back
// to the provider it had.

import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import { askMain } from './ask-main.ts';
import { queueT } from './queue-numbers.ts';
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
  const t = queueT();
  void askMain(t('move.failed'), () => uploader()['queue:set-provider']({ ids: [...ids], provider })).then(() => {
    useAppStore.getState().pushNotice({
      tone: 'info',
      title: t('move.moved', { count: ids.length, service: name }),
      lines: [],
      action: {
        label: t('move.undo'),
        run: () => {
          for (const [previous, moved] of before) {
            void askMain(t('move.undoFailed'), () => uploader()['queue:set-provider']({ ids: moved, provider: previous }));
          }
        },
      },
    });
  });
}
