// What the person is told about files that could not be added, wherever they came from: a drop
// or the dialog (the window says it), Open with, the command line or the tray (main says it
// through an `app:notice`).

import type { RefusedPath } from './queue-types.ts';

// Enough refused names to recognise the pattern; a long list would bury the message.
const REFUSALS_SHOWN = 5;

export function notAddedNotice(refused: readonly RefusedPath[]): { readonly title: string; readonly lines: string[] } | undefined {
  if (refused.length === 0) return undefined;
  const lines = refused.slice(0, REFUSALS_SHOWN).map((refusal) => `${refusal.name}: ${refusal.message}`);
  const more = refused.length - REFUSALS_SHOWN;
  if (more > 0) lines.push(`…and ${more} more.`);
  const count = refused.length;
  return { title: `${count} ${count === 1 ? 'file was' : 'files were'} not added.`, lines };
}
