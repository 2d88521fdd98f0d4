// What the person is told about files that could not be added, wherever they came from: a drop
// or the dialog (the window says it), Open with, the command line or the tray (main says it
// through an `app:notice`). One grouped message: "3 items skipped", then why, by reason.

import type { ErrorCode } from './error-codes.ts';
import type { RefusedPath } from './queue-types.ts';

// Enough names to recognise the pattern; a long list would bury the message.
const NAMES_SHOWN = 5;

/** Reasons common enough in one drop to say once for all their files. */
const GROUPED: Partial<Record<ErrorCode, string>> = {
  UNSUPPORTED_TYPE: 'Not an image, video or audio file',
  FILE_EMPTY: 'Empty (0 bytes), perhaps not finished saving',
};

function names(list: readonly string[]): string {
  const shown = list.slice(0, NAMES_SHOWN).join(', ');
  return list.length > NAMES_SHOWN ? `${shown} and ${list.length - NAMES_SHOWN} more` : shown;
}

export function notAddedNotice(refused: readonly RefusedPath[]): { readonly title: string; readonly lines: string[] } | undefined {
  if (refused.length === 0) return undefined;
  const groups = new Map<string, string[]>();
  const single: RefusedPath[] = [];
  for (const refusal of refused) {
    const reason = refusal.code === undefined ? undefined : GROUPED[refusal.code];
    if (reason === undefined) single.push(refusal);
    else groups.set(reason, [...(groups.get(reason) ?? []), refusal.name]);
  }
  const lines = [...groups].map(([reason, files]) => `${reason}: ${names(files)}.`);
  lines.push(...single.slice(0, NAMES_SHOWN).map((refusal) => `${refusal.name}: ${refusal.message}`));
  if (single.length > NAMES_SHOWN) lines.push(`…and ${single.length - NAMES_SHOWN} more.`);
  const count = refused.length;
  return { title: `${count.toLocaleString('en')} ${count === 1 ? 'item' : 'items'} skipped`, lines };
}
