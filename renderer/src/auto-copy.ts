// "Copy its link automatically" (settings.copyLinkWhenDone): when a batch of one file ends
// done, its link (or asset ID) goes to the clipboard, as ShareX and Dropzone do. A batch of
// several never does: it would overwrite the clipboard once per file.

import { PROVIDERS, resultText } from '../../shared/providers.ts';
import type { DoneItem } from '../../shared/queue-types.ts';
import { useAppStore } from './store/app-store.ts';

export function copyIfSingleUpload(done: readonly DoneItem[]): void {
  const state = useAppStore.getState();
  const [item] = done;
  if (done.length !== 1 || item === undefined || state.settings?.copyLinkWhenDone !== true) return;
  const queue = state.queue;
  if (queue === undefined) return;
  for (const other of queue.queueById.values()) {
    if (other.id === item.id) continue;
    // Others of its batch, finished or still running: not a single upload.
    if (other.status !== 'idle' && other.batch === item.batch) return;
  }
  const text = resultText(PROVIDERS[item.provider], item.result);
  if (text === undefined) return;
  const what = text === item.result.url ? 'link' : 'asset ID';
  navigator.clipboard.writeText(text).then(
    () => {
      // The toast is a status region: screen readers hear it too.
      state.pushNotice({ tone: 'info', title: `The ${what} for ${item.name} was copied.`, lines: ['Paste it where you need it.'] });
    },
    () => undefined,
  );
}
