// History's "Delete from memories.ai": deletes an upload from the provider, after asking the
// person in a native dialog (in main, so a page cannot delete what it likes), and marks the
// history entry removed. Where the provider offers no way to delete, the window says so itself
// (shared/providers.ts deletionNotOffered) and main refuses with the same sentence.

import { deletionNotOfferedWords, PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { deleteUpload } from '../../core/sending/remote-delete.ts';
import type { KeyBook } from '../../core/keys/key-book.ts';
import { usedKeyOfEntry } from '../../../shared/history-types.ts';
import type { DesktopPort, HandlerDeps, HistoryPort, SettingsPort } from './call-ports.ts';
import { userFacing } from '../../../shared/i18n/error-words.ts';

export interface ProviderDeleteDeps {
  readonly history: Pick<HistoryPort, 'all' | 'amend'>;
  /** The key that made the upload, by its id (key-book.ts): only its account can delete it. */
  readonly keyBook: Pick<KeyBook, 'forEarlierUpload'>;
  readonly settings: Pick<SettingsPort, 'get'>;
  readonly desktop: Pick<DesktopPort, 'confirmDeleteUpload'>;
  baseUrl?(provider: ProviderId): string | undefined;
  readonly emit: HandlerDeps['emit'];
}

/** The handler of `history:delete-upload`: `deleted` false when the person chose to keep it. */
export function providerDelete(deps: ProviderDeleteDeps): (args: { id: string }) => Promise<{ deleted: boolean }> {
  return async ({ id }) => {
    const entry = deps.history.all().find((e) => e.id === id);
    if (entry === undefined) throw userFacing('HISTORY_UNAVAILABLE', { key: 'errors:history.entryGone' });
    const info = PROVIDERS[entry.provider];
    const notOffered = deletionNotOfferedWords(info);
    if (notOffered !== undefined) throw userFacing('FORBIDDEN', notOffered);
    if (!entry.ok || entry.assetId === undefined) throw userFacing('FORBIDDEN', { key: 'errors:nothingToDelete', values: { file: entry.name, provider: info.name } });
    if (entry.removedAt !== undefined) return { deleted: true };
    const baseUrl = deps.baseUrl?.(entry.provider);
    const region = deps.settings.get().regions[entry.provider];
    // Before the question: a key that is gone is said at once, and nothing is asked for nothing.
    const chosen = await deps.keyBook.forEarlierUpload(entry.provider, usedKeyOfEntry(entry), entry.name);
    if (!(await deps.desktop.confirmDeleteUpload(info.name, entry.name))) return { deleted: false };
    await deleteUpload({
      provider: entry.provider, assetId: entry.assetId, key: chosen?.key,
      ...(baseUrl !== undefined && { baseUrl }), ...(region !== undefined && { region }),
    });
    await deps.history.amend(entry.id, { removedAt: new Date().toISOString() });
    deps.emit('history:changed', undefined);
    return { deleted: true };
  };
}
