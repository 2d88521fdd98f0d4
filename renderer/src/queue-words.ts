// The plain words the queue shows for an item's state, type and progress, from the queue
// catalogue. Each takes the `t` of the component that shows it (so it renders again when the
// language changes), last and optional: without one it speaks the window's current language.

import { conversionSentence } from '../../shared/conversions.ts';
import type { Translate } from '../../shared/i18n/translator.ts';
import { mediaFormat, type MediaKind } from '../../shared/media-formats.ts';
import { PROVIDERS, resultText, type ProviderId } from '../../shared/providers.ts';
import { hasResult, isBlocked, type ActiveItem, type EarlierUpload, type ItemStatus, type QueueItem } from '../../shared/queue-types.ts';
import { idName, idSentence } from '../../shared/words.ts';
import { dayWords } from './date-words.ts';
import { formatCount, formatPercent, formatRate, formatTime, queueT } from './queue-numbers.ts';
import { errorWords } from '../../shared/i18n/error-words.ts';

const STATUS_KEYS: Record<ItemStatus, string> = {
  idle: 'status.idle',
  waiting: 'status.waiting',
  uploading: 'status.uploading',
  processing: 'status.processing',
  done: 'status.done',
  failed: 'status.failed',
  cancelled: 'status.cancelled',
  interrupted: 'status.interrupted',
};

/** `hasKey`: whether the item's provider has a key; a file that cannot start without one says so. */
export function statusWord(item: QueueItem, hasKey = true, t: Translate = queueT()): string {
  if (isBlocked(item)) return t('status.cantUpload');
  // A big drop's row before main has looked at its file (ItemFacts.checking).
  if (item.checking === true) return t('status.checking');
  // Its earlier link works without a key: the offer comes first.
  if (item.status === 'idle' && item.earlier !== undefined) return t('status.uploadedBefore');
  if (item.status === 'idle' && !hasKey) return t('status.needsKey');
  if (item.status === 'uploading' && item.attempt > 1) return t('status.uploadingTry', { attempt: formatCount(t, item.attempt) });
  // The service processes what it received before it can be used; then it is Done like any
  // other finished upload (one word for one state: shared/words.ts).
  if (item.status === 'processing') return t('status.processingAt', { service: PROVIDERS[item.provider].name });
  return t(STATUS_KEYS[item.status]);
}

// A format's label is its name and what it is ("PNG image", "HEIC photo", "Windows Media video"):
// the name stays, the word for what it is comes from the catalogue ("PNG-Bild", "vidéo MP4").
const TYPE_KEYS: Readonly<Record<MediaKind | 'photo', string>> = { image: 'types.image', photo: 'types.photo', video: 'types.video', audio: 'types.audio' };

export function typeLabel(formatId: string | undefined, t: Translate = queueT()): string {
  const format = mediaFormat(formatId);
  if (format === undefined) return t('row.unknownType');
  const photo = format.label.endsWith(' photo');
  return t(TYPE_KEYS[photo ? 'photo' : format.kind], { format: formatName(formatId) });
}

/** The format's own name, as its label begins: "PNG", "Windows Media". */
export function formatName(formatId: string | undefined): string | undefined {
  const label = mediaFormat(formatId)?.label;
  return label === undefined ? undefined : label.slice(0, label.lastIndexOf(' '));
}

export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((sent / total) * 100));
}

/**
 * A file the computer's being offline holds up: "Offline" under its bar, where a state's column
 * has room for a word (the sentence was cut to "Waiting for the interne…" there), and the
 * sentence on the row's message line, in full (row.offline, row.offlineSentence).
 */

/** The line under a waiting or uploading file's progress bar. */
export function activeLine(item: ActiveItem, paused: boolean, t: Translate = queueT()): string {
  if (item.offline === true) return t('row.offline');
  if (item.status === 'waiting') return paused ? t('row.paused') : t('row.nextInLine');
  const { sent, total, speed, etaSeconds } = item.progress;
  return progressLine(sent, total, speed, etaSeconds, t);
}

/** "42% · 3.1 MB/s · 12 s left", or what there is of it. The row shows the size already. */
export function progressLine(sent: number, total: number, speed: number, etaSeconds: number | undefined, t: Translate = queueT()): string {
  if (total > 0 && sent >= total) return t('row.allSent');
  const parts = [formatPercent(t, percentOf(sent, total))];
  if (speed > 0) parts.push(formatRate(t, speed));
  if (etaSeconds !== undefined && Number.isFinite(etaSeconds)) parts.push(t('row.timeLeft', { time: formatTime(t, etaSeconds) }));
  return parts.join(' · ');
}

// The end of a name says most (a date, a take number, the type), so long names are cut in the
// middle: this many characters at the end always stay visible.
const NAME_TAIL = 14;

/** A name in two parts for a middle cut: the head shrinks with "…", the tail never does. */
export function nameParts(name: string): readonly [head: string, tail: string] {
  if (name.length <= NAME_TAIL + 6) return [name, ''];
  return [name.slice(0, -NAME_TAIL), name.slice(-NAME_TAIL)];
}

/** The sentence a row shows under the file, if any: a problem, a failure, a missing key, a caution, what was converted, what an ID is. */
export function rowMessage(item: QueueItem, needsKey: boolean, t: Translate = queueT()): { readonly tone: 'error' | 'warning' | 'info'; readonly text: string } | undefined {
  // The provider's refusal comes first: it says what to change before anything can be sent.
  if (isBlocked(item)) return { tone: 'error', text: errorWords(t, item.problem) };
  if (item.status === 'failed') return { tone: 'error', text: errorWords(t, item.error) };
  // Beside an interrupted file: why it stopped, and that sending it again is the person's call.
  if (item.status === 'interrupted') return { tone: 'warning', text: t('row.interrupted') };
  if (item.status === 'idle' && item.earlier !== undefined) return { tone: 'info', text: earlierSentence(item.provider, item.earlier, new Date(), t) };
  if ((item.status === 'waiting' || item.status === 'uploading') && item.offline === true) return { tone: 'info', text: t('row.offlineSentence') };
  if (needsKey) return { tone: 'warning', text: t('row.needsKey', { service: PROVIDERS[item.provider].name }) };
  if (item.caution !== undefined && !hasResult(item)) return { tone: 'warning', text: item.caution };
  if (!hasResult(item)) return undefined;
  // A converted copy was sent: said in full, since the link is not the file as it is on the disk.
  // An ID is explained here, where a sentence has room, not in the line's monospaced slot.
  const said = [
    ...(item.result.converted === undefined ? [] : [`${conversionSentence(t, item.result.converted)}.`]),
    ...(resultIsId(item) ? [idSentence(t, PROVIDERS[item.provider].name)] : []),
  ];
  return said.length === 0 ? undefined : { tone: 'info', text: said.join(' ') };
}

/** A finished row whose thing to copy is an ID, not a link (memories.ai's uploads). */
export function resultIsId(item: QueueItem): boolean {
  if (!hasResult(item)) return false;
  const text = resultText(PROVIDERS[item.provider], item.result);
  return text !== undefined && text === item.result.assetId && text !== item.result.url;
}

/** "Already uploaded to WaveSpeedAI on 21 Nov; that link works until 28 Nov." */
export function earlierSentence(provider: ProviderId, earlier: EarlierUpload, now = new Date(), t: Translate = queueT()): string {
  // Inside this sentence "today" and "yesterday" are the queue's own words (lower case in
  // English, "aujourd’hui" in French); any other day is dayWords' date.
  const days = daysBefore(earlier.at, now);
  const when = days === 0 ? t('earlier.today') : days === 1 ? t('earlier.yesterday') : t('earlier.onDay', { day: dayWords(earlier.at, now) });
  const service = PROVIDERS[provider].name;
  const until = earlier.expiresAt === undefined ? undefined : dayWords(earlier.expiresAt, now);
  const values = { service, when, until, idName: idName(t, service) };
  if (earlier.url === undefined) return until === undefined ? t('earlier.id', values) : t('earlier.idUntil', values);
  return until === undefined ? t('earlier.link', values) : t('earlier.linkUntil', values);
}

/** Whole calendar days from `iso` to `now` on the computer's clock (0 today, 1 yesterday), as dayWords counts them. */
function daysBefore(iso: string, now: Date): number | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOfDay(now) - startOfDay(date)) / 86_400_000);
}

// A row is two lines; a message under the file takes up to two more (queue.css, --row-height).
export const ROW_HEIGHT = 60;
export const MESSAGE_ROW_HEIGHT = 100;
// In a narrow window (queue.css, max-width: 900px) the message has less width: three lines, so a
// refusal's instruction ("press Convert and upload to…") is not cut before its end.
export const NARROW_MESSAGE_ROW_HEIGHT = 126;
export const NARROW_WINDOW = '(max-width: 900px)';

// A row's height needs only whether it has a message, not the message's words: measured without
// looking any up (a list of 10,000 rows is measured at once, and lookups made that 5× slower).
const KEYS_ONLY = ((key: string) => key) as unknown as Translate;

export function hasRowMessage(item: QueueItem, needsKey: boolean): boolean {
  return rowMessage(item, needsKey, KEYS_ONLY) !== undefined;
}

export function rowHeight(item: QueueItem | undefined, needsKey: boolean, narrow = false): number {
  if (item === undefined || !hasRowMessage(item, needsKey)) return ROW_HEIGHT;
  return narrow ? NARROW_MESSAGE_ROW_HEIGHT : MESSAGE_ROW_HEIGHT;
}
