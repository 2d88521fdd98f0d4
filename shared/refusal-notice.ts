// What the person is told about files that could not be added, wherever they came from: a drop
// or the dialog (the window says it), Open with, the command line or the tray (main says it
// through an `app:notice`). One grouped message: "3 items skipped", then why, by reason.

import type { ErrorCode } from './error-codes.ts';
import { errorWords } from './i18n/error-words.ts';
import type { Translate } from './i18n/translator.ts';
import type { RefusedPath } from './queue-types.ts';

// Enough names to recognise the pattern; a long list would bury the message.
const NAMES_SHOWN = 5;

/** Reasons common enough in one drop to say once for all their files (the `common` namespace's notAdded). */
const GROUPED: Partial<Record<ErrorCode, string>> = {
  UNSUPPORTED_TYPE: 'notMedia',
  FILE_EMPTY: 'empty',
};

function names(t: Translate, list: readonly string[]): string {
  const shown = list.slice(0, NAMES_SHOWN).join(t('common:list.separator'));
  return list.length > NAMES_SHOWN ? t('common:notAdded.namesAndMore', { names: shown, count: list.length - NAMES_SHOWN }) : shown;
}

export function notAddedNotice(t: Translate, refused: readonly RefusedPath[]): { readonly title: string; readonly lines: string[] } | undefined {
  if (refused.length === 0) return undefined;
  const groups = new Map<string, string[]>();
  const single: RefusedPath[] = [];
  for (const refusal of refused) {
    const reason = refusal.code === undefined ? undefined : GROUPED[refusal.code];
    if (reason === undefined) single.push(refusal);
    else groups.set(reason, [...(groups.get(reason) ?? []), refusal.name]);
  }
  const lines = [...groups].map(([reason, files]) => t('common:notAdded.reasonLine', { reason: t(`common:notAdded.${reason}`), names: names(t, files) }));
  lines.push(...single.slice(0, NAMES_SHOWN).map((refusal) => t('common:notAdded.fileLine', { name: refusal.name, message: refusalWords(t, refusal) })));
  if (single.length > NAMES_SHOWN) lines.push(t('common:notAdded.andMore', { count: single.length - NAMES_SHOWN }));
  return { title: t('common:notAdded.title', { count: refused.length }), lines };
}

/** A refusal's sentence in the language of `t`, from its code and values where it has them. */
export function refusalWords(t: Translate, refusal: RefusedPath): string {
  return refusal.code === undefined ? refusal.message : errorWords(t, { code: refusal.code, message: refusal.message, ...(refusal.values !== undefined && { values: refusal.values }) });
}
