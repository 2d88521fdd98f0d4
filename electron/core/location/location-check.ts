// Main's side of the location check: one worker thread per file (location-worker.ts), started
// only when a file of a format with location needs checking, so a plain upload (and the CLI's
// start-up) never loads it. Its heap is capped, its time too, and a file that needs more is
// refused with LOCATION_TOO_COMPLEX: never sent with its location, never freezing main.

import type { FileHandle } from 'node:fs/promises';
import type { ResourceLimits } from 'node:worker_threads';
import { UploadError } from '../errors/upload-error.ts';
import type { BudgetLimits } from './budget.ts';
import type { CheckAnswer, CheckRequest } from './location-check-messages.ts';
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
  const { Worker } = await import('node:worker_threads');
  const refused = (reason: string): UploadError => UploadError.of('LOCATION_TOO_COMPLEX', options.provider, { file: options.file, detail: reason });
  const request: CheckRequest = { fd: handle.fd, size: options.size, formatId: options.formatId, ...(options.limits !== undefined && { limits: options.limits }) };
  const worker = new Worker(WORKER_ENTRY, { workerData: request, resourceLimits: RESOURCE_LIMITS, stdout: true, stderr: true });
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    const answer = await new Promise<CheckAnswer>((resolve, reject) => {
      worker.once('message', resolve);
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or anything thrown outside the check.
      worker.once('error', (error) => reject(refused(`the check stopped: ${error.message}`)));
      worker.once('exit', (code) => reject(refused(`the check ended early (${code})`)));
      timer = setTimeout(() => reject(refused(`the check took longer than ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
      onAbort = () => reject(UploadError.of('CANCELLED', options.provider));
      if (options.signal?.aborted) onAbort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
    });
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
    // The worker has answered or is abandoned; the descriptor stays main's until it is done.
    await worker.terminate();
  }
}
