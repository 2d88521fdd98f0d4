// One file's turn, from waiting to finished: it becomes "uploading" (on the disk first, so a
// crash from then on brings it back interrupted), is sent (queue-send.ts), and ends done,
// processing at the provider, failed or cancelled. The queue (upload-queue.ts) decides which
// file runs and when, and keeps the list; this is what happens to one file while it runs.

import { PROVIDERS } from '../../../shared/providers.ts';
import { toCancelled, toDone, toFailed, toProcessing, toUploading, withAttempt, withConverting, withOffline, withProgress } from '../../../shared/queue-transitions.ts';
import type { FinishedItem, ProcessingItem, QueueItem, UploadingItem, WaitingItem } from '../../../shared/queue-types.ts';
import { UploadError } from '../errors/upload-error.ts';
import type { ProviderPacer } from '../sending/provider-pacer.ts';
import { hasStatusCheck } from '../sending/status-check.ts';
import type { UploadOutcome } from '../sending/upload-file.ts';
import { startWithKey } from './queue-keys.ts';
import { sendQueued, type QueueDeps } from './queue-send.ts';

/** What the queue does with each state the running file passes through. */
export interface RunHooks {
  /** A change of state: shown, and kept by the journal. */
  saved(item: QueueItem): void;
  /** Whether the file is still in the list (not removed while its key was looked up). */
  listed(): boolean;
  /** Progress, a conversion, a retry's attempt, waiting for the connection: shown only. */
  shown(item: UploadingItem): void;
  /** Uploaded to a provider that processes it first: watched until it says it is ready. */
  processing(item: ProcessingItem): void;
  /** The end of the run, whichever it is. */
  finished(item: FinishedItem): void;
}

export async function runQueued(deps: QueueDeps, pacer: ProviderPacer, queued: WaitingItem, signal: AbortSignal, hooks: RunHooks): Promise<void> {
  const name = PROVIDERS[queued.provider].name;
  // Only this run changes the item while it uploads, so its latest state is kept here (its key: startWithKey).
  let current = toUploading(queued);
  const update = (next: typeof current): void => {
    current = next;
    hooks.shown(next);
  };
  try {
    const started = await startWithKey(deps, queued, () => !signal.aborted && hooks.listed());
    hooks.saved((current = started.item));
    // Write-ahead: "uploading" is on the disk before a byte leaves, so a crash from here on
    // brings the file back as interrupted (Retry is the person's call), never as not started.
    await deps.journal?.whenWritten();
    if (signal.aborted) throw UploadError.of('CANCELLED', name);
    const outcome = await sendQueued(deps, pacer, current, started.key, signal, {
      converting: (fraction, to) => update(withConverting(current, fraction, to)),
      progress: (progress) => update(withProgress(current, progress)),
      retry: (attempt) => update(withAttempt(current, attempt)),
      offline: (waiting) => update(withOffline(current, waiting)),
    });
    hooks.finished(uploaded(current, outcome, hooks));
  } catch (caught) {
    const error = caught instanceof UploadError ? caught : UploadError.of('NETWORK', name, { cause: caught });
    hooks.finished(error.code === 'CANCELLED' ? toCancelled(current, Date.now()) : toFailed(current, error.toInfo(), Date.now()));
  }
}

/** Done, or processing at the provider (and watched until it is ready) where it says so. */
function uploaded(item: UploadingItem, outcome: UploadOutcome, hooks: Pick<RunHooks, 'processing'>): FinishedItem {
  if (outcome.ready !== false || outcome.assetId === undefined || !hasStatusCheck(item.provider)) return toDone(item, outcome, Date.now());
  const processing = toProcessing(item, outcome, Date.now());
  hooks.processing(processing);
  return processing;
}
