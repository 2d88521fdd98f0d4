// @vitest-environment node
// Updates in the app itself: electron/main/index.ts under the strict Electron model, packaged as
// an AppImage (APPIMAGE set, app-update.yml in its resources), with electron-updater's real
// AppImageUpdater reading a loopback update server (test/fixtures/stand-in-updater.ts says what
// stands in for Electron and for replacing the AppImage). Files "upload" with the computer
// offline, so they wait in the queue, which counts as uploading for the quit and the offer,
// without a key or a provider: the subject is when the update is offered and installed.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueuePatch } from '../../../shared/queue-types.ts';
import type { UpdateView } from '../../../shared/update-types.ts';
import type { ElectronModel } from '../../fixtures/electron-model/electron-model.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { appUpdateYml, StandInAppImageUpdater } from '../../fixtures/stand-in-updater.ts';
import { sha512Base64, startUpdateServer, type UpdateServer } from '../../fixtures/update-server.ts';
import { loadedWindow, startAppUnderModel, until, type AppUnderModel } from '../app-under-model.ts';

const PAYLOAD = Buffer.from(`#!/bin/sh\n# Media Uploader 0.2.0, a stand-in AppImage\n${'x'.repeat(100_000)}\n`);

let feed: UpdateServer;
let resources: string;
let running: AppUnderModel | undefined;
let updater: StandInAppImageUpdater | undefined;
const savedResourcesPath = process.resourcesPath as string | undefined;

beforeAll(async () => {
  feed = await startUpdateServer();
  resources = await makeTempDir('media-uploader-resources-');
  await writeFile(join(resources, 'app-update.yml'), appUpdateYml(feed.url));
  await writeFile(join(resources, 'Media-Uploader-0.1.0.AppImage'), '#!/bin/sh\n# the running version\n');
  // Where Electron says an app's resources are; the model has no `process` of its own.
  Object.assign(process, { resourcesPath: resources });
});

afterAll(async () => {
  Object.assign(process, { resourcesPath: savedResourcesPath });
  await feed.close();
  await removeDir(resources);
});

afterEach(async () => {
  await running?.close();
  running = undefined;
  updater = undefined;
  vi.doUnmock('electron-updater');
});

/** The packaged app, offline, whose electron-updater is the stand-in over the loopback feed. */
async function startPackagedApp(): Promise<AppUnderModel> {
  let model: ElectronModel | undefined;
  vi.doMock('electron-updater', () => ({
    default: {
      AppImageUpdater: class extends StandInAppImageUpdater {
        constructor() {
          if (model === undefined) throw new Error('electron-updater was loaded before the app started.');
          const app = model.host.app;
          // As ElectronAppAdapter: the quit-time install hangs on app.once('quit', (_, exitCode) => …).
          super({ version: '0.1.0', dir: resources, onQuit: (handler) => app.once('quit', (_event: unknown, code: number) => handler(code)), quit: () => app.quit() });
          updater = this;
        }
      },
    },
  }));
  running = await startAppUnderModel({
    packaged: true,
    platform: 'linux',
    settings: { uploadWhenAdded: true },
    env: { APPIMAGE: join(resources, 'Media-Uploader-0.1.0.AppImage') },
    beforeReady: (started) => {
      model = started;
      started.online = false;
    },
  });
  return running;
}

type Answer = { ok: true; value: unknown } | { ok: false; code: string; error: string };

async function call(model: ElectronModel, channel: string): Promise<Answer> {
  const win = await loadedWindow(model);
  return (await model.invoke(win.webContents, channel)) as Answer;
}

/** The last update:changed the window was sent. */
function lastUpdate(model: ElectronModel): UpdateView | undefined {
  return model.windows[0]?.webContents.sent.filter((message) => message.channel === 'update:changed').at(-1)?.payload as UpdateView | undefined;
}

/** The tray menu's labels now. */
function trayLabels(model: ElectronModel): string[] {
  const menu = model.trays()[0]?.menu?.template as { label?: string }[] | undefined;
  return (menu ?? []).flatMap((item) => (item.label === undefined ? [] : [item.label]));
}

/** Hands a media file to the running app (a second start with it), which starts it: offline, it waits. */
async function addWaitingFile(model: ElectronModel, name: string): Promise<void> {
  const dir = await makeTempDir('media-uploader-model-media-');
  const file = await writeMediaFile(dir, 'mp3', { name });
  model.secondInstance(['media-uploader', file], '/', { files: [file] });
  const waiting = (): boolean => (model.windows[0]?.webContents.sent ?? [])
    .filter((message) => message.channel === 'queue:changed')
    .some((message) => (message.payload as QueuePatch).items.some((item) => item.name === name && item.status === 'waiting'));
  await until(waiting, `${name} waits`);
}

const READY = 'Version 0.2.0 is ready — Restart to update';

describe('updating the packaged app, under the strict Electron model', () => {
  it('offers a version found during uploads only once they settle, asks before restarting while files upload, and installs only after the quit', async () => {
    feed.publish({ version: '0.2.0', payload: PAYLOAD, notes: '<p>Faster uploads.</p>' });
    const { model } = await startPackagedApp();
    await loadedWindow(model);
    await addWaitingFile(model, 'first.mp3');

    expect(await call(model, 'update:check')).toMatchObject({ ok: true, value: { line: expect.stringMatching(/^Downloading version 0\.2\.0/) } });
    await until(() => lastUpdate(model)?.line === 'Version 0.2.0 is downloaded. It will be offered once the uploads have finished.', 'the download is verified and waits');
    expect(trayLabels(model)).not.toContain(READY);
    // Not offered yet: "Restart to update" does nothing, and asks nothing.
    await call(model, 'update:restart');
    expect(model.messageBoxes).toEqual([]);
    expect(model.host.exitCode).toBeUndefined();

    // The queue settles: the window and the tray offer it.
    expect(await call(model, 'queue:cancel-all')).toMatchObject({ ok: true });
    await until(() => lastUpdate(model)?.ready?.version === '0.2.0', 'the window is offered the update');
    expect(lastUpdate(model)).toMatchObject({ line: 'Version 0.2.0 is ready. Restart Media Uploader to update.', notes: 'Faster uploads.' });
    await until(() => trayLabels(model).includes(READY), 'the tray offers the update');

    // Files upload again when the person chooses Restart: the quit's question, and "Keep uploading" keeps everything.
    await addWaitingFile(model, 'second.mp3');
    model.messageBoxAnswer = 0;
    await call(model, 'update:restart');
    expect(model.messageBoxes).toEqual(['1 file is still uploading.']);
    expect(model.host.exitCode).toBeUndefined();
    expect(updater?.installs).toEqual([]);

    // From the tray this time, and "Quit anyway": the quit flow writes, then installs and starts the new version.
    model.messageBoxAnswer = 1;
    const menu = model.trays()[0]?.menu?.template as { label?: string; click?: () => void }[];
    menu.find((item) => item.label === READY)?.click?.();
    expect(model.messageBoxes).toEqual(['1 file is still uploading.', '1 file is still uploading.']);
    await until(() => model.host.exitCode !== undefined, 'the app quits');
    expect(model.host.exitCode).toBe(0);
    // Once, in place; the new AppImage is started by Electron after this process exits, never
    // beside it (it would find this one holding the single-instance lock). The quit-time install then stands aside.
    expect(updater?.installs).toEqual([{ isSilent: true, isForceRunAfter: false, isAdminRightsRequired: false }]);
    expect(model.host.app.relaunches).toEqual([{ execPath: join(resources, 'Media-Uploader-0.1.0.AppImage'), args: [] }]);
    expect(model.host.events.filter((name) => ['before-quit', 'will-quit', 'quit'].includes(name)).slice(-3)).toEqual(['before-quit', 'will-quit', 'quit']);
  });

  it('a normal quit installs a verified download silently, without starting again', async () => {
    feed.publish({ version: '0.2.0', payload: PAYLOAD });
    const { model } = await startPackagedApp();
    await call(model, 'update:check');
    await until(() => lastUpdate(model)?.ready !== undefined, 'the update is offered');
    const staged = updater;
    await running?.close();
    running = undefined;
    expect(staged?.installs).toEqual([{ isSilent: true, isForceRunAfter: false, isAdminRightsRequired: false }]);
    expect(model.host.app.relaunches).toEqual([]);
  });

  it('a download whose SHA-512 does not match is never installed, and says so only in Settings’ line', async () => {
    feed.publish({ version: '0.2.0', payload: PAYLOAD, sha512: sha512Base64(Buffer.from('not the file')) });
    const { model } = await startPackagedApp();
    await call(model, 'update:check');
    await until(() => lastUpdate(model)?.line.includes('did not match its checksum') === true, 'the download is refused');
    expect(model.windows[0]?.webContents.sent.some((message) => message.channel === 'app:notice')).toBe(false);
    expect(model.notifications()).toEqual([]);
    expect(trayLabels(model).some((label) => label.includes('Restart'))).toBe(false);
    const staged = updater;
    await running?.close();
    running = undefined;
    expect(staged?.installs).toEqual([]);
  });
});
