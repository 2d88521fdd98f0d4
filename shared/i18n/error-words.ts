// The one way an upload's failure is shown: its sentence made again from its code and values in
// the reader's language (shared/error-codes.ts errorSentence), by the window with its
// component's `t`, by the command line with its own. A failure kept without values (a history
// entry or a list's line written before they were) is shown by its English message.

import { errorSentence, type UploadErrorInfo } from '../error-codes.ts';
import type { HistoryEntry } from '../history-types.ts';
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
