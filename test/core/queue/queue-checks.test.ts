// A big drop's rows come first, each "Checking…" (ItemFacts.checking), and the files are looked
// at afterwards (electron/core/queue-checks.ts): no file is opened before the rows are in the
// list, each row is filled in as its file is looked at, what cannot be read is taken out and
// reported, and a start, a move or a removal made meanwhile is honoured.

import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../../../shared/queue-types.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import type { QueueJournal } from '../../../electron/core/queue/queue-store.ts';
import { makeTempDir, writeMediaFile } from '../../fixtures/media-files.ts';

function queueWith(journal?: QueueJournal): UploadQueue {
  return new UploadQueue({ getKey: async () => undefined, settings: () => ({ concurrency: 1, regions: {} }), readyChecks: false, ...(journal !== undefined && { journal }) });
}

async function folderOf(count: number): Promise<string> {
  const dir = await makeTempDir('queue-checks-');
  for (let i = 0; i < count; i++) await writeMediaFile(dir, 'mp3', { name: `song-${String(i).padStart(3, '0')}.mp3`, size: 5000 + i });
  return dir;
}

describe('adding rows before their files are looked at', () => {
  it('lists every row at once, "Checking…", then fills each in with its size and type', async () => {
    const dir = await folderOf(40);
    const queue = queueWith();
    const adding = await queue.addChecking([dir], 'assemblyai');
    expect(adding.added).toHaveLength(40);
    const rows = adding.added.map((id) => queue.get(id));
    // Nothing has been opened yet: every row waits for its file to be looked at.
    expect(rows.every((row) => row?.status === 'idle' && row.checking === true && row.size === 0 && row.formatId === undefined && row.problem === undefined)).toBe(true);
    expect(rows.map((row) => row?.name)).toEqual(Array.from({ length: 40 }, (_, i) => `song-${String(i).padStart(3, '0')}.mp3`));

    expect(await adding.checked).toEqual([]);
    const checked = adding.added.map((id) => queue.get(id));
    expect(checked.every((row) => row !== undefined && row.checking === undefined && row.formatId === 'mp3')).toBe(true);
    expect(checked.map((row) => row?.size)).toEqual(Array.from({ length: 40 }, (_, i) => 5000 + i));
  });

  it('takes out a file that cannot be read, and says which, in the order given', async () => {
    const dir = await folderOf(2);
    // Named like a song, listed like a file, but a pipe: looking at it says it is not a file.
    const pipe = join(dir, 'pipe.mp3');
    execFileSync('mkfifo', [pipe]);
    const queue = queueWith();
    const adding = await queue.addChecking([join(dir, 'song-000.mp3'), pipe, join(dir, 'gone.mp3'), join(dir, 'song-001.mp3')], 'memories');
    // What is not there at all is refused at once, before any row.
    expect(adding.refused.map((r) => [r.name, r.code])).toEqual([['gone.mp3', 'FILE_NOT_FOUND']]);
    expect(adding.added).toHaveLength(3);
    const unreadable = await adding.checked;
    expect(unreadable.map((r) => [r.name, r.code])).toEqual([['pipe.mp3', 'NOT_A_FILE']]);
    expect(queue.snapshot().items.map((item) => item.name)).toEqual(['song-000.mp3', 'song-001.mp3']);
  });

  it('starts a row started while it was checked once it has been, and never one removed meanwhile', async () => {
    const dir = await folderOf(6);
    const queue = queueWith();
    // Paused: a started file waits, which is all this test needs to see.
    queue.pause();
    const adding = await queue.addChecking([dir], 'assemblyai');
    const [first, second] = adding.added;
    queue.start();
    queue.remove(second ?? '');
    expect(queue.get(first ?? '')).toMatchObject({ status: 'idle', checking: true });
    await adding.checked;
    expect(queue.get(first ?? '')).toMatchObject({ status: 'waiting', size: 5000 });
    expect(queue.get(second ?? '')).toBeUndefined();
    expect(queue.snapshot().items.filter((item) => item.status === 'waiting')).toHaveLength(5);
  });

  it('gives a row moved to another provider while checked that provider’s verdict once looked at', async () => {
    const dir = await makeTempDir('queue-checks-');
    // AssemblyAI takes no images (shared/providers.ts): the verdict comes with the file's type.
    const photo = await writeMediaFile(dir, 'png');
    const queue = queueWith();
    const adding = await queue.addChecking([photo], 'heygen');
    const id = adding.added[0] ?? '';
    queue.setProvider([id], 'assemblyai');
    const moved = queue.get(id);
    expect(moved).toMatchObject({ provider: 'assemblyai', checking: true });
    expect(moved?.status === 'idle' ? moved.problem : 'not idle').toBeUndefined();
    await adding.checked;
    const row = queue.get(id);
    expect(row).toMatchObject({ provider: 'assemblyai', formatId: 'png' });
    expect(row?.status === 'idle' ? row.problem?.code : undefined).toBe('UNSUPPORTED_TYPE');
  });

  it('keeps a row in the list’s file only once its file was looked at', async () => {
    const saved: QueueItem[] = [];
    const journal: QueueJournal = { saved: (item) => void saved.push(item), removed: () => undefined, whenWritten: async () => undefined };
    const queue = queueWith(journal);
    const dir = await folderOf(3);
    const adding = await queue.addChecking([dir], 'assemblyai');
    await adding.checked;
    expect(saved.filter((item) => item.checking === true)).toEqual([]);
    expect(saved.map((item) => item.id).sort()).toEqual([...adding.added].sort());
  });

  it('add() still answers once every file was looked at, as the command line needs', async () => {
    const dir = await folderOf(2);
    await writeFile(join(dir, 'notes.mp3'), 'not really a song');
    const queue = queueWith();
    const result = await queue.add([dir, join(dir, 'missing.wav')], 'assemblyai');
    expect(result.added.map((id) => queue.get(id)?.name)).toEqual(['notes.mp3', 'song-000.mp3', 'song-001.mp3']);
    expect(result.added.every((id) => queue.get(id)?.checking === undefined)).toBe(true);
    expect(result.refused.map((r) => r.name)).toEqual(['missing.wav']);
  });
});
