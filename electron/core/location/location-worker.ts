// The location check, in a worker thread of its own (started by location-check.ts): whatever a
// file makes the parsers do, main's event loop (the window, the tray, other uploads) goes on, and
// the worker's heap is capped by its resourceLimits. The file is read through the descriptor
// main opened, so the file checked is the file main copies. One worker checks file after file,
// one at a time, each request answered under its id: starting a thread per file cost more than
// checking a small photo.

import { read } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { blockReader } from './block-reader.ts';
import { Budget, TooComplex } from './budget.ts';
import { FINDERS } from './location-finders.ts';
import { mayHoldLocation } from './location-formats.ts';
import type { CheckRequest, CheckAnswer, CheckCall } from './location-check-messages.ts';

async function check(request: CheckRequest): Promise<CheckAnswer> {
  if (!mayHoldLocation(request.formatId)) return { kind: 'patches', patches: [] };
  const finder = FINDERS[request.formatId];
  const budget = new Budget(request.limits);
  const readInto = (buffer: Buffer, position: number): Promise<number> =>
    new Promise((resolve, reject) => read(request.fd, buffer, 0, buffer.length, position, (error, bytesRead) => (error === null ? resolve(bytesRead) : reject(error))));
  try {
    const patches = await finder(blockReader(readInto, request.size, budget), request.size, budget);
    return { kind: 'patches', patches: patches.map((p) => ({ offset: p.offset, bytes: p.bytes })) };
  } catch (error) {
    if (error instanceof TooComplex) return { kind: 'too-complex', reason: error.message };
    // The disk said no (EIO, a drive unplugged): the file could not be read.
    if (typeof (error as { code?: unknown }).code === 'string' && typeof (error as { syscall?: unknown }).syscall === 'string') {
      return { kind: 'unreadable', reason: String((error as Error).message) };
    }
    // A case no budget foresaw (a bug, a stack that ran out): not checked, so not sent.
    return { kind: 'too-complex', reason: `the check failed: ${String((error as Error)?.message ?? error).slice(0, 200)}` };
  }
}

parentPort?.on('message', (call: CheckCall) => {
  void check(call.request).then((answer) => parentPort?.postMessage({ id: call.id, answer }));
});
