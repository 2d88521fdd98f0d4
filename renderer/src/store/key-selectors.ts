// What the window knows of each service's saved keys (names, ids, states: never a key), as main
// reports them (shared/settings-types.ts KeyStatus). A service with one key keeps today's simpler
// look; its keys are named in menus only where it has more than one.

import type { ProviderId } from '../../../shared/providers.ts';
import type { SavedKeyStatus } from '../../../shared/settings-types.ts';
import type { AppState } from './app-state.ts';

const NONE: readonly SavedKeyStatus[] = [];

/** The service's saved keys, in the order they were added; none before main has said. */
export function selectSavedKeys(state: Pick<AppState, 'keys'>, provider: ProviderId): readonly SavedKeyStatus[] {
  return state.keys?.[provider]?.keys ?? NONE;
}

/** Whether menus name the service's keys ("HeyGen — Work"): only where there is a choice. */
export function selectHasKeyChoice(state: Pick<AppState, 'keys'>, provider: ProviderId): boolean {
  return selectSavedKeys(state, provider).length > 1;
}

/** The name of the service's default key, where it has one. */
export function selectDefaultKeyName(state: Pick<AppState, 'keys'>, provider: ProviderId): string | undefined {
  return selectSavedKeys(state, provider).find((k) => k.isDefault)?.name;
}

/**
 * Whether the key with this id (the one an upload was made with) is still saved. True before
 * main has said, and for uploads that record no key: nothing is known to be missing then.
 */
export function selectKeyStillSaved(state: Pick<AppState, 'keys'>, provider: ProviderId, keyId: string | undefined): boolean {
  if (keyId === undefined || state.keys === undefined) return true;
  return selectSavedKeys(state, provider).some((k) => k.id === keyId);
}
