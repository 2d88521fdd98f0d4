// Turns "bytes handed to the socket so far" into speed and time left. Speed is an
// exponentially weighted moving average over samples at least 200 ms apart, so one slow
// write does not make the estimate jump, yet a real change shows within a few seconds.
// It sees every chunk of the file as it leaves, so it also takes the file's fingerprint
// (electron/core/files/fingerprint.ts) on the way: the history keeps it to recognise a repeat,
// without a second read.

import { fingerprinter, type Fingerprinter } from '../files/fingerprint.ts';
import type { UploadProgress } from '../../../shared/queue-types.ts';

const SAMPLE_MS = 200;
// Weight of a new sample: about the last 2 s of samples dominate the average.
const ALPHA = 0.2;

export class ProgressMeter {
  readonly #total: number;
  readonly #now: () => number;
  #sent = 0;
  #speed = 0;
  #lastAt: number;
  #lastSent = 0;
  #hash: Fingerprinter = fingerprinter();

  constructor(total: number, now: () => number = () => performance.now()) {
    this.#total = total;
    this.#now = now;
    this.#lastAt = now();
  }

  /** The file's next bytes, for the fingerprint: given in order, whether or not they have left yet. */
  fingerprintChunk(chunk: Uint8Array): void {
    this.#hash.update(chunk);
  }

  /** Records bytes that just left; returns true when a new sample was taken. */
  add(bytes: number): boolean {
    this.#sent += bytes;
    const at = this.#now();
    const elapsed = at - this.#lastAt;
    if (elapsed < SAMPLE_MS) return false;
    const instant = ((this.#sent - this.#lastSent) * 1000) / elapsed;
    this.#speed = this.#speed === 0 ? instant : ALPHA * instant + (1 - ALPHA) * this.#speed;
    this.#lastAt = at;
    this.#lastSent = this.#sent;
    return true;
  }

  reset(): void {
    this.#sent = 0;
    this.#lastSent = 0;
    this.#lastAt = this.#now();
    this.#hash = fingerprinter();
  }

  /** The whole file's fingerprint, once every byte of it went out in this attempt; else undefined. */
  fingerprint(): string | undefined {
    return this.#sent === this.#total ? this.#hash.digest() : undefined;
  }

  snapshot(): UploadProgress {
    const left = Math.max(0, this.#total - this.#sent);
    return {
      sent: this.#sent,
      total: this.#total,
      speed: this.#speed,
      ...(this.#speed > 0 && { etaSeconds: left / this.#speed }),
    };
  }
}
