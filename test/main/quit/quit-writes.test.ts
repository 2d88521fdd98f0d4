// @vitest-environment node
// Quitting in the middle of an upload, with the app's real core (queue, history, settings in a
// temp data folder) uploading to a loopback provider server, and the app's real quit flow
// (createAppQuit, as electron/main/index.ts builds it): the person is asked once; once they
// choose to quit, the quit is held until the window's place and the stopped upload's record are
// on disk; only then does the app quit, and the next start finds the stopped upload in the list
// as interrupted. Electron itself is the only part left out.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../electron/main/app/app-core.ts';
import { STOPPED_BY_QUIT } from '../../../electron/core/history/history-recorder.ts';
import { createAppQuit, QuitDeadlineError } from '../../../electron/main/quit/quit-flow.ts';
import { PlaceWrites, type WindowPlace } from '../../../electron/main/window/window-place.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';
import { startProviderServer, type ProviderServer } from '../../fixtures/provider-server.ts';

let server: ProviderServer;
let dataDir: string;
let mediaDir: string;

beforeAll(async () => {
  server = await startProviderServer();
  dataDir = await makeTempDir('media-uploader-quit-data-');
  mediaDir = await makeTempDir('media-uploader-quit-media-');
});
afterAll(async () => {
  await server.close();
  await removeDir(dataDir);
  await removeDir(mediaDir);
});

async function openCore(): Promise<AppCore> {
  return openAppCore({
    dataDir,
    keys: memorySecretStore(server.keys),
    baseUrl: () => server.baseUrl,
    desktop: { pickMediaFiles: async () => [], pickExportPath: async () => undefined, confirmKeyChange: async () => false, confirmDeleteUpload: async () => false, openExternal: async () => undefined, showInFolder: async () => undefined, thumbnail: async () => undefined, readPastedImage: async () => undefined, copyText: async () => undefined },
    emit: () => undefined,
  });
}

const PLACE: WindowPlace = { x: 40, y: 60, width: 980, height: 700, maximized: false };

describe('quitting during an upload', () => {
  it('asks once, then quits only after the window place and the stopped upload are written', async () => {
    const core = await openCore();
    const done = await writeMediaFile(mediaDir, 'mp3', { name: 'short.mp3' });
    const slow = await writeMediaFile(mediaDir, 'mp4', { name: 'long-take.mp4', size: 4 * 1024 * 1024 });
    await core.queue.add([done], 'assemblyai', { start: true });
    await core.queue.whenSettled();

    server.script({ kind: 'upload', bytesPerSecond: 64 * 1024 });
    const { added } = await core.queue.add([slow], 'assemblyai', { start: true });
    await server.waitFor((request) => request.kind === 'upload' && request.bodyBytes > 0 && request.response === undefined);

    const asked: string[] = [];
    let answer = false;
    let quitCalls = 0;
    let quitCompleted: () => void = () => undefined;
    const quitted = new Promise<void>((resolve) => {
      quitCompleted = resolve;
    });
    const flow = createAppQuit({
      core: () => core,
      windowPlace: () => PLACE,
      places: new PlaceWrites(dataDir),
      confirm: (question) => {
        asked.push(question);
        return answer;
      },
      // Electron's app.quit() emits before-quit again; the flow now lets it through.
      quit: () => {
        quitCalls += 1;
        if (flow.beforeQuit()) quitCompleted();
      },
      report: (error) => {
        throw error;
      },
    });

    // "Keep uploading": nothing changes.
    expect(flow.beforeQuit()).toBe(false);
    expect(asked).toEqual(['1 file is still uploading.']);
    expect(core.queue.snapshot().items.find((item) => item.id === added[0])?.status).toBe('uploading');

    // "Quit anyway": the quit is held, and happens once everything is written.
    answer = true;
    expect(flow.beforeQuit()).toBe(false);
    expect(quitCalls).toBe(0);
    await quitted;
    expect(quitCalls).toBe(1);
    expect(asked).toHaveLength(2);

    expect(JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'))).toEqual(PLACE);
    const lines = (await readFile(join(dataDir, 'history.jsonl'), 'utf8')).trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as { name: string; ok: boolean; errorCode?: string; errorMessage?: string; url?: string });
    expect(entries.find((entry) => entry.name === 'short.mp3')).toMatchObject({ ok: true });
    expect(entries.filter((entry) => entry.name === 'long-take.mp4')).toEqual([
      expect.objectContaining({ ok: false, errorCode: 'CANCELLED', errorMessage: STOPPED_BY_QUIT }),
    ]);
    // The upload really stopped: the server never got the whole file, nor answered it.
    const stopped = server.uploads('assemblyai').filter((request) => request.response === undefined);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]?.bodyBytes).toBeLessThan(4 * 1024 * 1024);

    // The next start brings the list back: the finished upload with its link, the stopped one
    // interrupted (the history says so too), and nothing starts by itself.
    const next = await openCore();
    const restored = next.queue.snapshot().items;
    expect(restored.map((item) => [item.name, item.status])).toEqual([['short.mp3', 'done'], ['long-take.mp4', 'interrupted']]);
    expect(restored[0]?.status === 'done' && restored[0].result.url).toBe(entries.find((entry) => entry.name === 'short.mp3')?.url);
    expect(restored[1]?.id).toBe(added[0]);
    await next.close();
    expect(server.uploads('assemblyai')).toHaveLength(2);
  });

  it('a write that never ends (a hung network drive) does not hold the quit: it quits at the deadline and says so', async () => {
    const core = await openCore();
    const file = await writeMediaFile(mediaDir, 'mp4', { name: 'hung-drive.mp4', size: 4 * 1024 * 1024 });
    server.script({ kind: 'upload', bytesPerSecond: 64 * 1024 });
    const { added } = await core.queue.add([file], 'assemblyai', { start: true });
    await expect.poll(() => core.queue.snapshot().items.find((item) => item.id === added[0])?.status).toBe('uploading');

    // The window's place goes to a folder that never answers; the core's own writes still work.
    const placesSaved: WindowPlace[] = [];
    let closing: Promise<void> | undefined;
    const reported: unknown[] = [];
    let quitCalls = 0;
    const startedAt = Date.now();
    let quitAt = 0;
    const flow = createAppQuit({
      core: () => ({ ...core, close: () => (closing = core.close()) }),
      windowPlace: () => PLACE,
      places: { save: (place) => void placesSaved.push(place), settled: () => new Promise<void>(() => undefined) },
      confirm: () => true,
      quit: () => {
        quitCalls += 1;
        quitAt = Date.now();
        flow.beforeQuit();
      },
      report: (error) => void reported.push(error),
      deadlineMs: 1_000,
    });

    expect(flow.beforeQuit()).toBe(false);
    await expect.poll(() => quitCalls, { timeout: 5_000 }).toBe(1);
    expect(quitAt - startedAt).toBeGreaterThanOrEqual(1_000);
    expect(flow.state).toBe('done');
    expect(reported).toEqual([expect.any(QuitDeadlineError)]);
    expect(placesSaved).toEqual([PLACE]);
    // The writes that could be done were done: the stopped upload is in the history.
    await closing;
    const text = await readFile(join(dataDir, 'history.jsonl'), 'utf8');
    const entries = text.trim().split('\n').map((line) => JSON.parse(line) as { name: string; errorMessage?: string });
    expect(entries.filter((entry) => entry.name === 'hung-drive.mp4')).toEqual([expect.objectContaining({ errorMessage: STOPPED_BY_QUIT })]);
    expect(quitCalls).toBe(1);
  });

  it('a file the person cancelled themselves before quitting is not recorded as stopped by the quit', async () => {
    const core = await openCore();
    const file = await writeMediaFile(mediaDir, 'wav', { name: 'cancelled-by-hand.wav', size: 2 * 1024 * 1024 });
    server.script({ kind: 'upload', bytesPerSecond: 64 * 1024 });
    const { added } = await core.queue.add([file], 'assemblyai', { start: true });
    await expect.poll(() => core.queue.snapshot().items.find((item) => item.id === added[0])?.status).toBe('uploading');
    core.queue.cancel(added[0] as string);
    await core.queue.whenSettled();
    await core.close();
    const text = await readFile(join(dataDir, 'history.jsonl'), 'utf8');
    expect(text).not.toContain('cancelled-by-hand.wav');
  });
});
