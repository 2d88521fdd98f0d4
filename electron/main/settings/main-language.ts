// Main's language: the one its own words are read in (menus, the tray, dialogs, notifications,
// and the sentences of calls the window made that failed). The same choice as the window's
// (renderer/src/i18n.ts): the language setting, or the computer's preferred languages for
// `system`. Settings' choice takes effect at once: follow() is called when settings change, and
// whoever shows words again then listens with onChange().

import { effectiveLanguage, pickLanguage, type Language, type LanguageSetting } from '../../../shared/i18n/languages.ts';
import { englishT } from '../../../shared/i18n/english.ts';
import { createTranslator, type Translate, type Translator } from '../../../shared/i18n/translator.ts';

export interface MainLanguage {
  /** The language now in use. */
  readonly language: Language;
  /** Main's translator in that language (shared/i18n/translator.ts). */
  readonly t: Translate;
  /** Reads the setting again (call it when settings change); true when the language changed. */
  follow(setting: LanguageSetting | undefined): boolean;
  /** Called with the new language each time it changes; returns what stops it. */
  onChange(listener: (language: Language) => void): () => void;
}

export interface MainLanguageOptions {
  /** The language setting at start. */
  readonly setting: LanguageSetting | undefined;
  /** The computer's preferred languages, most wanted first (app.getPreferredSystemLanguages()). */
  readonly systemLanguages?: () => readonly string[];
}

export function createMainLanguage(options: MainLanguageOptions): MainLanguage {
  const system = (): Language => pickLanguage(options.systemLanguages?.() ?? []);
  const translators = new Map<Language, Translator>();
  const translatorFor = (language: Language): Translator => {
    let translator = translators.get(language);
    if (translator === undefined) {
      translator = createTranslator(language);
      translators.set(language, translator);
    }
    return translator;
  };
  let language = effectiveLanguage(options.setting, system());
  const listeners = new Set<(language: Language) => void>();
  return {
    get language() {
      return language;
    },
    get t() {
      return translatorFor(language).t;
    },
    follow(setting) {
      const next = effectiveLanguage(setting, system());
      if (next === language) return false;
      language = next;
      for (const listener of [...listeners]) listener(next);
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// Main's language for the whole process, as main's modules read it without having it passed down
// (the call gate's refusals, a menu built from a handler): English until the app sets it.
let current: MainLanguage | undefined;

/** Makes `language` the one main's modules read through mainT(). */
export function useMainLanguage(language: MainLanguage | undefined): void {
  current = language;
}

/** The current main language's translator; English before useMainLanguage(). */
export function mainT(): Translate {
  return current?.t ?? englishT();
}
