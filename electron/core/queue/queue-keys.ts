// Which key the queue sends a file with, and checks an upload's status with: the key book's
// answer (key-book.ts) where the queue was given one, as the app and the CLI do; otherwise
// the one key getKey gives, with nothing recorded about it (tests that know no named keys).

import type { UsedKey } from '../../../shared/key-names.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { toUploading, withKey } from '../../../shared/queue-transitions.ts';
import type { UploadingItem, WaitingItem } from '../../../shared/queue-types.ts';
import type { KeyBook } from '../keys/key-book.ts';
import { UploadError } from '../errors/upload-error.ts';

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

/**
 * A queued file as it starts uploading, naming the key that sends it, and that key: the one
 * chosen for it, or the provider's default (KEY_REMOVED where the chosen one is gone). A keychain
 * that cannot be read gives no key: said as a missing key, with the keychain's own sentence
 * beside it. CANCELLED when the file was cancelled or removed (`stillWanted`) meanwhile.
 */
export async function startWithKey(deps: KeySources, queued: WaitingItem, stillWanted: () => boolean): Promise<{ item: UploadingItem; key: string | undefined }> {
  const name = PROVIDERS[queued.provider].name;
  let chosen: KeyInHand | undefined;
  try {
    chosen = await queueKeys(deps).forNewUpload(queued.provider, queued.key?.name, queued.name);
  } catch (caught) {
    if (caught instanceof UploadError) throw caught;
    throw UploadError.of('KEY_MISSING', name, { detail: caught instanceof Error ? caught.message : String(caught) });
  }
  if (!stillWanted()) throw UploadError.of('CANCELLED', name);
  return { item: toUploading(withKey(queued, chosen?.used)), key: chosen?.key };
}
