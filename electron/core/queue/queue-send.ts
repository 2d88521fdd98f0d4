// How the queue sends one item: what it depends on (keys, settings, the journal, the data
// folder), and the upload request it builds from them for a file that has its turn. The queue
// (upload-queue.ts) decides when; this says with what.

import type { ProviderId } from '../../../shared/providers.ts';
import type { ItemFacts, UploadProgress } from '../../../shared/queue-types.ts';
import { uploadConverted, type SendOutcome } from '../convert/upload-converted.ts';
import type { OnlineSignal } from '../network/online-signal.ts';
import type { ProviderPacer } from '../sending/provider-pacer.ts';
import type { KeySources } from './queue-keys.ts';
import type { QueueJournal } from './queue-store.ts';
import type { ReadySchedule } from './ready-watch.ts';
import type { RetryPolicy } from '../sending/retry-policy.ts';
import type { Timeouts } from '../sending/upload-attempt.ts';

export interface QueueDeps extends KeySources {
  /** `regions`: per provider with regions, the chosen region's id (shared/providers.ts). */
  settings(): { concurrency: number; regions: Readonly<Partial<Record<ProviderId, string>>> };
  baseUrl?(provider: ProviderId): string | undefined;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<Timeouts>;
  /** Keeps the list across restarts (the app's queue-store.ts); the terminal keeps none. */
  journal?: QueueJournal;
  /** The data folder: copies without location data, and converted copies, wait there while they upload. */
  scratchDir?: string;
  /** True: files go as they are, location data included. Off by default: location stays home. */
  keepLocation?(): boolean;
  /** Paces requests to each provider (memories.ai: one a second); the process's own by default. */
  pacer?: ProviderPacer;
  /**
   * How uploads the provider still processes are checked until ready (ready-watch.ts); false:
   * not at all, they stay "processing" (the CLI without --wait).
   */
  readyChecks?: Partial<ReadySchedule> | false;
  /** Whether the computer is online: files wait while it is not (online-signal.ts); always online when absent. */
  online?: OnlineSignal;
}

/** What a running upload reports, to be shown on its row. */
export interface SendEvents {
  converting(fraction: number, to: string): void;
  progress(progress: UploadProgress): void;
  retry(attempt: number): void;
  offline(waiting: boolean): void;
}

/** Sends `queued` with `key` as the settings say (converted or without location where asked), reporting as it goes. */
export async function sendQueued(deps: QueueDeps, pacer: ProviderPacer, queued: ItemFacts, key: string | undefined, signal: AbortSignal, on: SendEvents): Promise<SendOutcome> {
  const baseUrl = deps.baseUrl?.(queued.provider);
  const choice = {
    convert: queued.convert === true,
    keepLocation: deps.keepLocation?.() === true,
    scratchDir: deps.scratchDir,
    onConverting: on.converting,
  };
  return uploadConverted(choice, {
    path: queued.path,
    provider: queued.provider,
    key,
    region: deps.settings().regions[queued.provider],
    signal,
    pacer,
    expected: { size: queued.size, mtimeMs: queued.mtimeMs, ...(queued.formatId !== undefined && { formatId: queued.formatId }) },
    ...(baseUrl !== undefined && { baseUrl }),
    ...(deps.retry !== undefined && { retry: deps.retry }),
    ...(deps.timeouts !== undefined && { timeouts: deps.timeouts }),
    onProgress: on.progress,
    onRetry: on.retry,
    onOffline: on.offline,
    ...(deps.online !== undefined && { online: deps.online }),
  });
}
