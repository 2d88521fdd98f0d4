// The terminal's "offline" (issue 23): a command-line upload has no Electron to ask, so it asks
// the network itself. A TCP connection to the provider's host (or --base-url's) is opened and
// closed at once, before the uploads and again whenever one has to be retried. Failing to look
// the name up (EAI_AGAIN, ENOTFOUND: no DNS answer), having no route (ENETUNREACH, EHOSTUNREACH,
// ENETDOWN), nothing answering (ECONNREFUSED: a Wi-Fi portal or a local server not up yet) or no
// answer in time means "cannot reach it yet": the queue's online signal goes off, files wait,
// and the line "Waiting for the internet connection (up to 5 min)…" says so on stderr. It is
// probed again with backoff; past --offline-wait the signal goes back on and the uploads fail
// with the NETWORK sentence after their usual retries. Any other answer (even a TLS or HTTP
// error) means the network is there: that is the upload's own business. Behind a proxy
// (HTTPS_PROXY, proxy-env.ts) the proxy is the first host the upload needs, so the proxy is what is
// probed: the provider's own host may well be unreachable from here except through it.

import { connect } from 'node:net';
import { OnlineState, type OnlineSignal } from '../core/network/online-signal.ts';
import { environmentProxyChooser } from '../core/network/proxy-choice.ts';
import type { ProxyChooser } from '../core/network/proxy-types.ts';
import { sleep } from '../core/sending/retry-policy.ts';
import { englishWords, type CliWords } from './cli-language.ts';

// A few minutes covers a Wi-Fi hand-over, a laptop lid opened on a train, a VPN coming up; a
// script should not hang for longer on its own.
export const DEFAULT_OFFLINE_WAIT_MS = 5 * 60_000;

const UNREACHABLE = new Set(['EAI_AGAIN', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'ECONNREFUSED', 'ETIMEDOUT']);
// A connection on a working network opens in well under this, even across an ocean.
const PROBE_TIMEOUT_MS = 5_000;
// Probes start at once and back off to every 10 s: soon after the connection returns, and no flood.
const FIRST_PROBE_DELAY_MS = 250;
const LONGEST_PROBE_DELAY_MS = 10_000;

/** Where a request to `origin` first connects: its own host, or the proxy chosen for it (undefined: one the engine cannot use, which the upload itself reports). */
async function firstHop(origin: URL, choose: ProxyChooser): Promise<{ host: string; port: number; proxy: boolean } | undefined> {
  const choice = await choose(origin);
  if (choice.kind === 'unusable') return undefined;
  if (choice.kind === 'proxy') return { host: choice.host.replace(/^\[|\]$/g, ''), port: choice.port, proxy: true };
  return { host: origin.hostname.replace(/^\[|\]$/g, ''), port: Number(origin.port === '' ? (origin.protocol === 'http:' ? 80 : 443) : origin.port), proxy: false };
}

/** False when `origin`'s first hop (its host, or its proxy) cannot be reached for a reason that means being offline. */
export async function canReach(origin: URL, choose: ProxyChooser = environmentProxyChooser): Promise<boolean> {
  const hop = await firstHop(origin, choose);
  if (hop === undefined) return true;
  const { host, port, proxy } = hop;
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: PROBE_TIMEOUT_MS });
    const done = (reachable: boolean): void => {
      socket.destroy();
      resolve(reachable);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    // A proxy that refuses connections is there to be named, not waited for: the upload then
    // fails at once with the proxy's own sentence (PROXY_REFUSED) rather than after minutes.
    socket.once('error', (error: NodeJS.ErrnoException) => done(!UNREACHABLE.has(error.code ?? '') || (proxy && error.code === 'ECONNREFUSED')));
  });
}

/** "5 min", "30 s", "1 min 30 s": how long the line says it waits (in English; words.duration in another language). */
export function waitWords(ms: number, words?: CliWords): string {
  if (words !== undefined && words.language !== 'en') return words.duration(ms / 1000);
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  if (m === 0) return `${s} s`;
  return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
}

/** `--offline-wait`: "90", "90s", "5m", "1h" (seconds when no unit). */
export function parseWait(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|min|h)?$/.exec(text.trim());
  if (match === null) return undefined;
  const unit = match[2] === 'h' ? 3_600_000 : match[2] === 'm' || match[2] === 'min' ? 60_000 : 1_000;
  return Math.round(Number(match[1]) * unit);
}

export interface OfflineWaitOptions {
  readonly origin: URL;
  readonly limitMs: number;
  /** Writes a line for the person (stderr). */
  say(line: string): void;
  readonly probe?: (origin: URL) => Promise<boolean>;
  /** The language of the lines (English when absent). */
  readonly words?: CliWords;
}

/**
 * The CLI's online signal. Off until the first probe says the host can be reached, so that no
 * upload starts before it has: a file then waits, as in the app, instead of failing.
 */
export class OfflineWait {
  readonly #state = new OnlineState(false);
  readonly #options: OfflineWaitOptions;
  readonly #stopped = new AbortController();
  #checking: Promise<void> | undefined;
  /** Time spent waiting so far: --offline-wait is for the whole run, so a flaky link cannot hold a script for ever. */
  #waitedMs = 0;

  constructor(options: OfflineWaitOptions) {
    this.#options = options;
  }

  get signal(): OnlineSignal {
    return this.#state;
  }

  /** Ends any wait (Ctrl-C): the signal goes on, for files that were cancelled meanwhile. */
  stop(): void {
    this.#stopped.abort();
  }

  /** Probes the host; if it cannot be reached, the signal is off until it can, or until the limit. */
  check(): Promise<void> {
    this.#checking ??= this.#check().finally(() => (this.#checking = undefined));
    return this.#checking;
  }

  async #check(): Promise<void> {
    const { origin, limitMs, say, probe = canReach, words = englishWords() } = this.#options;
    const left = limitMs - this.#waitedMs;
    if (left <= 0 || (await probe(origin))) return this.#state.set(true);
    this.#state.set(false);
    say(words.t('offline.waiting', { time: waitWords(left, words) }));
    const started = Date.now();
    const until = started + left;
    for (let delay = FIRST_PROBE_DELAY_MS; Date.now() < until && !this.#stopped.signal.aborted; delay = Math.min(LONGEST_PROBE_DELAY_MS, delay * 2)) {
      await sleep(Math.min(delay, Math.max(0, until - Date.now())), this.#stopped.signal).catch(() => undefined);
      if (!this.#stopped.signal.aborted && (await probe(origin))) {
        say(words.t('offline.back'));
        break;
      }
    }
    // Back, or waited long enough: the uploads go, and fail with their own sentence if they must.
    this.#waitedMs += Date.now() - started;
    this.#state.set(true);
  }
}
