// Dates as people read them, in the system's own language and order.

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function shortDate(date: Date, now: Date): string {
  return date.getFullYear() === now.getFullYear() ? dayMonth.format(date) : dayMonthYear.format(date);
}

/** "Today 14:03", "Yesterday 09:12", "3 Nov 14:03", "3 Nov 2025 14:03". */
export function whenWords(iso: string, now = new Date()): string {
  const date = parse(iso);
  if (date === undefined) return 'Unknown date';
  const days = Math.round((startOfDay(now) - startOfDay(date)) / 86_400_000);
  const day = days === 0 ? 'Today' : days === 1 ? 'Yesterday' : shortDate(date, now);
  return `${day} ${timeOfDay.format(date)}`;
}

/** The day alone, for a group heading: "Today", "Yesterday", "3 Nov", "3 Nov 2025". */
export function dayWords(iso: string, now = new Date()): string {
  const date = parse(iso);
  if (date === undefined) return 'Unknown date';
  const days = Math.round((startOfDay(now) - startOfDay(date)) / 86_400_000);
  return days === 0 ? 'Today' : days === 1 ? 'Yesterday' : shortDate(date, now);
}

/** The time of day alone, under a day heading: "14:03". */
export function timeWords(iso: string): string {
  const date = parse(iso);
  return date === undefined ? '' : timeOfDay.format(date);
}

/** "Expires 28 Nov", or "Expired 28 Nov" once the date is past. */
export function expiryWords(iso: string | undefined, now = new Date()): string | undefined {
  if (iso === undefined) return undefined;
  const date = parse(iso);
  if (date === undefined) return undefined;
  return `${date.getTime() < now.getTime() ? 'Expired' : 'Expires'} ${shortDate(date, now)}`;
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
