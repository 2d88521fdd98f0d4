// A child process for the queue's crash test: what the app does with its upload list, without
// a window. It restores the list from the data folder as the app does at start (app-core.ts),
// adds the files it is given, then presses "Upload all" (which starts files never started, and
// never an interrupted one), uploading to the parent's loopback server. It prints each change
// once the store has acknowledged it as on the disk:
//
//   restored <n>            the list is back, with n items
//   added <id> <path>       queued, and written
//   done <id> <url>         uploaded, and written
//   failed <id> <code>      failed, and written
//
// The parent kills it with SIGKILL at random moments, restores the list itself and checks it.
//
//   node test/core/queue/queue-runner.ts <dataDir> <baseUrl> [path…]

import { PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import { restoreQueue } from '../../../electron/core/queue/queue-restore.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { TEST_KEYS } from '../../fixtures/provider-routes.ts';

const [dataDir, baseUrl, ...paths] = process.argv.slice(2);
if (dataDir === undefined || baseUrl === undefined) throw new Error('usage: queue-runner.ts <dataDir> <baseUrl> [path…]');

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const { store, items } = await restoreQueue(dataDir, (sentence) => process.stderr.write(`${sentence}\n`));
const queue = new UploadQueue({
  getKey: async (provider: ProviderId) => (PROVIDER_IDS.includes(provider) ? TEST_KEYS[provider] : undefined),
  // Three at once, as a person's default might be: kills land among several running uploads.
  settings: () => ({ concurrency: 3, regions: {} }),
  baseUrl: () => baseUrl,
  retry: { baseDelayMs: 10, maxDelayMs: 50 },
  journal: store,
});
queue.restore(items);
say(`restored ${items.length}`);

queue.on('finished', (item) => {
  void store.whenWritten().then(() => {
    if (item.status === 'done') say(`done ${item.id} ${item.result.url ?? ''}`);
    else if (item.status === 'failed') say(`failed ${item.id} ${item.error.code}`);
  });
});

if (paths.length > 0) {
  const { added } = await queue.add(paths, 'assemblyai');
  await store.whenWritten();
  for (const id of added) say(`added ${id} ${queue.get(id)?.path ?? ''}`);
}
queue.start();
await queue.whenSettled();
await store.close();
say('settled');
