// The list's translator, and its numbers as the person's language writes them: counts and
// percents through Intl here; sizes, speeds and times left by shared/format-units.ts, the one way
// the window, main and the command line write them ("12,4 Mo" in French, "3分05秒" in Japanese).

import type { Translate } from '../../shared/i18n/translator.ts';
import { formatBytes, formatDuration, formatSpeed } from '../../shared/format-units.ts';
import { formattingLocale, translator } from './i18n.ts';

/**
 * The queue namespace in the window's current language: what a word helper uses when its caller
 * (a component's useTranslation('queue'), or a test's translator) gives it none.
 */
export function queueT(): Translate {
  return translator.getFixedT(null, 'queue');
}

/**
 * The locale a `t`'s numbers are written in: its own language where fixed to one (a test's), else
 * the window's, as dates are (i18n.ts formattingLocale: the computer's own while the window
 * speaks the computer's language; undefined is Intl's default, the computer's).
 */
export function languageOf(t: Translate): string | undefined {
  const fixed = (t as { lng?: unknown }).lng;
  return typeof fixed === 'string' ? fixed : formattingLocale();
}

const formats = new Map<string, Intl.NumberFormat>();

// Made once per language and shape: a progress patch formats every visible row ten times a second.
function numberFormat(language: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language ?? ''} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, options);
    formats.set(key, format);
  }
  return format;
}

export function formatCount(t: Translate, n: number): string {
  return numberFormat(languageOf(t), {}).format(n);
}

/** A whole percent, from 0..100: "42%", "42 %" in German and French. */
export function formatPercent(t: Translate, percent: number): string {
  return numberFormat(languageOf(t), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** Decimal units, one decimal below 100 (shared/format-units.ts, the one way sizes are written). */
export function formatSize(t: Translate, bytes: number): string {
  return formatBytes(t, bytes);
}

export function formatRate(t: Translate, bytesPerSecond: number): string {
  return formatSpeed(t, bytesPerSecond);
}

/** "12 s", "3 min 05 s", "1 h 05 min" (shared/format-units.ts formatDuration). */
export function formatTime(t: Translate, seconds: number | undefined): string {
  return formatDuration(t, seconds);
}
