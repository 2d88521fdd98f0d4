// A big drop through the door for chosen files (electron/main/add-chosen.ts): past
// CHECKED_BEFORE_ANSWER files the window is answered as soon as the rows are in the list, each
// "Checking…"; what turns out not to be media is then taken out and told in one notice, and
// "Upload them at once" starts each file once it has been looked at.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../shared/ipc-contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings-types.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { CHECKED_BEFORE_ANSWER, chosenFilesAdder } from '../../../electron/main/desktop/add-chosen.ts';
import { makeTempDir, writeMediaFile } from '../../fixtures/media-files.ts';

async function bigFolder(): Promise<string> {
  const dir = await makeTempDir('big-drop-');
  for (let i = 0; i < CHECKED_BEFORE_ANSWER; i++) await writeMediaFile(dir, 'mp3', { name: `song-${String(i).padStart(4, '0')}.mp3` });
  // Named like a song, but text: only looking at its bytes tells.
  await writeFile(join(dir, 'notes.mp3'), 'shopping list');
  return dir;
}

function adder(settings: Partial<Settings> = {}) {
  const queue = new UploadQueue({ getKey: async () => undefined, settings: () => ({ concurrency: 1, regions: {} }), readyChecks: false });
  const notices: AppNotice[] = [];
  let noticed = (): void => undefined;
  const told = new Promise<void>((resolve) => {
    noticed = resolve;
  });
  const add = chosenFilesAdder(queue, { get: () => ({ ...DEFAULT_SETTINGS, ...settings }) }, 'linux', (notice) => {
    notices.push(notice);
    noticed();
  });
  return { queue, add, notices, told };
}

describe('a drop of more files than are looked at before the answer', () => {
  it('answers with every row "Checking…", then takes out what is not media and says so once', async () => {
    const dir = await bigFolder();
    const { queue, add, notices, told } = adder();
    const result = await add([dir]);
    expect(result.added).toHaveLength(CHECKED_BEFORE_ANSWER + 1);
    expect(result.refused).toEqual([]);
    expect(result.added.every((id) => queue.get(id)?.checking === true)).toBe(true);
    expect(notices).toEqual([]);

    await told;
    expect(notices).toEqual([{ tone: 'warning', title: '1 item skipped', lines: ['Not an image, video or audio file: notes.mp3.'] }]);
    const items = queue.snapshot().items;
    expect(items).toHaveLength(CHECKED_BEFORE_ANSWER);
    expect(items.every((item) => item.checking === undefined && item.formatId === 'mp3')).toBe(true);
  });

  it('starts each file once looked at when files upload as soon as they are added', async () => {
    const dir = await bigFolder();
    const { queue, add, told } = adder({ uploadWhenAdded: true });
    // Paused: a started file waits, which is all this test needs to see.
    queue.pause();
    await add([dir]);
    await told;
    const statuses = new Set(queue.snapshot().items.map((item) => item.status));
    expect(statuses).toEqual(new Set(['waiting']));
  });

  it('a small add still waits for its files and answers with what was skipped', async () => {
    const dir = await makeTempDir('small-drop-');
    const song = await writeMediaFile(dir, 'mp3');
    await writeFile(join(dir, 'notes.mp3'), 'shopping list');
    const { queue, add, notices } = adder();
    const result = await add([song, join(dir, 'notes.mp3')]);
    expect(result.added.map((id) => queue.get(id)?.checking)).toEqual([undefined]);
    expect(result.refused.map((r) => r.name)).toEqual(['notes.mp3']);
    expect(notices).toEqual([]);
  });
});
