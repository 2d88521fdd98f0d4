// Dates as people read them, in the window's language (i18n.ts formattingLocale: the computer's
// own order and clock while the window speaks the computer's language).

import { formattingLocale, translator } from './i18n.ts';

interface Formats {
  readonly dayMonth: Intl.DateTimeFormat;
  readonly dayMonthYear: Intl.DateTimeFormat;
  readonly timeOfDay: Intl.DateTimeFormat;
}

const made = new Map<string, Formats>();

/** The formats of the current locale, made once per locale. */
function formats(): Formats {
  const locale = formattingLocale();
  const key = locale ?? '';
  let found = made.get(key);
  if (found === undefined) {
    found = {
      dayMonth: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
      dayMonthYear: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
      timeOfDay: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
    };
    made.set(key, found);
  }
  return found;
}

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function shortDate(date: Date, now: Date): string {
  return date.getFullYear() === now.getFullYear() ? formats().dayMonth.format(date) : formats().dayMonthYear.format(date);
}

/** "Today 14:03", "Yesterday 09:12", "3 Nov 14:03", "3 Nov 2025 14:03". */
export function whenWords(iso: string, now = new Date()): string {
  const date = parse(iso);
  if (date === undefined) return translator.t('history:dates.unknown');
  return translator.t('history:dates.dayAndTime', { day: dayOf(date, now), time: formats().timeOfDay.format(date) });
}

/** The day alone, for a group heading: "Today", "Yesterday", "3 Nov", "3 Nov 2025". */
export function dayWords(iso: string, now = new Date()): string {
  const date = parse(iso);
  if (date === undefined) return translator.t('history:dates.unknown');
  return dayOf(date, now);
}

function dayOf(date: Date, now: Date): string {
  const days = Math.round((startOfDay(now) - startOfDay(date)) / 86_400_000);
  return days === 0 ? translator.t('history:dates.today') : days === 1 ? translator.t('history:dates.yesterday') : shortDate(date, now);
}

/** The time of day alone, under a day heading: "14:03". */
export function timeWords(iso: string): string {
  const date = parse(iso);
  return date === undefined ? '' : formats().timeOfDay.format(date);
}

/** Whether an expiry date is past. */
export function isExpired(iso: string | undefined, now = new Date()): boolean {
  const date = iso === undefined ? undefined : parse(iso);
  return date !== undefined && date.getTime() < now.getTime();
}

/** "Expires 28 Nov", or "Expired 28 Nov" once the date is past. */
export function expiryWords(iso: string | undefined, now = new Date()): string | undefined {
  if (iso === undefined) return undefined;
  const date = parse(iso);
  if (date === undefined) return undefined;
  const day = shortDate(date, now);
  return date.getTime() < now.getTime() ? translator.t('history:dates.expired', { date: day }) : translator.t('history:dates.expires', { date: day });
}

/** A count as the window's language writes it ("1,234"). */
export function numberWords(n: number): string {
  return n.toLocaleString(formattingLocale());
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
