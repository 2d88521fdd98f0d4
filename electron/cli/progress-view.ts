// The terminal's live view: one progress bar per running file and, when the batch has more
// than one file, a line for the whole batch (the same numbers as the window's overall bar,
// shared/batch-progress.ts), redrawn in place. Only used when stdout is a terminal; finished
// files scroll up above the bars as permanent lines.

import { batchProgress, type BatchState } from '../../shared/batch-progress.ts';
import { formatBytes, formatDuration, formatSpeed } from '../../shared/format-units.ts';
import { PROVIDERS } from '../../shared/providers.ts';
import { isActive, type ActiveItem, type QueueItem } from '../../shared/queue-types.ts';
import { forTerminal } from './terminal-text.ts';
import { englishT } from '../../shared/i18n/english.ts';

const BAR_WIDTH = 24;
const NAME_WIDTH = 28;

function meter(ratio: number): string {
  const filled = Math.round(Math.min(1, ratio) * BAR_WIDTH);
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
}

function bar(item: ActiveItem): string {
  // Escaped before it is cut: an escape cut in half would still be one. A file going to several
  // providers has a bar per provider, named first so the cut never takes it.
  const safe = forTerminal(item.group === undefined ? item.name : `${PROVIDERS[item.provider].name}: ${item.name}`);
  const name = safe.length > NAME_WIDTH ? `${safe.slice(0, NAME_WIDTH - 1)}…` : safe.padEnd(NAME_WIDTH);
  if (item.status === 'waiting') return `${name} ${meter(0)} waiting `;
  const { sent, total, speed, etaSeconds } = item.progress;
  const ratio = total > 0 ? Math.min(1, sent / total) : 0;
  const detail = `${formatBytes(englishT(), sent)}/${formatBytes(englishT(), total)}  ${formatSpeed(englishT(), speed)}  ${formatDuration(englishT(), etaSeconds)} left${item.attempt > 1 ? `  (try ${item.attempt})` : ''}`;
  return `${name} ${meter(ratio)} ${String(Math.floor(ratio * 100)).padStart(3)}% ${detail}`;
}

/** `uploads`: files went to several providers, so the batch counts uploads, not files. */
function batchLine(batch: BatchState, uploads: boolean): string {
  const name = `All ${batch.files} ${uploads ? 'uploads' : 'files'}`.padEnd(NAME_WIDTH);
  const eta = batch.etaSeconds === undefined ? '' : `  ${formatDuration(englishT(), batch.etaSeconds)} left`;
  return `${name} ${meter(batch.fraction)} ${String(Math.floor(batch.fraction * 100)).padStart(3)}% ${batch.finishedFiles} done  ${formatBytes(englishT(), batch.sentBytes)}/${formatBytes(englishT(), batch.totalBytes)}${eta}`;
}

export class ProgressView {
  readonly #out: NodeJS.WritableStream;
  #drawn = 0;

  constructor(out: NodeJS.WritableStream) {
    this.#out = out;
  }

  /** Prints finished lines above the bars, then redraws the bars of what is still running. */
  render(items: readonly QueueItem[], finishedText = ''): void {
    const lines = items.filter(isActive).map(bar);
    const batch = batchProgress(items);
    if (batch.active && batch.files > 1) lines.push(batchLine(batch, items.some((item) => item.group !== undefined)));
    let text = this.#drawn > 0 ? `\u001b[${this.#drawn}A\u001b[0J` : '';
    text += finishedText;
    for (const line of lines) text += `${line}\n`;
    this.#drawn = lines.length;
    this.#out.write(text);
  }
}
