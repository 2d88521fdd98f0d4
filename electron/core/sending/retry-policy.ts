// When to try again and how long to wait. Exponential backoff with full jitter (a random
// wait between 0 and the cap) spreads retries from many clients, and a server's Retry-After
// is a floor we always honour.

export interface RetryPolicy {
  /** Total attempts, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

// Four attempts over roughly a minute ride out a provider restart or a Wi-Fi hand-over
// without keeping a person waiting on a file that will not go.
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 };

// A Retry-After longer than this ends the attempt at once, with the time to try again, instead
// of holding an upload slot (and the person's attention) on a file that cannot go: the whole
// retry budget above is about a minute, and a provider that asks for more than five is down
// for maintenance or out of quota, which Retry pressed later handles better than a wait.
export const LONGEST_RETRY_WAIT_MS = 5 * 60_000;
// No server has a reason to ask for more than a year; past it, dates stop meaning anything.
const YEAR_MS = 365 * 86_400_000;

export function backoffDelay(policy: RetryPolicy, failedAttempt: number, retryAfterMs = 0, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.max(retryAfterMs, Math.floor(random() * cap));
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  if (/^\d+$/.test(text.trim())) return Math.min(YEAR_MS, Number(text.trim()) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.min(YEAR_MS, Math.max(0, date - now));
}

/** Waits, unless the signal aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
