// Adding files to the queue, by drop, paste or the "Add files…" dialog, and telling the person
// about any file main could not take.

import { newFileProviders } from '../../shared/provider-groups.ts';
import type { ProviderId } from '../../shared/providers.ts';
import type { AddResult } from '../../shared/queue-types.ts';
import { notAddedNotice } from '../../shared/refusal-notice.ts';
import { askMain } from './ask-main.ts';
import { queueT } from './queue-numbers.ts';
import { useAppStore } from './store/app-store.ts';
import { registerDroppedFiles, uploader } from './uploader-api.ts';
import { translator } from './i18n.ts';

export async function addDroppedFiles(files: ArrayLike<File>): Promise<void> {
  const t = queueT();
  const result = await askMain(t('add.failed'), async () => {
    const ids = await registerDroppedFiles(files);
    if (ids.length === 0) return 'not on disk' as const;
    return uploader()['queue:add']({ files: ids, provider: newFilesGo() });
  });
  if (result === 'not on disk') {
    useAppStore.getState().pushNotice({
      tone: 'warning',
      title: t('add.notOnDisk'),
      lines: [t('add.notOnDiskLine')],
    });
  } else if (result !== undefined) reportAdded(result);
}

/**
 * Ctrl+V / Cmd+V in the window: files copied in a folder window arrive as `File`s with a path
 * and take a drop's road (the preload registers them with main); an image copied from a browser
 * or a screenshot tool has no path, and main reads it from the clipboard itself.
 */
export async function addPastedFiles(files: ArrayLike<File>): Promise<void> {
  const provider = newFilesGo();
  const t = queueT();
  const result = await askMain(t('add.pasteFailed'), async () => {
    const ids = files.length === 0 ? [] : await registerDroppedFiles(files);
    if (ids.length > 0) return uploader()['queue:add']({ files: ids, provider });
    return uploader()['queue:paste-image']({ provider });
  });
  if (result === undefined) return;
  if (result.added.length === 0 && result.refused.length === 0) {
    useAppStore.getState().pushNotice({
      tone: 'warning',
      title: t('add.nothingToPaste'),
      lines: [t('add.nothingToPasteLine')],
    });
  } else {
    reportAdded(result);
    focusFirstAdded(result);
  }
}

export async function addFilesWithDialog(): Promise<void> {
  const result = await askMain(queueT()('add.failed'), () =>
    uploader()['queue:add-dialog']({ provider: newFilesGo() }),
  );
  if (result === undefined) return;
  reportAdded(result);
  focusFirstAdded(result);
}

/** Where new files go (the default service first, then those chosen with it); before the settings have arrived, main sends them where its own settings say. */
function newFilesGo(): ProviderId[] | undefined {
  const { settings } = useAppStore.getState();
  return settings === undefined ? undefined : newFileProviders(settings);
}

/** Chosen with the keyboard as often as not: the focus goes on to the first new file. */
function focusFirstAdded(result: AddResult): void {
  const first = result.added[0];
  if (first !== undefined) useAppStore.setState({ focusItem: first });
}

function reportAdded(result: AddResult): void {
  const { showTab, pushNotice, announce } = useAppStore.getState();
  const added = result.added.length;
  if (added > 0) {
    showTab('queue');
    announce(queueT()('add.added', { count: added }));
  }
  const notice = notAddedNotice(translator.t, result.refused);
  if (notice !== undefined) pushNotice({ tone: 'warning', ...notice });
}
