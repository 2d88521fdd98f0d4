// Main's side of the location check: worker threads (location-worker.ts), started only when a
// file of a format with location needs checking, so a plain upload (and the CLI's start-up)
// never loads one. Its heap is capped, its time too, and a file that needs more is refused with
// LOCATION_TOO_COMPLEX: never sent with its location, never freezing main. A worker that answered
// checks the next file (a thread's start costs more than a small photo's check: 200 small videos
// took a start each); one that failed, ran late or was cancelled is ended, never reused. Idle
// workers end after a few seconds and never keep the process alive.

import type { FileHandle } from 'node:fs/promises';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { UploadError } from '../errors/upload-error.ts';
import type { BudgetLimits } from './budget.ts';
import type { CheckAnswer, CheckCall, CheckReply, CheckRequest } from './location-check-messages.ts';
import type { Patch } from './patches.ts';

// In the sources the entry sits beside this file; the CLI bundle and the app's main build
// emit it as a file of its own and rewrite this URL to point at it (electron/launch/worker-entry-plugin.ts).
const WORKER_ENTRY = new URL('./location-worker.ts', import.meta.url);

// The parsers hold at most a few 16 MiB blocks (budget.ts), outside the heap; their heap needs
// a few MB. 64 MB stops a case no budget foresaw long before it hurts the app.
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, codeRangeSizeMb: 16, stackSizeMb: 4 };

// Every cap of the budget is met within a few seconds on a slow disk: this backstop is only for
// what no cap foresaw (a network drive that stopped answering).
const DEADLINE_MS = 60_000;

// As many idle workers as uploads usually run at once (Settings' default is three), for a while.
const MAX_IDLE = 3;
const IDLE_MS = 5_000;
const idle: Worker[] = [];
const idleTimers = new WeakMap<Worker, NodeJS.Timeout>();
let lastId = 0;

async function takeWorker(): Promise<Worker> {
  const reused = idle.pop();
  if (reused !== undefined) {
    clearTimeout(idleTimers.get(reused));
    reused.ref();
    return reused;
  }
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const worker = new WorkerThread(WORKER_ENTRY, { resourceLimits: RESOURCE_LIMITS, stdout: true, stderr: true });
  // A check listens for its own failure; between checks a worker's end is only forgotten, never
  // an unhandled 'error' event that would bring main down.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

function giveBack(worker: Worker): void {
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push(worker);
  const timer = setTimeout(() => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idleTimers.set(worker, timer);
}

/** Ends the idle workers now, saying how many there were (tests; the app lets them end by themselves). */
export async function endIdleLocationWorkers(): Promise<number> {
  const ending = idle.splice(0);
  for (const worker of ending) clearTimeout(idleTimers.get(worker));
  await Promise.all(ending.map((worker) => worker.terminate()));
  return ending.length;
}

export interface CheckOptions {
  readonly formatId: string;
  readonly size: number;
  /** For the error's sentence. */
  readonly provider: string;
  readonly file: string;
  readonly signal?: AbortSignal | undefined;
  /** Tests lower the caps to reach them with small files. */
  readonly limits?: Partial<BudgetLimits>;
}

/** The patches that remove the location from the file open as `handle`; UploadError when it cannot be checked. */
export async function findLocation(handle: FileHandle, options: CheckOptions): Promise<Patch[]> {
  const refused = (reason: string): UploadError => UploadError.of('LOCATION_TOO_COMPLEX', options.provider, { file: options.file, detail: reason });
  const request: CheckRequest = { fd: handle.fd, size: options.size, formatId: options.formatId, ...(options.limits !== undefined && { limits: options.limits }) };
  if (options.signal?.aborted === true) throw UploadError.of('CANCELLED', options.provider);
  const worker = await takeWorker();
  const call: CheckCall = { id: (lastId += 1), request };
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  let onMessage: ((reply: CheckReply) => void) | undefined;
  let onError: ((error: Error) => void) | undefined;
  let onExit: ((code: number) => void) | undefined;
  let answered = false;
  try {
    const answer = await new Promise<CheckAnswer>((resolve, reject) => {
      onMessage = (reply) => {
        if (reply.id === call.id) resolve(reply.answer);
      };
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or anything thrown outside the check.
      onError = (error) => reject(refused(`the check stopped: ${error.message}`));
      onExit = (code) => reject(refused(`the check ended early (${code})`));
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      timer = setTimeout(() => reject(refused(`the check took longer than ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
      onAbort = () => reject(UploadError.of('CANCELLED', options.provider));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage(call);
    });
    answered = true;
    if (answer.kind === 'too-complex') throw refused(answer.reason);
    if (answer.kind === 'unreadable') throw UploadError.of('FILE_UNREADABLE', options.provider, { file: options.file, detail: answer.reason });
    const size = options.size;
    // Only bytes inside the file are written: a patch never makes the copy longer.
    return answer.patches
      .filter((p) => p.offset >= 0 && p.offset < size)
      .map((p) => ({ offset: p.offset, bytes: Buffer.from(p.bytes.buffer, p.bytes.byteOffset, Math.min(p.bytes.length, size - p.offset)) }));
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) options.signal?.removeEventListener('abort', onAbort);
    if (onMessage !== undefined) worker.off('message', onMessage);
    if (onError !== undefined) worker.off('error', onError);
    if (onExit !== undefined) worker.off('exit', onExit);
    // A worker that answered is free for the next file; one that did not may still be reading
    // this descriptor, which main closes next: it is ended first, and waited for.
    if (answered) giveBack(worker);
    else await worker.terminate();
  }
}
