// "Send the 62 images to memories.ai": where several files are refused by their provider, one
// click moves them all to a provider that takes them (each row has its own "Send to …" for one
// file), with Undo. They are not started: Upload all sends them, as after any change of provider.

import { useShallow } from 'zustand/react/shallow';
import { PROVIDERS } from '../../../shared/providers.ts';
import { moveFilesWithUndo } from '../move-files.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectBulkSend } from '../store/unsent-selectors.ts';

export function SendRefused() {
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
      Send the {bulk.count.toLocaleString()} {bulk.noun} to {PROVIDERS[bulk.provider].name}
    </button>
  );
}
