// A disk error of the history's, as a sentence a person can act on.

import { UserFacingError } from '../../../shared/user-facing-error.ts';

/** Disk errors become a sentence a person can act on; the original stays as `cause` (it holds no secret). */
export async function describeFailure<T>(dir: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only the system's short code (EIO…), never an arbitrary error's own words: they speak to developers.
    let sentence = `The upload history in ${dir} could not be read or saved${code === undefined ? '' : ` (${code})`}. Check that the disk is connected, then try again.`;
    if (code === 'ENOSPC' || code === 'EDQUOT') sentence = `The disk is full, so the upload history in ${dir} could not be saved. Free some space and try again.`;
    else if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') sentence = `The uploader is not allowed to write its history in ${dir}. Check that folder's permissions.`;
    throw new UserFacingError('HISTORY_UNAVAILABLE', sentence, { cause: error });
  }
}
