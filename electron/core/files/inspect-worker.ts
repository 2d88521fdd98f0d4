// Looks at a big drop's files in a worker thread of its own (started by inspect-off-main.ts):
// opening, reading the head of and sniffing 10,000 files is 40,000 file-system calls. Here they
// cost main's event loop nothing but a message per batch, so the window, the tray and the
// uploads go on; and here they are made synchronously (file-inspect-sync.ts), since nothing else
// waits on this thread and a round trip to libuv's pool per call cost more than the calls.
// The same inspectEach as in main (inspect-all.ts): the same facts and the same sentences.

import { parentPort, workerData } from 'node:worker_threads';
import type { RefusedPath } from '../../../shared/queue-types.ts';
import type { InspectedFile } from './file-inspect.ts';
import { inspectFileSync } from './file-inspect-sync.ts';
import { inspectEach } from './inspect-all.ts';
import type { InspectAnswer, InspectRequest } from './inspect-messages.ts';

// A batch is sent when it holds this many files, or this long after its first: rows fill in
// steadily, with a hundred messages for 10,000 files rather than 10,000, each a few
// milliseconds of main's time.
const BATCH_FILES = 100;
const BATCH_MS = 50;

const request = workerData as InspectRequest;
const port = parentPort;
if (port === null) throw new Error('inspect-worker.ts runs only as a worker thread.');

let results: (readonly [number, InspectedFile | RefusedPath])[] = [];
let timer: NodeJS.Timeout | undefined;
const send = (): void => {
  clearTimeout(timer);
  timer = undefined;
  if (results.length === 0) return;
  const answer: InspectAnswer = { kind: 'found', results };
  results = [];
  port.postMessage(answer);
};

await inspectEach(
  request.paths,
  request.provider,
  (index, result) => {
    results.push([index, result]);
    if (results.length >= BATCH_FILES) send();
    else timer ??= setTimeout(send, BATCH_MS);
  },
  inspectFileSync,
);
send();
port.postMessage({ kind: 'done' } satisfies InspectAnswer);
