// Which key the queue sends a file with, and checks an upload's status with: the key book's
// answer (key-book.ts) where the queue was given one, as the app and the CLI do; otherwise
// the one key getKey gives, with nothing recorded about it (tests that know no named keys).

import type { UsedKey } from '../../shared/key-names.ts';
import type { ProviderId } from '../../shared/providers.ts';
import type { KeyBook } from './key-book.ts';

/** A key in hand, and what may be recorded about it where that is known. */
export interface KeyInHand {
  readonly key: string;
  readonly used?: UsedKey;
}

export type QueueKeys = {
  readonly [K in 'forNewUpload' | 'forEarlierUpload']: (...args: Parameters<KeyBook[K]>) => Promise<KeyInHand | undefined>;
};

export interface KeySources {
  getKey(provider: ProviderId): Promise<string | undefined>;
  /** Named keys (key-book.ts): the key chosen for each file, and the key that made each upload. */
  readonly keys?: QueueKeys;
}

export function queueKeys(deps: KeySources): QueueKeys {
  if (deps.keys !== undefined) return deps.keys;
  const only = async (provider: ProviderId): Promise<KeyInHand | undefined> => {
    const key = await deps.getKey(provider);
    return key === undefined ? undefined : { key };
  };
  return { forNewUpload: only, forEarlierUpload: only };
}
