// A disk error of the history's, as a sentence a person can act on.

import { userFacing } from '../../../shared/i18n/error-words.ts';
import type { Words } from '../../../shared/user-facing-error.ts';

/** Disk errors become a sentence a person can act on; the original stays as `cause` (it holds no secret). */
export async function describeFailure<T>(dir: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only the system's short code (EIO…), never an arbitrary error's own words: they speak to developers.
    let words: Words = code === undefined ? { key: 'errors:history.failed', values: { dir } } : { key: 'errors:history.failed_code', values: { dir, code } };
    if (code === 'ENOSPC' || code === 'EDQUOT') words = { key: 'errors:history.diskFull', values: { dir } };
    else if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') words = { key: 'errors:history.notAllowed', values: { dir } };
    throw userFacing('HISTORY_UNAVAILABLE', words, { cause: error });
  }
}
