// Human-readable sizes, speeds, durations and times, shared by the CLI and the window so both
// say "12.4 MB" and "3 min left" the same way, in the reader's language: the numbers by Intl
// (i18next's `number` and `datetime` formats, in the language of `t`), the units by the `common`
// namespace's `units` (French says "12,4 Mo").

import type { Translate } from './i18n/translator.ts';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A number with exactly `digits` decimals, in the language of `t`, without grouping ("1234 TB" stays as it was). */
function fixed(value: number, digits: number): { value: number; formatParams: { value: Intl.NumberFormatOptions } } {
  return { value, formatParams: { value: { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false } } };
}

/** Decimal units (1 MB = 1,000,000 bytes), as operating systems' file managers show them on macOS and as providers state limits. */
export function formatBytes(t: Translate, bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  // Rounded as toFixed rounds, so a size reads the same in every language.
  return t(`common:units.${UNITS[unit] ?? 'B'}`, fixed(Number(value.toFixed(digits)), digits));
}

/** Whole megabytes: "480 MB". */
export function formatWholeMegabytes(t: Translate, bytes: number): string {
  return t('common:units.MB', fixed(Math.round(bytes / 1e6), 0));
}

export function formatSpeed(t: Translate, bytesPerSecond: number): string {
  return bytesPerSecond > 0 ? t('common:units.perSecond', { size: formatBytes(t, bytesPerSecond) }) : '—';
}

const twoDigits = (value: number): { value: number; formatParams: { value: Intl.NumberFormatOptions } } =>
  ({ value, formatParams: { value: { minimumIntegerDigits: 2, useGrouping: false } } });

export function formatDuration(t: Translate, seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  const whole = (value: number): string => t('common:units.count', { value, formatParams: { value: { useGrouping: false } } });
  if (s < 60) return t('common:units.seconds', { s: whole(s) });
  const m = Math.floor(s / 60);
  if (m < 60) return t('common:units.minutesSeconds', { m: whole(m), s: t('common:units.count', twoDigits(s % 60)) });
  return t('common:units.hoursMinutes', { h: whole(Math.floor(m / 60)), m: t('common:units.count', twoDigits(m % 60)) });
}

/** A moment as a person reads it on their clock: "14:30" today, "Tue, 12 Mar 2030, 14:30" otherwise. */
export function formatClockTime(t: Translate, at: Date, now: Date = new Date()): string {
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return t('common:units.moment', { at, formatParams: { at: options } });
}
