// The list's translator, and its numbers as the person's language writes them: counts, percents,
// sizes, speeds and times left, through Intl in the current language, with the units from the
// queue catalogue ("12,4 Mo" in French, "3 分 05 秒" in Japanese). In English they read exactly as
// shared/format-units.ts writes them for the command line ("12.4 MB", "3 min 05 s", "42%").

import type { Translate } from '../../shared/i18n/translator.ts';
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

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Decimal units, as shared/format-units.ts formatBytes: one decimal below 100, none above. */
export function formatSize(t: Translate, bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = numberFormat(languageOf(t), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
  return t('units.size', { value: number, unit: t(`units.${UNITS[unit] ?? 'B'}`) });
}

export function formatRate(t: Translate, bytesPerSecond: number): string {
  return bytesPerSecond > 0 ? t('units.speed', { size: formatSize(t, bytesPerSecond) }) : '—';
}

/** "12 s", "3 min 05 s", "1 h 05 min", as shared/format-units.ts formatDuration. */
export function formatTime(t: Translate, seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const language = languageOf(t);
  const whole = numberFormat(language, {});
  const twoDigits = numberFormat(language, { minimumIntegerDigits: 2 });
  const s = Math.round(seconds);
  if (s < 60) return t('units.seconds', { s: whole.format(s) });
  const m = Math.floor(s / 60);
  if (m < 60) return t('units.minutes', { m: whole.format(m), s: twoDigits.format(s % 60) });
  return t('units.hours', { h: whole.format(Math.floor(m / 60)), m: twoDigits.format(m % 60) });
}
