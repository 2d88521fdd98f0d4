// What a key card says after Save, for each thing main did with the key (keys:set's outcome).
// Main checks a key with its provider before storing it, so "Saved." is only ever said of a key
// that was stored; a key that was turned down or could not be checked stays in the field.

import type { KeySetResult } from '../../shared/ipc-contract.ts';
import type { KeyStatus } from '../../shared/settings-types.ts';
import type { Translate } from '../../shared/i18n/translator.ts';

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
export function feedbackAfterSave(t: Translate, answer: KeySetResult, providerName: string, savedUnchecked: boolean): KeyFeedback {
  const hadKey = answer.status.hasKey;
  const service = providerName;
  switch (answer.outcome) {
    case 'saved': {
      if (savedUnchecked) return { tone: 'info', text: t('settings:key.after.savedUnchecked', { service }) };
      const said = rememberedFeedback(answer.status);
      return said === undefined ? { tone: 'ok', text: t('settings:key.after.saved') } : { ...said, text: t('settings:key.after.savedAnd', { said: said.text }) };
    }
    case 'kept':
      return hadKey
        ? { tone: 'info', text: t('settings:key.after.keptSaved', { service }) }
        : { tone: 'info', text: t('settings:key.after.notSaved') };
    case 'rejected':
      return {
        tone: 'error',
        text: t(hadKey ? 'settings:key.after.rejectedKept' : 'settings:key.after.rejected', { reason: answer.message ?? t('settings:key.after.notAccepted', { service }) }),
      };
    case 'unchecked':
      return {
        tone: 'warning',
        text: t('settings:key.after.unchecked', { service }),
      };
  }
}
