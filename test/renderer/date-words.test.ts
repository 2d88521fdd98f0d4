// Dates in the window's language (renderer/src/date-words.ts): English as before ("Today",
// "Expires 28 Nov"), and the same days and deadlines in German once the window speaks it, with the
// month written the German way.

import { afterEach, describe, expect, it } from 'vitest';
import { dayWords, expiryWords, isExpired, numberWords, whenWords } from '../../renderer/src/date-words.ts';
import { translator } from '../../renderer/src/i18n.ts';

const NOW = new Date(2026, 10, 20, 15, 30);
const at = (days: number, hour = 14) => new Date(2026, 10, 20 - days, hour, 3).toISOString();

afterEach(async () => {
  await translator.changeLanguage('en');
});

describe('date words', () => {
  it('say today, yesterday and a short date in English', () => {
    expect(dayWords(at(0), NOW)).toBe('Today');
    expect(dayWords(at(1), NOW)).toBe('Yesterday');
    expect(whenWords(at(0), NOW)).toMatch(/^Today \S/);
    expect(dayWords('not a date', NOW)).toBe('Unknown date');
    expect(expiryWords(at(-8), NOW)).toMatch(/^Expires /);
    expect(expiryWords(at(2), NOW)).toMatch(/^Expired /);
    expect(isExpired(at(2), NOW)).toBe(true);
    expect(isExpired(at(-8), NOW)).toBe(false);
  });

  it('say the same in German, the month as German writes it', async () => {
    await translator.changeLanguage('de');
    expect(dayWords(at(0), NOW)).toBe('Heute');
    expect(dayWords(at(1), NOW)).toBe('Gestern');
    expect(whenWords(at(1), NOW)).toMatch(/^Gestern, \S/);
    expect(dayWords(at(5), NOW)).toBe(new Intl.DateTimeFormat('de', { day: 'numeric', month: 'short' }).format(new Date(at(5))));
    expect(expiryWords(at(-8), NOW)).toMatch(/^Läuft ab am 28\. Nov/);
    expect(expiryWords(at(2), NOW)).toMatch(/^Abgelaufen am /);
    expect(numberWords(1234)).toBe('1.234');
  });
});
