// The words of main's native question before a key from the window is stored or removed
// (DesktopPort.confirmKeyChange). Pure, so the end-to-end harness records the same sentences the
// app shows. Doing nothing is always the second button, the default and what Escape does.

import type { Translate } from '../../../shared/i18n/translator.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import type { KeyChange } from './call-ports.ts';

export interface KeyQuestion {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: [string, string];
}

/** `keyName`: which of the provider's keys, where the window named one ("Work"). `t`: main's translator; English without it. */
export function keyQuestion(change: KeyChange, providerName: string, keyEnding = '', keyName?: string, t: Translate = englishT()): KeyQuestion {
  // The sentence whole in each form, named or not, with the key's ending or not: a translation
  // puts the name and the ending where its own grammar wants them.
  // Each key written whole, so a search for it finds where it is used.
  const form = (plain: string, ending: string, named: string, namedEnding: string): string =>
    keyName === undefined ? (keyEnding === '' ? plain : ending) : keyEnding === '' ? named : namedEnding;
  const values = { provider: providerName, ending: keyEnding, name: keyName ?? '' };
  switch (change) {
    case 'save':
      return {
        title: t('desktop:key.saveTitle'),
        message: t(form('desktop:key.save', 'desktop:key.saveEnding', 'desktop:key.saveNamed', 'desktop:key.saveNamedEnding'), values),
        detail: t('desktop:key.saveDetail', values),
        buttons: [t('desktop:key.saveButton'), t('desktop:key.dontSave')],
      };
    case 'replace':
      return {
        title: t('desktop:key.replaceTitle'),
        message: t(form('desktop:key.replace', 'desktop:key.replaceEnding', 'desktop:key.replaceNamed', 'desktop:key.replaceNamedEnding'), values),
        detail: t('desktop:key.replaceDetail', values),
        buttons: [t('desktop:key.replaceButton'), t('desktop:key.keepSaved')],
      };
    case 'remove':
      return {
        title: t('desktop:key.removeTitle'),
        // Removing names no ending: the key is the saved one, named or the provider's only one.
        message: t(keyName === undefined ? 'desktop:key.remove' : 'desktop:key.removeNamed', values),
        detail: t('desktop:key.removeDetail', values),
        buttons: [t('desktop:key.removeButton'), t('desktop:key.keepSaved')],
      };
  }
}
