// The one way a failure is shown: its sentence made again from its code and values in the
// reader's language (shared/error-codes.ts errorSentence), by the window with its component's
// `t`, by main with its own language's (electron/main/settings/main-language.ts), by the command
// line with its own. A failure kept without values (a history entry or a list's line written
// before they were) is shown by its English message.

import { errorSentence, isErrorCode, type ErrorValues, type UploadErrorInfo, type UserFacingCode } from '../error-codes.ts';
import type { HistoryEntry } from '../history-types.ts';
import { UserFacingError, type Words } from '../user-facing-error.ts';
import { englishT } from './english.ts';
import type { Translate } from './translator.ts';

export function errorWords(t: Translate, info: Pick<UploadErrorInfo, 'code' | 'message' | 'values'>): string {
  const values = info.values;
  if (values?.provider === undefined) return info.message;
  return errorSentence(t, info.code, { ...values, provider: values.provider });
}

/** A history entry's failure in the reader's language; undefined where it kept none. */
export function entryErrorWords(t: Translate, entry: Pick<HistoryEntry, 'errorCode' | 'errorMessage' | 'errorValues'>): string | undefined {
  if (entry.errorMessage === undefined) return undefined;
  if (entry.errorCode === undefined) return entry.errorMessage;
  return errorWords(t, { code: entry.errorCode, message: entry.errorMessage, ...(entry.errorValues !== undefined && { values: entry.errorValues }) });
}

/** A catalogue's sentence with its values, those that are sentences themselves said first. */
export function sayWords(t: Translate, words: Words): string {
  const values = Object.fromEntries(Object.entries(words.values ?? {}).map(([name, value]) => [name, typeof value === 'object' ? sayWords(t, value) : value]));
  return t(words.key, values);
}

/**
 * A UserFacingError whose sentence is a catalogue's: English in its message (logs, the terminal),
 * with the key and values to say it again in another language.
 */
export function userFacing<C extends UserFacingCode>(code: C, words: Words, options?: { cause?: unknown }): UserFacingError<C> {
  return new UserFacingError(code, sayWords(englishT(), words), { ...options, words });
}

/** What a person reads of a UserFacingError (an UploadError too), in the language of `t`. */
export function userFacingWords(t: Translate, error: UserFacingError): string {
  if (error.words !== undefined) return sayWords(t, error.words);
  const values = (error as { readonly values?: ErrorValues }).values;
  if (isErrorCode(error.code) && values !== undefined) return errorWords(t, { code: error.code, message: error.message, values });
  return error.message;
}
