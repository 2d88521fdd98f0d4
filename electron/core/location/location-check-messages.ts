// What main sends the location worker and what it answers: plain data, copied between threads.

import type { BudgetLimits } from './budget.ts';

export interface CheckRequest {
  /** A descriptor main opened and keeps open until the answer (threads share descriptors). */
  readonly fd: number;
  readonly size: number;
  readonly formatId: string;
  readonly limits?: Partial<BudgetLimits>;
}

export type CheckAnswer =
  | { readonly kind: 'patches'; readonly patches: ReadonlyArray<{ readonly offset: number; readonly bytes: Uint8Array }> }
  /** Past a budget cap, or a failure of the check itself: the file is refused. */
  | { readonly kind: 'too-complex'; readonly reason: string }
  /** The disk refused a read. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/** One request to the worker, and its answer, under the same id. */
export interface CheckCall {
  readonly id: number;
  readonly request: CheckRequest;
}
export interface CheckReply {
  readonly id: number;
  readonly answer: CheckAnswer;
}
