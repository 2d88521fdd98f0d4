// The window's translator (shared/i18n/translator.ts): English until main says which language
// the person reads (their choice in Settings, or the system's), then that one, switched in place
// so every component using useTranslation() renders again in it, and <html lang> follows (screen
// readers pick their voice by it, and Chromium its fonts for Chinese and Japanese).

import { effectiveLanguage, type Language, type LanguageSetting } from '../../shared/i18n/languages.ts';
import { createTranslator, type Translator } from '../../shared/i18n/translator.ts';

export const translator: Translator = createTranslator('en');

let system: Language = 'en';
let chosen: LanguageSetting = 'system';

function apply(): void {
  const language = effectiveLanguage(chosen, system);
  if (translator.language !== language) void translator.changeLanguage(language);
  // Absent where the store runs without a page (its unit tests).
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** What main says the computer prefers (settings:system-language). */
export function systemLanguageIs(language: Language): void {
  system = language;
  apply();
}

/** The Settings choice, from every settings the window receives. */
export function languageSettingIs(setting: LanguageSetting): void {
  chosen = setting;
  apply();
}
