// The plain words the queue shows for an item's state, type and progress.

import { formatDuration, formatSpeed } from '../../shared/format-units.ts';
import { mediaFormat } from '../../shared/media-formats.ts';
import { isBlocked, type ItemStatus, type QueueItem } from '../../shared/queue-types.ts';

const STATUS_WORDS: Record<ItemStatus, string> = {
  idle: 'Ready',
  waiting: 'Waiting',
  uploading: 'Uploading',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

/** Beside an interrupted file: why it stopped, and that sending it again is the person's call. */
export const INTERRUPTED_NOTE = 'Media Uploader closed while this file was uploading. Press Retry to upload it again.';

export function statusWord(item: QueueItem): string {
  if (isBlocked(item)) return 'Can’t upload';
  if (item.status === 'uploading' && item.attempt > 1) return `Uploading (try ${item.attempt})`;
  return STATUS_WORDS[item.status];
}

export function typeLabel(formatId: string | undefined): string {
  return mediaFormat(formatId)?.label ?? 'Unknown type';
}

export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((sent / total) * 100));
}

/** "42% · 3.1 MB/s · 12 s left", or what there is of it. The row shows the size already. */
export function progressLine(sent: number, total: number, speed: number, etaSeconds: number | undefined): string {
  if (total > 0 && sent >= total) return 'All sent · waiting for the answer';
  const parts = [`${percentOf(sent, total)}%`];
  if (speed > 0) parts.push(formatSpeed(speed));
  if (etaSeconds !== undefined && Number.isFinite(etaSeconds)) parts.push(`${formatDuration(etaSeconds)} left`);
  return parts.join(' · ');
}
