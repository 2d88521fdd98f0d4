// @vitest-environment node
// The window may upload only what the person chose. Through the real gate and handlers over a
// real queue: a drop's paths are registered by the preload and come back as ids; `queue:add`
// takes only those ids, each once and within a minute; anything else (a path, an invented id,
// an id used already) gets one sentence that is the same whether or not a file is there. The
// "Add files…" dialog adds what was picked. Network and device paths never reach the queue.

import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHOSEN_FILE_TTL_MS, REFUSED_UNCHOSEN } from '../../../electron/main/desktop/chosen-files.ts';
import type { AddResult } from '../../../shared/queue-types.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { gateUnderTest, valueOf, WINDOW, type GateSetup, type GateUnderTest } from '../calls/gate-under-test.ts';

const UNCHOSEN = { ok: false, code: 'CALL_REFUSED', error: REFUSED_UNCHOSEN };

let app: GateUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function open(setup: GateSetup = {}): Promise<GateUnderTest> {
  app = await gateUnderTest(setup);
  return app;
}

async function register(under: GateUnderTest, ...paths: string[]): Promise<string[]> {
  return valueOf<string[]>(await under.gate('files:register-drop', WINDOW, [{ paths }]));
}

const queued = (under: GateUnderTest) => under.queue.snapshot().items.map((item) => item.path);

describe('a drop', () => {
  it('is registered as one opaque id per path, and those ids add exactly those files', async () => {
    const under = await open();
    const song = await writeMediaFile(under.dir, 'mp3', { name: 'song.mp3' });
    const clip = await writeMediaFile(join(under.dir, 'Trip'), 'mp4', { name: 'clip.mp4' });
    const ids = await register(under, song, join(under.dir, 'Trip'));
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(id).not.toContain('song');
    }
    expect(new Set(ids).size).toBe(2);
    const result = valueOf<AddResult>(await under.gate('queue:add', WINDOW, [{ files: ids }]));
    expect(result.added).toHaveLength(2);
    expect(queued(under)).toEqual([song, clip]);
  });

  it('cannot be added twice with the same ids', async () => {
    const under = await open();
    const song = await writeMediaFile(under.dir, 'mp3');
    const ids = await register(under, song);
    expect((await under.gate('queue:add', WINDOW, [{ files: ids }])).ok).toBe(true);
    expect(await under.gate('queue:add', WINDOW, [{ files: ids }])).toEqual(UNCHOSEN);
    expect(queued(under)).toEqual([song]);
  });

  it('refuses the whole call when one id is unknown, and the known ones are used up', async () => {
    const under = await open();
    const song = await writeMediaFile(under.dir, 'mp3');
    const ids = await register(under, song);
    expect(await under.gate('queue:add', WINDOW, [{ files: [...ids, 'invented-id'] }])).toEqual(UNCHOSEN);
    expect(await under.gate('queue:add', WINDOW, [{ files: ids }])).toEqual(UNCHOSEN);
    expect(queued(under)).toEqual([]);
  });

  it('refuses an id named twice in one call', async () => {
    const under = await open();
    const [id] = await register(under, await writeMediaFile(under.dir, 'mp3'));
    expect(await under.gate('queue:add', WINDOW, [{ files: [id, id] }])).toEqual(UNCHOSEN);
    expect(queued(under)).toEqual([]);
  });

  it('expires a minute after it was registered', async () => {
    let now = 1_000_000;
    const under = await open({ now: () => now });
    const song = await writeMediaFile(under.dir, 'mp3');
    const late = await register(under, song);
    const onTime = await register(under, song);
    now += CHOSEN_FILE_TTL_MS;
    expect((await under.gate('queue:add', WINDOW, [{ files: onTime }])).ok).toBe(true);
    now += 1;
    expect(await under.gate('queue:add', WINDOW, [{ files: late }])).toEqual(UNCHOSEN);
    expect(queued(under)).toEqual([song]);
  });
});

describe('a forged queue:add', () => {
  it('with invented ids is refused', async () => {
    const under = await open();
    expect(await under.gate('queue:add', WINDOW, [{ files: ['00000000-0000-4000-8000-000000000000'] }])).toEqual(UNCHOSEN);
    expect(queued(under)).toEqual([]);
  });

  it('with a path the person never chose is refused, with the same answer whether or not the file exists', async () => {
    const under = await open();
    const add = vi.spyOn(under.queue, 'addChecking');
    const secret = await writeMediaFile(under.dir, 'png', { name: 'private.png' });
    const existing = await under.gate('queue:add', WINDOW, [{ files: [secret] }]);
    const missing = await under.gate('queue:add', WINDOW, [{ files: [join(under.dir, 'no-such-photo.png')] }]);
    const folder = await under.gate('queue:add', WINDOW, [{ files: [under.dir] }]);
    expect(existing).toEqual(UNCHOSEN);
    expect(missing).toEqual(existing);
    expect(folder).toEqual(existing);
    // Nothing was even looked at: the queue (which stats and walks) never saw the paths.
    expect(add).not.toHaveBeenCalled();
    expect(queued(under)).toEqual([]);
  });

  it('with the old path list is refused as malformed', async () => {
    const under = await open();
    const song = await writeMediaFile(under.dir, 'mp3');
    const reply = await under.gate('queue:add', WINDOW, [{ paths: [song] }]);
    expect(reply).toMatchObject({ ok: false, code: 'CALL_REFUSED' });
    expect(queued(under)).toEqual([]);
  });
});

describe('the "Add files…" dialog', () => {
  it('adds what the person picked in it', async () => {
    const under = await open();
    const voice = await writeMediaFile(under.dir, 'wav');
    under.dialogFiles = [voice];
    const result = valueOf<AddResult>(await under.gate('queue:add-dialog', WINDOW, [{ provider: 'heygen' }]));
    expect(result.added).toHaveLength(1);
    expect(under.queue.snapshot().items.map((i) => [i.path, i.provider])).toEqual([[voice, 'heygen']]);
  });

  it('adds nothing when the person cancels', async () => {
    const under = await open();
    expect(valueOf<AddResult>(await under.gate('queue:add-dialog', WINDOW, [{}]))).toEqual({ added: [], refused: [] });
  });
});

describe('network and device paths on Windows', () => {
  const paths = ['\\\\attacker.example\\share\\photo.jpg', '//attacker.example/share/photo.jpg', '\\\\?\\C:\\Users\\me\\photo.jpg', '\\\\.\\PhysicalDrive0'];

  it('are refused from a drop without touching the file system, and the local file beside them is added', async () => {
    const under = await open({ platform: 'win32' });
    const add = vi.spyOn(under.queue, 'addChecking');
    // The local file is a Windows path this Linux queue cannot open: the queue's answer is
    // stubbed (a row with no file behind it, so none stays added), since what matters here is
    // that only that path reaches it.
    add.mockResolvedValueOnce({ added: ['local'], refused: [], checked: Promise.resolve([]) });
    const ids = await register(under, ...paths, 'C:\\Users\\me\\song.mp3');
    const result = valueOf<AddResult>(await under.gate('queue:add', WINDOW, [{ files: ids }]));
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0]?.[0]).toEqual(['C:\\Users\\me\\song.mp3']);
    expect(result.refused.map((r) => r.path)).toEqual(paths);
    expect(result.refused[0]).toMatchObject({ name: 'photo.jpg', message: 'It is on a network share. Copy it to a folder on this computer first, then add it from there.' });
    expect(result.refused[2]?.message).toMatch(/device or system path/);
  });

  it('are refused from the dialog too, and nothing reaches the queue', async () => {
    const under = await open({ platform: 'win32' });
    const add = vi.spyOn(under.queue, 'addChecking');
    under.dialogFiles = paths;
    const result = valueOf<AddResult>(await under.gate('queue:add-dialog', WINDOW, [{}]));
    expect(add).not.toHaveBeenCalled();
    expect(result).toMatchObject({ added: [] });
    expect(result.refused).toHaveLength(paths.length);
  });
});
