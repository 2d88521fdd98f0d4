// History's "Remove from history" and its Undo. Removing asks nothing (it only forgets a line of
// the list, the upload stays with the provider), so it must be easy to take back: main keeps the
// last few removed entries and puts one back on request. Main keeps them, not the window: an
// entry carries a path that Retry uploads, and the window must not be able to hand main a path
// of its own choosing as if it were history.

import type { HistoryEntry } from '../../../shared/history-types.ts';
import type { HandlerDeps, HistoryPort } from './call-ports.ts';
import { userFacing } from '../../../shared/i18n/error-words.ts';

// An Undo is offered for one removal at a time, in a toast that closes after seconds; a few
// more than one covers quick removals in a row without keeping a growing list.
const KEPT_FOR_UNDO = 20;

export interface HistoryRemovalDeps {
  readonly history: Pick<HistoryPort, 'remove' | 'restore'>;
  readonly emit: HandlerDeps['emit'];
}

export function historyRemoval(deps: HistoryRemovalDeps): {
  'history:remove': (args: { id: string }) => Promise<void>;
  'history:restore': (args: { id: string }) => Promise<void>;
} {
  const removed = new Map<string, HistoryEntry>();
  return {
    'history:remove': async ({ id }) => {
      const entry = await deps.history.remove(id);
      if (entry !== undefined) {
        removed.delete(id);
        removed.set(id, entry);
        // A Map iterates in insertion order: the first key is the oldest removal.
        for (const oldest of removed.keys()) {
          if (removed.size <= KEPT_FOR_UNDO) break;
          removed.delete(oldest);
        }
      }
      deps.emit('history:changed', undefined);
    },
    'history:restore': async ({ id }) => {
      const entry = removed.get(id);
      if (entry === undefined) throw userFacing('HISTORY_UNAVAILABLE', { key: 'errors:history.cannotRestore' });
      await deps.history.restore(entry);
      removed.delete(id);
      deps.emit('history:changed', undefined);
    },
  };
}
