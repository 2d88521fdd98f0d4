// What a key card says after Save, for each thing main did with the key (keys:set's outcome).
// Main checks a key with its provider before storing it, so "Saved." is only ever said of a key
// that was stored; a key that was turned down or could not be checked stays in the field.

import type { KeySetResult } from '../../shared/ipc-contract.ts';
import type { KeyStatus } from '../../shared/settings-types.ts';

export type KeyTone = 'ok' | 'error' | 'warning' | 'info';
export interface KeyFeedback {
  readonly tone: KeyTone;
  readonly text: string;
}

/** What the card says under its buttons when nothing was just done: the saved key's last check. */
export function rememberedFeedback(status: KeyStatus | undefined): KeyFeedback | undefined {
  if (status?.hasKey !== true || status.check.message === undefined) return undefined;
  const tone: KeyTone = status.check.state === 'working' ? 'ok' : status.check.state === 'rejected' ? 'error' : 'info';
  return { tone, text: status.check.message };
}

/** The sentence after Save (or Save anyway), by what main did. */
export function feedbackAfterSave(answer: KeySetResult, providerName: string, savedUnchecked: boolean): KeyFeedback {
  const hadKey = answer.status.hasKey;
  switch (answer.outcome) {
    case 'saved': {
      if (savedUnchecked) return { tone: 'info', text: `Saved without a check. Press Check again when you are online to see whether ${providerName} accepts it.` };
      const said = rememberedFeedback(answer.status);
      return said === undefined ? { tone: 'ok', text: 'Saved.' } : { ...said, text: `Saved. ${said.text}` };
    }
    case 'kept':
      return hadKey
        ? { tone: 'info', text: `Kept the saved ${providerName} key. The key you pasted was not saved.` }
        : { tone: 'info', text: 'The key you pasted was not saved.' };
    case 'rejected':
      return {
        tone: 'error',
        text: `${answer.message ?? `${providerName} did not accept this key.`} It was not saved${hadKey ? '; your saved key is unchanged' : ''}.`,
      };
    case 'unchecked':
      return {
        tone: 'warning',
        text: `Could not reach ${providerName} to check the key. It is not saved yet: check your internet connection and press Save again, or save it now and check it later.`,
      };
  }
}
