// The language the command line speaks to a person (issue 26): the one its environment names,
// read as POSIX locale rules have it. LC_ALL wins, then LC_MESSAGES, then LANG; a locale of "C"
// or "POSIX", or none, is English. Where the locale is not "C", GNU gettext's LANGUAGE (a list,
// "de:fr") is asked first, as gettext asks it. Only what a person reads goes through these words:
// --json output, option names, exit codes and the export's column names stay as they are, since
// scripts read them.
//
// Numbers, sizes, speeds, durations and dates follow the same language through Intl. English keeps
// the forms it always had (shared/format-units.ts: "12.4 MB", "1 min 05 s", "2026-03-01 10:00").

import { createTranslator, type Translate } from '../../shared/i18n/translator.ts';
import { pickLanguage, type Language } from '../../shared/i18n/languages.ts';
import { formatBytes, formatDuration, formatSpeed } from '../../shared/format-units.ts';

/** The locale a program's messages follow: LC_ALL, then LC_MESSAGES, then LANG ("" when none is set). */
function messagesLocale(env: NodeJS.ProcessEnv): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') return value;
  }
  return '';
}

/** The language the command line speaks in this environment. */
export function cliLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = messagesLocale(env);
  const plain = locale.split(/[.@]/)[0];
  if (plain === '' || plain === 'C' || plain === 'POSIX') return 'en';
  // GNU gettext: LANGUAGE's list comes first, but only under a locale other than C.
  const listed = (env.LANGUAGE ?? '').split(':').filter((part) => part.trim() !== '');
  return pickLanguage([...listed, locale]);
}

/** What the command line says things with: its sentences (the `cli` namespace) and its numbers. */
export interface CliWords {
  readonly language: Language;
  /** A sentence of the `cli` namespace; another namespace by its prefix ("errors:…"). */
  readonly t: Translate;
  /** A count, as the language writes it ("1.234", "1 234"). */
  count(n: number): string;
  /** "12.4 MB" (decimal units, as shared/format-units.ts). */
  bytes(n: number): string;
  /** "1.2 MB/s"; "—" when nothing moves. */
  speed(bytesPerSecond: number): string;
  /** "3 min 05 s"; "—" when unknown. */
  duration(seconds: number | undefined): string;
  /** A moment on the person's clock, date and time ("2026-03-01 10:00" in English). */
  dateTime(iso: string): string;
  /** A day ("2026-03-01" in English, as recorded). */
  day(iso: string): string;
}

/** "2026-03-01 10:00" on the person's clock. */
function isoDayAndTime(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The words for `language`. */
export function wordsFor(language: Language): CliWords {
  // Made on the first sentence: an upload with --json may never say one. In the bundle, a
  // language's catalogue is read when i18next first looks in it (electron/launch/catalogues-from-json.ts).
  let fixed: Translate | undefined;
  const t = ((...args: Parameters<Translate>) => (fixed ??= createTranslator(language).getFixedT(language, 'cli'))(...args)) as Translate;
  // English is what it always was; the pseudo-language is English too, as far as numbers go.
  const intl = language !== 'en' && language !== 'en-XA';
  const when = (iso: string, format: (date: Date) => string): string => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format(date);
  };
  let dateTimeFormat: Intl.DateTimeFormat | undefined;
  let dayFormat: Intl.DateTimeFormat | undefined;
  return {
    language,
    t,
    count: (n) => (intl ? new Intl.NumberFormat(language).format(n) : String(n)),
    // Sizes, speeds and times as the window and main write them (shared/format-units.ts).
    bytes: (n) => formatBytes(t, n),
    speed: (n) => formatSpeed(t, n),
    duration: (seconds) => formatDuration(t, seconds),
    dateTime: (iso) => when(iso, (date) => (intl ? (dateTimeFormat ??= new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' })).format(date) : isoDayAndTime(date))),
    // English: the day as recorded (UTC), as it always said it.
    day: (iso) => (intl ? when(iso, (date) => (dayFormat ??= new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(date)) : iso.slice(0, 10)),
  };
}

const made = new WeakMap<NodeJS.ProcessEnv, CliWords>();

/** The words for this environment's language, made once per environment. */
export function cliWords(env: NodeJS.ProcessEnv): CliWords {
  let words = made.get(env);
  if (words === undefined) {
    words = wordsFor(cliLanguage(env));
    made.set(env, words);
  }
  return words;
}

/** English words, for parts used without an environment (a progress view made by a test). */
export function englishWords(): CliWords {
  return cliWords(ENGLISH_ENV);
}
const ENGLISH_ENV: NodeJS.ProcessEnv = {};
