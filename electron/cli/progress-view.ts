// The terminal's live view: one progress bar per running file, redrawn in place. Only used
// when stdout is a terminal; finished files scroll up above the bars as permanent lines.

import { formatBytes, formatDuration, formatSpeed } from '../../shared/format-units.ts';
import type { QueueItem } from '../../shared/queue-types.ts';

const BAR_WIDTH = 24;

function bar(item: QueueItem): string {
  const total = item.progress?.total ?? item.size;
  const sent = item.progress?.sent ?? 0;
  const ratio = total > 0 ? Math.min(1, sent / total) : 0;
  const filled = Math.round(ratio * BAR_WIDTH);
  const name = item.name.length > 28 ? `${item.name.slice(0, 27)}…` : item.name.padEnd(28);
  const state = item.status === 'waiting' ? 'waiting' : `${String(Math.floor(ratio * 100)).padStart(3)}%`;
  const detail =
    item.status === 'uploading' && item.progress !== undefined
      ? `${formatBytes(sent)}/${formatBytes(total)}  ${formatSpeed(item.progress.speed)}  ${formatDuration(item.progress.etaSeconds)} left${item.attempt > 1 ? `  (try ${item.attempt})` : ''}`
      : '';
  return `${name} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${state} ${detail}`;
}

export class ProgressView {
  readonly #out: NodeJS.WritableStream;
  #drawn = 0;

  constructor(out: NodeJS.WritableStream) {
    this.#out = out;
  }

  /** Prints finished lines above the bars, then redraws the bars of what is still running. */
  render(active: readonly QueueItem[], finishedText = ''): void {
    let text = this.#drawn > 0 ? `\u001b[${this.#drawn}A\u001b[0J` : '';
    text += finishedText;
    for (const item of active) text += `${bar(item)}\n`;
    this.#drawn = active.length;
    this.#out.write(text);
  }
}
