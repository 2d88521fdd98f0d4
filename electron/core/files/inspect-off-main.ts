// Main's side of looking at many files: past a few hundred, the inspecting runs in a worker
// thread (inspect-worker.ts) and main only takes in its batches of results; fewer are looked at
// here (inspect-all.ts), where starting a worker (~40 ms, loading the type sniffer again) would
// cost more than it saves. Either way `found` gets every file once, with its index; the answer
// is how many were looked at on main's thread.

import type { RefusedPath } from '../../../shared/queue-types.ts';
import type { InspectedFile } from './file-inspect.ts';
import { inspectEach } from './inspect-all.ts';
import type { InspectAnswer, InspectRequest } from './inspect-messages.ts';

/** From this many files on, they are looked at off main's thread. */
export const OFF_MAIN_FROM = 200;

// In the sources the worker is the .ts file beside this one; the bundlers emit it as a file of
// its own and rewrite this URL to point at it (electron/launch/worker-entry-plugin.ts).
const WORKER_ENTRY = new URL('./inspect-worker.ts', import.meta.url);

export async function inspectOffMain(paths: readonly string[], provider: string, found: (index: number, result: InspectedFile | RefusedPath) => void): Promise<number> {
  if (paths.length < OFF_MAIN_FROM) {
    await inspectEach(paths, provider, found);
    return paths.length;
  }
  const done = new Set<number>();
  try {
    const { Worker } = await import('node:worker_threads');
    const request: InspectRequest = { paths, provider };
    const worker = new Worker(WORKER_ENTRY, { workerData: request });
    try {
      await new Promise<void>((resolve, reject) => {
        worker.on('message', (answer: InspectAnswer) => {
          if (answer.kind === 'done') return resolve();
          for (const [index, result] of answer.results) {
            if (done.has(index)) continue;
            done.add(index);
            found(index, result);
          }
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`The inspect worker ended early (${code}).`)));
      });
    } finally {
      await worker.terminate();
    }
  } catch {
    // The worker could not start or stopped (it should not): what it did not get to is looked
    // at here, so every row is filled in all the same.
  }
  const rest = paths.flatMap((_path, index) => (done.has(index) ? [] : [index]));
  if (rest.length > 0) await inspectEach(rest.map((index) => paths[index] as string), provider, (at, result) => found(rest[at] as number, result));
  return rest.length;
}
