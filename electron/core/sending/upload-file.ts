// Sends one file to one provider: checks it first (nothing is sent for a file the provider
// would refuse), then attempts the upload, retrying what is worth retrying: through the
// provider's upload endpoint, or its large-file way (large-upload.ts) for what that endpoint
// does not take. Every request to the provider's API keeps its pace (provider-pacer.ts).

import { basename } from 'node:path';
import type { ProviderId } from '../../../shared/providers.ts';
import { keyCharactersFine } from '../../../shared/key-rules.ts';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { providerRefusal } from '../../../shared/provider-rules.ts';
import type { UploadProgress } from '../../../shared/queue-types.ts';
import { endpointUrl } from './endpoint-url.ts';
import { fileStamp, inspectFile } from '../files/file-inspect.ts';
import { ProgressMeter } from './progress-meter.ts';
import { adapterOf } from '../providers/index.ts';
import type { ParsedAnswer, ProviderAdapter } from '../providers/provider-adapter.ts';
import { isRetryable } from './response-reading.ts';
import { backoffDelay, DEFAULT_RETRY, LONGEST_RETRY_WAIT_MS, sleep, type RetryPolicy } from './retry-policy.ts';
import { attemptUpload, DEFAULT_TIMEOUTS, type Timeouts } from './upload-attempt.ts';
import { attemptLarge, completeLarge, largeRoute } from './large-upload.ts';
import { processPacer, type ProviderPacer } from './provider-pacer.ts';
import { whenOnline, type OnlineSignal } from '../network/online-signal.ts';
import { UploadError } from '../errors/upload-error.ts';

const DAY_MS = 86_400_000;

export interface UploadRequest {
  readonly path: string;
  /** A provider of the table, or an adapter of its own (a test's made-up provider). */
  readonly provider: ProviderId | ProviderAdapter<string>;
  readonly key: string | undefined;
  /** Replaces scheme, host and port of the documented endpoint. */
  readonly baseUrl?: string;
  /** A region id of the provider's (shared/providers.ts); its default region when absent. */
  readonly region?: string | undefined;
  readonly signal?: AbortSignal;
  onProgress?(progress: UploadProgress): void;
  onRetry?(nextAttempt: number, error: UploadError, delayMs: number): void;
  readonly retry?: Partial<RetryPolicy>;
  readonly timeouts?: Partial<Timeouts>;
  /** Size and mtime when the file was queued: a file that changed since fails with FILE_CHANGED. */
  readonly expected?: { readonly size: number; readonly mtimeMs: number; readonly formatId?: string };
  /** Keeps every request to the provider's API at its pace; the process's own by default. */
  readonly pacer?: ProviderPacer;
  /** Whether the computer is online: an attempt cut while it is not waits for it (online-signal.ts). */
  readonly online?: OnlineSignal;
  /** Told when an attempt waits for the connection to come back (true), and when it is back (false). */
  onOffline?(waiting: boolean): void;
}

export interface UploadOutcome extends ParsedAnswer {
  readonly bytes: number;
  /** The fingerprint (electron/core/files/fingerprint.ts) of the bytes sent, taken while they streamed. */
  readonly fingerprint?: string;
  readonly attempts: number;
}

export async function uploadFile(req: UploadRequest): Promise<UploadOutcome> {
  const adapter = adapterOf(req.provider);
  const provider = adapter.info.name;
  const cancelled = (): UploadError => UploadError.of('CANCELLED', provider);
  if (req.signal?.aborted) throw cancelled();
  if (req.key === undefined || req.key.trim() === '') throw UploadError.of('KEY_MISSING', provider);
  // Checked here too, not only where keys are saved: an environment variable is never saved.
  if (!keyCharactersFine(req.key)) throw UploadError.of('KEY_REJECTED', provider, { variant: 'characters' });

  // A file queued moments ago was sniffed then; unchanged size and time mean the same bytes.
  const known = req.expected?.formatId;
  const file = known === undefined ? await inspectFile(req.path, provider) : { path: req.path, name: basename(req.path), formatId: known, ...(await fileStamp(req.path, provider)) };
  if (req.expected !== undefined && (req.expected.size !== file.size || req.expected.mtimeMs !== file.mtimeMs)) {
    throw UploadError.of('FILE_CHANGED', provider, { file: file.name });
  }
  const refusal = providerRefusal(adapter.info, file);
  const format = mediaFormat(file.formatId);
  if (refusal !== undefined) throw new UploadError(refusal.code, refusal.message, refusal.values === undefined ? {} : { values: refusal.values });
  if (format === undefined) throw UploadError.of('UNSUPPORTED_TYPE', provider, { file: file.name });

  const policy = { ...DEFAULT_RETRY, ...req.retry };
  const timeouts = { ...DEFAULT_TIMEOUTS, ...req.timeouts };
  const pacer = req.pacer ?? processPacer;
  const endpoint = { ...(req.baseUrl !== undefined && { baseUrl: req.baseUrl }), ...(req.region !== undefined && { region: req.region }) };
  const meter = new ProgressMeter(file.size);
  const stamp = { size: file.size, mtimeMs: file.mtimeMs };
  const key = req.key;
  const sending = {
    adapter, key, path: file.path, name: file.name, format, stamp, meter,
    onBytes: () => req.onProgress?.(meter.snapshot()),
    signal: req.signal, timeouts,
  };
  const retrying: Retrying = { policy, signal: req.signal, provider, online: req.online, onOffline: req.onOffline };
  const fromStart = (): void => {
    meter.reset();
    req.onProgress?.(meter.snapshot());
  };

  let answer: ParsedAnswer;
  let attempts: number;
  const large = largeRoute(adapter.info, { size: file.size, formatId: format.id });
  if (large === undefined) {
    const url = endpointUrl(adapter.info, adapter.info.upload, endpoint);
    ({ value: answer, attempts } = await withRetries(retrying, req.onRetry, async () => {
      fromStart();
      await paced(pacer, adapter, req.signal);
      return attemptUpload({ ...sending, url });
    }));
  } else {
    // Each attempt asks for a fresh ticket; `complete` is retried on its own (it is idempotent),
    // so a failure there never sends the bytes again.
    const flow = { adapter, large, key, endpoint, signal: req.signal, timeouts, pacer };
    const sent = await withRetries(retrying, req.onRetry, async () => {
      fromStart();
      return attemptLarge({ ...sending, ...flow });
    });
    attempts = sent.attempts;
    ({ value: answer } = await withRetries(retrying, undefined, () => completeLarge(flow, sent.value)));
  }
  // Where the provider says how long it keeps uploads (shared/providers.ts), the link's end is known.
  const days = adapter.info.retentionDays;
  const expiresAt = answer.expiresAt ?? (days === undefined ? undefined : new Date(Date.now() + days * DAY_MS).toISOString());
  return { ...answer, ...(expiresAt !== undefined && { expiresAt }), bytes: file.size, ...withFingerprint(meter.fingerprint()), attempts };
}

async function paced(pacer: ProviderPacer, adapter: ProviderAdapter<string>, signal: AbortSignal | undefined): Promise<void> {
  try {
    await pacer.wait(adapter.info, signal);
  } catch {
    throw UploadError.of('CANCELLED', adapter.info.name);
  }
}

interface Retrying {
  readonly policy: RetryPolicy;
  readonly signal: AbortSignal | undefined;
  readonly provider: string;
  readonly online: OnlineSignal | undefined;
  readonly onOffline: UploadRequest['onOffline'];
}

/** Runs `step` until it succeeds, fails for good, or the attempts are spent (DESIGN.md: retries). */
async function withRetries<T>(
  { policy, signal, provider, online, onOffline }: Retrying,
  onRetry: UploadRequest['onRetry'],
  step: () => Promise<T>,
): Promise<{ value: T; attempts: number }> {
  const cancelled = (): UploadError => UploadError.of('CANCELLED', provider);
  const waitOnline = async (): Promise<void> => {
    if (online === undefined || online.online) return;
    onOffline?.(true);
    try {
      await whenOnline(online, signal);
    } catch {
      throw cancelled();
    }
    onOffline?.(false);
  };
  // `spent` counts attempts against the budget: one cut while the computer was offline is not
  // the provider's or the file's fault, and is tried again once the connection is back, for free.
  for (let attempt = 1, spent = 1; ; attempt++) {
    try {
      return { value: await step(), attempts: attempt };
    } catch (caught) {
      const error = caught instanceof UploadError ? caught : UploadError.of('NETWORK', provider, { cause: caught });
      if (signal?.aborted) throw cancelled();
      // The person just gave the proxy's user name and password (proxy-sign-in.ts): sent again
      // at once, without spending an attempt; how often they are asked is bounded there.
      if (error.code === 'PROXY_AUTH' && error.retryable === true) continue;
      const cutOffline = online?.online === false && (error.code === 'NETWORK' || error.code === 'TIMEOUT');
      if (cutOffline) {
        onRetry?.(attempt + 1, error, 0);
        await waitOnline();
        continue;
      }
      if (error.retryAfterMs !== undefined && error.retryAfterMs > LONGEST_RETRY_WAIT_MS) throw tooLongToWait(error, provider);
      if (!isRetryable(error) || spent >= policy.attempts) throw error;
      const delay = backoffDelay(policy, spent, error.retryAfterMs);
      spent += 1;
      onRetry?.(attempt + 1, error, delay);
      try {
        await sleep(delay, signal);
      } catch {
        throw cancelled();
      }
      // The connection may have gone while this one waited: the next try waits for it.
      await waitOnline();
    }
  }
}

/** A provider asking to wait longer than is worth holding an upload for: say until when. */
function tooLongToWait(error: UploadError, provider: string): UploadError {
  const until = new Date(Date.now() + (error.retryAfterMs ?? 0));
  return UploadError.of('RATE_LIMITED', provider, {
    until: until.toISOString(),
    ...(error.status !== undefined && { status: error.status }),
    ...(error.detail !== undefined && { detail: error.detail }),
    ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
  });
}

function withFingerprint(fingerprint: string | undefined): { fingerprint?: string } {
  return fingerprint === undefined ? {} : { fingerprint };
}
