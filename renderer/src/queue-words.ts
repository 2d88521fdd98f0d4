// The plain words the queue shows for an item's state, type and progress.

import { conversionSentence } from '../../shared/conversions.ts';
import { formatDuration, formatSpeed } from '../../shared/format-units.ts';
import { mediaFormat } from '../../shared/media-formats.ts';
import { PROVIDERS, resultText, type ProviderId } from '../../shared/providers.ts';
import { hasResult, isBlocked, type ActiveItem, type EarlierUpload, type ItemStatus, type QueueItem } from '../../shared/queue-types.ts';
import { idName, idSentence } from '../../shared/words.ts';
import { dayWords } from './date-words.ts';
import { errorWords } from '../../shared/i18n/error-words.ts';
import type { Translate } from '../../shared/i18n/translator.ts';
import { translator } from './i18n.ts';

const STATUS_WORDS: Record<ItemStatus, string> = {
  idle: 'Ready',
  waiting: 'Waiting',
  uploading: 'Uploading',
  processing: 'Processing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

/** Beside an interrupted file: why it stopped, and that sending it again is the person's call. */
export const INTERRUPTED_NOTE = 'Media Uploader closed while this file was uploading. Press Retry to upload it again.';

/** `hasKey`: whether the item's provider has a key; a file that cannot start without one says so. */
export function statusWord(item: QueueItem, hasKey = true): string {
  if (isBlocked(item)) return 'Can’t upload';
  // A big drop's row before main has looked at its file (ItemFacts.checking).
  if (item.checking === true) return 'Checking…';
  // Its earlier link works without a key: the offer comes first.
  if (item.status === 'idle' && item.earlier !== undefined) return 'Uploaded before';
  if (item.status === 'idle' && !hasKey) return 'Needs a key';
  if (item.status === 'uploading' && item.attempt > 1) return `Uploading (try ${item.attempt})`;
  // The service processes what it received before it can be used; then it is Done like any
  // other finished upload (one word for one state: shared/words.ts).
  if (item.status === 'processing') return `Processing at ${PROVIDERS[item.provider].name}…`;
  return STATUS_WORDS[item.status];
}

export function typeLabel(formatId: string | undefined): string {
  return mediaFormat(formatId)?.label ?? 'Unknown type';
}

export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((sent / total) * 100));
}

/**
 * A file the computer's being offline holds up: "Offline" under its bar, where a state's column
 * has room for a word (the sentence was cut to "Waiting for the interne…" there), and the
 * sentence on the row's message line, in full.
 */
export const OFFLINE_LINE = 'Offline';
export const OFFLINE_SENTENCE = 'Waiting for the internet connection… The upload goes on by itself once the connection is back.';

/** The line under a waiting or uploading file's progress bar. */
export function activeLine(item: ActiveItem, paused: boolean, t: Translate = translator.t): string {
  if (item.offline === true) return OFFLINE_LINE;
  if (item.status === 'waiting') return paused ? 'Paused' : 'Next in line';
  const { sent, total, speed, etaSeconds } = item.progress;
  return progressLine(sent, total, speed, etaSeconds, t);
}

/** "42% · 3.1 MB/s · 12 s left", or what there is of it. The row shows the size already. */
export function progressLine(sent: number, total: number, speed: number, etaSeconds: number | undefined, t: Translate = translator.t): string {
  if (total > 0 && sent >= total) return 'All sent · waiting for the answer';
  const parts = [`${percentOf(sent, total)}%`];
  if (speed > 0) parts.push(formatSpeed(t, speed));
  if (etaSeconds !== undefined && Number.isFinite(etaSeconds)) parts.push(`${formatDuration(t, etaSeconds)} left`);
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
export function rowMessage(item: QueueItem, needsKey: boolean, t: Translate = translator.t): { readonly tone: 'error' | 'warning' | 'info'; readonly text: string } | undefined {
  // The provider's refusal comes first: it says what to change before anything can be sent.
  if (isBlocked(item)) return { tone: 'error', text: errorWords(t, item.problem) };
  if (item.status === 'failed') return { tone: 'error', text: errorWords(t, item.error) };
  if (item.status === 'interrupted') return { tone: 'warning', text: INTERRUPTED_NOTE };
  if (item.status === 'idle' && item.earlier !== undefined) return { tone: 'info', text: earlierSentence(item.provider, item.earlier) };
  if ((item.status === 'waiting' || item.status === 'uploading') && item.offline === true) return { tone: 'info', text: OFFLINE_SENTENCE };
  if (needsKey) return { tone: 'warning', text: `There is no ${PROVIDERS[item.provider].name} key yet: press Add key, paste it, then upload.` };
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
export function earlierSentence(provider: ProviderId, earlier: EarlierUpload, now = new Date()): string {
  const day = dayWords(earlier.at, now);
  const when = day === 'Today' || day === 'Yesterday' ? day.toLowerCase() : `on ${day}`;
  const what = earlier.url === undefined ? idName(translator.t, PROVIDERS[provider].name) : 'link';
  const until = earlier.expiresAt === undefined ? '' : `; that ${what} works until ${dayWords(earlier.expiresAt, now)}`;
  return `Already uploaded to ${PROVIDERS[provider].name} ${when}${until}. Use that ${what}, or upload the file again.`;
}

// A row is two lines; a message under the file takes up to two more (queue.css, --row-height).
export const ROW_HEIGHT = 60;
export const MESSAGE_ROW_HEIGHT = 100;
// In a narrow window (queue.css, max-width: 900px) the message has less width: three lines, so a
// refusal's instruction ("press Convert and upload to…") is not cut before its end.
export const NARROW_MESSAGE_ROW_HEIGHT = 126;
export const NARROW_WINDOW = '(max-width: 900px)';

export function rowHeight(item: QueueItem | undefined, needsKey: boolean, narrow = false): number {
  if (item === undefined || rowMessage(item, needsKey) === undefined) return ROW_HEIGHT;
  return narrow ? NARROW_MESSAGE_ROW_HEIGHT : MESSAGE_ROW_HEIGHT;
}
