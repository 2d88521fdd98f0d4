// The languages the app speaks, and which of them a person gets. English is the source every
// other catalogue is translated from, and what a missing word falls back to. `en-XA` is a
// pseudo-language made from English (pseudo.ts): accented and about 40 % longer, so a screenshot
// shows at once a word written in place (unaccented) or a layout that cuts longer words.

export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt-BR', 'ja', 'zh-CN'] as const;
export const PSEUDO_LANGUAGE = 'en-XA';
export type Language = (typeof LANGUAGES)[number] | typeof PSEUDO_LANGUAGE;

/** Each language by its own name, as a language list shows it to someone who reads only that one. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
  'zh-CN': '简体中文',
  'en-XA': 'Ƥšéûðö (pseudo)',
};

export function isLanguage(value: unknown): value is Language {
  return value === PSEUDO_LANGUAGE || (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The first of a person's preferred languages (BCP 47 tags, most wanted first, as Electron's
 * app.getPreferredSystemLanguages() or LANG gives them) that the app speaks; English when none.
 * A region the app has no catalogue for takes its language's one (es-MX → es, pt-PT → pt-BR);
 * Chinese in traditional script (zh-TW, zh-HK, zh-Hant) is not offered simplified Chinese
 * unasked, so the search goes on to the next preference.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const raw of preferred) {
    // "de_DE.UTF-8" (LANG) and "de-DE" (Electron) alike: the encoding and modifier go, _ is -.
    const tag = (raw.trim().split(/[.@]/)[0] ?? '').replaceAll('_', '-').toLowerCase();
    if (tag === '' || tag === 'c' || tag === 'posix') continue;
    const [base = '', ...rest] = tag.split('-');
    if (tag === 'en-xa') return PSEUDO_LANGUAGE;
    if (base === 'zh') {
      if (rest.includes('hant') || rest.some((part) => ['tw', 'hk', 'mo'].includes(part))) continue;
      return 'zh-CN';
    }
    if (base === 'pt') return 'pt-BR';
    const found = LANGUAGES.find((language) => language === base);
    if (found !== undefined) return found;
  }
  return 'en';
}

/** The language a setting names, or the system's for `system`. */
export type LanguageSetting = 'system' | Language;

export function effectiveLanguage(setting: LanguageSetting | undefined, system: Language): Language {
  return setting === undefined || setting === 'system' ? system : setting;
}
