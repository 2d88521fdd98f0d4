// The queue's batches: files started while a batch runs join it; when nothing is left waiting or
// uploading, the batch settles with its counts (the CLI's "All N files" line, the app's
// notification). Numbers go on across batches, and after a restored list, after its highest.

import type { BatchSummary } from '../../../shared/batch-progress.ts';

export class QueueBatch {
  /** The running batch's number, or the last one's. */
  #number = 0;
  #active = false;
  #summary: BatchSummary = { done: 0, failed: 0, cancelled: 0 };

  get number(): number {
    return this.#number;
  }

  get active(): boolean {
    return this.#active;
  }

  /** How the running (or the last) batch went so far. */
  get summary(): BatchSummary {
    return this.#summary;
  }

  /** A restored item of batch `number`: new batches are numbered after it. */
  restored(number: number): void {
    this.#number = Math.max(this.#number, number);
  }

  /** The batch a file started now joins: the running one, or a new one. */
  join(): number {
    if (!this.#active) {
      this.#active = true;
      this.#number += 1;
      this.#summary = { done: 0, failed: 0, cancelled: 0 };
    }
    return this.#number;
  }

  count(outcome: keyof BatchSummary): void {
    this.#summary = { ...this.#summary, [outcome]: this.#summary[outcome] + 1 };
  }

  /** Ends the running batch, if one runs: its summary, or undefined. */
  settle(): BatchSummary | undefined {
    if (!this.#active) return undefined;
    this.#active = false;
    return this.#summary;
  }
}
