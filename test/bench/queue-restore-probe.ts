// Run by the queue benchmark in a process of its own: restores the upload list in the given
// data folder as the app does at start (queue-restore.ts, then UploadQueue.restore) and prints
// how long that took, how many items came back and the heap they keep (after a full garbage
// collection, so what stays for as long as the app runs). Its peak memory is read by peak-rss-probe.ts.
//
//   node --expose-gc --import ./peak-rss-probe.ts test/bench/queue-restore-probe.ts <dataDir>

import { restoreQueue } from '../../electron/core/queue/queue-restore.ts';
import { UploadQueue } from '../../electron/core/queue/upload-queue.ts';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: queue-restore-probe.ts <dataDir>');
const started = performance.now();
const { store, items } = await restoreQueue(dataDir, (sentence) => {
  throw new Error(sentence);
});
const queue = new UploadQueue({ getKey: async () => undefined, settings: () => ({ concurrency: 1, regions: {} }), journal: store });
queue.restore(items);
const ms = performance.now() - started;
await store.close();
(globalThis as { gc?: () => void }).gc?.();
const heapUsed = process.memoryUsage().heapUsed;
process.stdout.write(`${JSON.stringify({ ms, items: queue.snapshot().items.length, heapUsed })}\n`);
