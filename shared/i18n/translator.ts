// One translator per language: i18next with every catalogue loaded at once (they are small, and
// a language chosen in Settings takes effect without waiting), plural forms by Intl.PluralRules,
// {{placeholders}} filled in. Main, the window and the command line all translate through this,
// so a key means the same sentence wherever it is read. Values are not HTML-escaped here: React
// escapes what it renders, and main's menus, dialogs and notifications are not HTML.

import { createInstance, type i18n, type TFunction } from 'i18next';
import { CATALOGUES } from './catalogues.ts';
import { NAMESPACES } from './catalogue-types.ts';
import type { Language } from './languages.ts';

export type Translate = TFunction;
export type Translator = i18n;

export function createTranslator(language: Language): Translator {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: Object.keys(CATALOGUES),
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: CATALOGUES as unknown as Record<string, Record<string, object>>,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key is a fault the catalogue tests find; shown, it reads as its key, never blank.
    returnEmptyString: false,
  });
  return instance;
}
