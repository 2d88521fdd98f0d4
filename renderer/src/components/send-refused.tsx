// "Send the 62 images to memories.ai": where several files are refused by their provider, one
// click moves them all to a provider that takes them (each row has its own "Send to …" for one
// file), with Undo. They are not started: Upload all sends them, as after any change of provider.

import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PROVIDERS } from '../../../shared/providers.ts';
import { moveFilesWithUndo } from '../move-files.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectBulkSend } from '../store/unsent-selectors.ts';

// The store names the files by their English plural (unsent-selectors.ts BulkSend.noun); the
// button's words, by the catalogue's key for that kind.
const KIND_OF_NOUN: Readonly<Record<string, string>> = { images: 'image', videos: 'video', 'audio files': 'audio' };

export function SendRefused() {
  const { t } = useTranslation('queue');
  const bulk = useAppStore(useShallow((s) => {
    const found = selectBulkSend(s);
    return found === undefined ? undefined : { provider: found.provider, count: found.ids.length, noun: found.noun };
  }));
  if (bulk === undefined) return null;
  const send = () => {
    const now = selectBulkSend(useAppStore.getState());
    if (now !== undefined) moveFilesWithUndo(now.ids, now.provider);
  };
  return (
    <button type="button" className="button" onClick={send}>
      {t(`refused.${KIND_OF_NOUN[bulk.noun] ?? 'file'}`, { count: bulk.count, service: PROVIDERS[bulk.provider].name })}
    </button>
  );
}
