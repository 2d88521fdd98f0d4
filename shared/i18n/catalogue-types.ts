// What a catalogue is: namespaces of keys, possibly nested, ending in sentences. Plural forms are
// keys with i18next's suffixes (`_one`, `_other`, and `_few`, `_many`… where a language has them,
// as Intl.PluralRules names its categories). Placeholders are {{name}}; every language has the
// same placeholders as English for a key (test/shared/i18n-catalogues.test.ts).

export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/** One language's words: every namespace of NAMESPACES. */
export type LanguageCatalogue = Readonly<Record<Namespace, Catalogue>>;

/**
 * Namespaces, by where the words are read: the list and its rows, Settings, the history, the
 * guided start and the window's frame, sentences about errors and failed uploads, the desktop
 * around the window (menus, tray, dialogs, notifications), and the command line.
 */
export const NAMESPACES = ['common', 'queue', 'settings', 'history', 'start', 'errors', 'desktop', 'cli'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A sentence by its key in a namespace ("errors:history.closed") and the values it is made from. */
export interface Words {
  readonly key: string;
  /** Names and numbers as they are; a Words value is said first, in the same language. */
  readonly values?: Readonly<Record<string, string | number | Words>>;
}
