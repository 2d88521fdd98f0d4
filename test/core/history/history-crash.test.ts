// An entry the store acknowledged is still there after the writer is killed with SIGKILL at
// any moment, and the file always opens. Also: two writer processes appending while this
// process removes entries (rewriting the file) lose nothing they acknowledged.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { uploaded } from './history-test-entries.ts';

const WRITER = fileURLToPath(new URL('./history-writer.ts', import.meta.url));
// Enough kills to land in every phase of an append (write, fsync, batching) many times over.
const KILLS = 30;

interface Writer {
  readonly child: ChildProcess;
  /** Ids the writer printed, i.e. acknowledged as durable. */
  readonly acked: string[];
  readonly finished: Promise<void>;
}

function startWriter(dir: string, label: string, count?: number): Writer {
  const child = spawn(process.execPath, [WRITER, dir, label, ...(count === undefined ? [] : [String(count)])], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: string[] = [];
  let pending = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) if (text !== 'done') acked.push(text);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const finished = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${stderr}`))));
  });
  return { child, acked, finished };
}

async function untilAcked(writer: Writer, count: number): Promise<void> {
  while (writer.acked.length < count) {
    if (writer.child.exitCode !== null) throw new Error('writer stopped early');
    await sleep(2);
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'history-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('history under SIGKILL', () => {
  it(`keeps every acknowledged entry through ${KILLS} kills at random moments`, async () => {
    const everAcked = new Set<string>();
    let damagedSeen = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const writer = startWriter(dir, `r${round}`);
      await untilAcked(writer, 1);
      await sleep(Math.random() * 60);
      writer.child.kill('SIGKILL');
      await writer.finished;
      for (const id of writer.acked) everAcked.add(id);

      const store = await HistoryStore.open(dir);
      const present = new Set(store.all().map((e) => e.id));
      const missing = [...everAcked].filter((id) => !present.has(id));
      expect(missing, `round ${round}: acknowledged entries lost`).toEqual([]);
      damagedSeen = Math.max(damagedSeen, store.damagedLines);
      // At most one torn line per kill so far: damage never spreads to whole entries.
      expect(store.damagedLines).toBeLessThanOrEqual(round + 1);
      await store.close();
    }
    console.log(`history crash test: ${everAcked.size} acknowledged entries over ${KILLS} kills, ${damagedSeen} torn line(s) recovered`);

    // The file still takes new entries, and each complete line is an entry or a skipped fragment.
    const store = await HistoryStore.open(dir);
    const last = await store.append(uploaded('after-the-crashes.mp3'));
    await store.close();
    const reopened = await HistoryStore.open(dir);
    expect(reopened.all().map((e) => e.id)).toContain(last.id);
    const lines = (await readFile(reopened.file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
    expect(lines.length - reopened.damagedLines).toBe(reopened.size);
    await reopened.close();
  });

  it('loses nothing two writer processes acknowledged while another process removes entries', async () => {
    const a = startWriter(dir, 'a', 250);
    const b = startWriter(dir, 'b', 250);
    const app = await HistoryStore.open(dir);
    const removed = new Set<string>();
    const mine: string[] = [];
    try {
      await untilAcked(a, 1);
      await untilAcked(b, 1);
      // Keep rewriting the file while both writers append to it.
      for (let i = 0; i < 20 && (a.child.exitCode === null || b.child.exitCode === null); i += 1) {
        const entry = await app.append(uploaded(`app-${i}.mp3`));
        await app.refresh();
        const [victim] = app.search('app-').entries.filter((e) => e.id !== entry.id);
        if (victim !== undefined) {
          await app.remove(victim.id);
          removed.add(victim.id);
        }
        mine.push(entry.id);
        await sleep(5);
      }
      await Promise.all([a.finished, b.finished]);
    } finally {
      a.child.kill('SIGKILL');
      b.child.kill('SIGKILL');
      await app.close();
    }
    expect(a.acked).toHaveLength(250);
    expect(b.acked).toHaveLength(250);
    expect(removed.size).toBeGreaterThan(0);

    const reopened = await HistoryStore.open(dir);
    const present = new Set(reopened.all().map((e) => e.id));
    const expected = [...a.acked, ...b.acked, ...mine].filter((id) => !removed.has(id));
    expect(expected.filter((id) => !present.has(id))).toEqual([]);
    expect([...removed].filter((id) => present.has(id))).toEqual([]);
    expect(reopened.damagedLines).toBe(0);
    await reopened.close();
  });
});
