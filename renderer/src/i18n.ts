// The window's translator (shared/i18n/translator.ts): English until main says which language
// the person reads (their choice in Settings, or the system's), then that one, switched in place
// so every component using useTranslation() renders again in it, and <html lang> follows (screen
// readers pick their voice by it, and Chromium its fonts for Chinese and Japanese).

import { useSyncExternalStore } from 'react';
import { effectiveLanguage, PSEUDO_LANGUAGE, type Language, type LanguageSetting } from '../../shared/i18n/languages.ts';
import { createTranslator, type Translator } from '../../shared/i18n/translator.ts';

export const translator: Translator = createTranslator('en');

let system: Language | undefined;
let chosen: LanguageSetting | undefined;
let known: () => void = () => undefined;

/**
 * Settled once main has said both the system's language and the setting: main.tsx paints the
 * window after it, so a German first run never flashes English. Settled after a second anyway,
 * so a main that cannot answer still gets a window (in English) that says what went wrong.
 */
export const languageKnown: Promise<void> = new Promise((resolve) => {
  known = resolve;
  setTimeout(resolve, 1000);
});
const systemListeners = new Set<() => void>();

function apply(): void {
  if (system !== undefined && chosen !== undefined) known();
  const language = effectiveLanguage(chosen, system ?? 'en');
  if (translator.language !== language) void translator.changeLanguage(language);
  // Absent where the store runs without a page (its unit tests).
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** What main says the computer prefers (settings:system-language). */
export function systemLanguageIs(language: Language): void {
  system = language;
  apply();
  for (const listener of systemListeners) listener();
}

/** The language `system` stands for, as main last said (English until it has). */
export function systemLanguage(): Language {
  return system ?? 'en';
}

/** The same, for a component: it renders again when main says (Settings' "System language (…)"). */
export function useSystemLanguage(): Language {
  return useSyncExternalStore((listener) => {
    systemListeners.add(listener);
    return () => systemListeners.delete(listener);
  }, systemLanguage);
}

/**
 * The locale dates and numbers are written in: the computer's own (its order, its 24-hour clock)
 * while the window speaks the computer's language, else the window's language (the pseudo-language
 * writes them as English does).
 */
export function formattingLocale(): string | undefined {
  const language = translator.language === PSEUDO_LANGUAGE ? 'en' : translator.language;
  const own = typeof navigator === 'undefined' ? undefined : navigator.language;
  const base = (tag: string | undefined) => tag?.split('-')[0]?.toLowerCase();
  if (own !== undefined && base(own) === base(language)) return undefined;
  return own === undefined && language === 'en' ? undefined : language;
}

/** The Settings choice, from every settings the window receives. */
export function languageSettingIs(setting: LanguageSetting): void {
  chosen = setting;
  apply();
}
