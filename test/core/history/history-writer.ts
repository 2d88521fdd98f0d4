// A child process for the crash tests: appends history entries as fast as it can, several at
// a time (as the app's queue does), and prints each id once append() has resolved, i.e. once
// the store has acknowledged it as durable. The parent kills it with SIGKILL at random moments.
//
//   node test/core/history/history-writer.ts <dir> <label> [count]

import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { PROVIDER_IDS } from '../../../shared/providers.ts';

const [dir, label = 'w', countText = '1000000'] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: history-writer.ts <dir> <label> [count]');
const count = Number(countText);
// Up to this many appends in flight at once, like a queue finishing several uploads together.
const IN_FLIGHT = 4;

const store = await HistoryStore.open(dir);
let next = 0;
async function worker(): Promise<void> {
  while (next < count) {
    const n = next;
    next += 1;
    const entry = await store.append({
      name: `${label}-${n}.mp4`,
      // Long enough that a batch of lines spans more than one page, so a kill can tear a write.
      path: `/media/${label}/${'deep-folder/'.repeat(1 + (n % 40))}${label}-${n}.mp4`,
      size: n,
      provider: PROVIDER_IDS[n % PROVIDER_IDS.length] ?? 'assemblyai',
      ok: n % 5 !== 0,
      ...(n % 5 === 0 ? { errorCode: 'NETWORK' as const, errorMessage: 'Could not reach the provider.' } : { url: `https://cdn.test/${label}/${n}` }),
      source: 'cli',
    });
    process.stdout.write(`${entry.id}\n`);
  }
}
await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
await store.close();
process.stdout.write('done\n');
