// @vitest-environment node
// The app's updates against a loopback update server, through electron-updater's own classes:
// its AppImageUpdater and GenericProvider read latest-linux.yml, compare versions, download the
// stand-in AppImage and check its SHA-512 (test/fixtures/stand-in-updater.ts says what stands in
// for Electron), driven by the app's update machine through updater-port.ts, as in the app.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UpdateView } from '../../../shared/update-types.ts';
import type { UpdateKind } from '../../../electron/main/update/install-kind.ts';
import { UpdateMachine } from '../../../electron/main/update/update-machine.ts';
import { updaterPort } from '../../../electron/main/update/updater-port.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { appUpdateYml, StandInAppImageUpdater } from '../../fixtures/stand-in-updater.ts';
import { sha512Base64, startUpdateServer, type UpdateServer } from '../../fixtures/update-server.ts';
import { manualTimers } from './manual-timers.ts';

const APPIMAGE: UpdateKind = { can: 'install', how: 'appimage' };
const PAYLOAD = Buffer.from(`#!/bin/sh\n# Media Uploader 0.2.0, a stand-in AppImage\n${'x'.repeat(200_000)}\n`);
const OFFLINE_LINE = 'Media Uploader could not reach its update server (is this computer offline?). It will try again later.';

let feed: UpdateServer;
let dir: string;
let savedAppImage: string | undefined;

beforeAll(async () => {
  feed = await startUpdateServer();
});
afterAll(() => feed.close());

beforeEach(async () => {
  dir = await makeTempDir('media-uploader-update-');
  await writeFile(join(dir, 'app-update.yml'), appUpdateYml(feed.url));
  // The AppImage runtime's variable: electron-updater's AppImageUpdater is inactive without it.
  await writeFile(join(dir, 'Media-Uploader-0.1.0.AppImage'), '#!/bin/sh\n# the running version\n');
  savedAppImage = process.env['APPIMAGE'];
  process.env['APPIMAGE'] = join(dir, 'Media-Uploader-0.1.0.AppImage');
  feed.requests.length = 0;
});

afterEach(async () => {
  if (savedAppImage === undefined) delete process.env['APPIMAGE'];
  else process.env['APPIMAGE'] = savedAppImage;
  await removeDir(dir);
});

/** The real updater for a copy at `version`, the app's machine over it, and the app's `quit` event. */
function rig(options: { version?: string; kind?: UpdateKind } = {}) {
  const quitHandlers: ((exitCode: number) => void)[] = [];
  const updater = new StandInAppImageUpdater({ version: options.version ?? '0.1.0', dir, onQuit: (handler) => quitHandlers.push(handler), quit: () => undefined });
  const kind = options.kind ?? APPIMAGE;
  const views: UpdateView[] = [];
  const uploads = { running: false };
  const machine = new UpdateMachine({
    kind,
    updater: updaterPort(updater, { installOnQuit: kind.can === 'install' }),
    automatic: () => true,
    uploadsRunning: () => uploads.running,
    timers: manualTimers(),
    changed: (view) => views.push(view),
  });
  return {
    updater,
    machine,
    views,
    uploads,
    /** Electron's `quit` event with exit code 0: a normal quit, where electron-updater installs what it armed. */
    quit: () => quitHandlers.forEach((handler) => handler(0)),
    quitHandlers,
  };
}

const pending = (): string => join(dir, 'cache', 'media-uploader-updater', 'pending');

describe('updates from a loopback update server, through electron-updater', () => {
  it('finds a newer version, downloads it in the background, checks its SHA-512 and stages it; a normal quit installs it', async () => {
    feed.publish({ version: '0.2.0', payload: PAYLOAD, notes: '<h2>What’s new</h2><ul><li>Faster &amp; safer uploads</li><li>Fewer <b>questions</b></li></ul>' });
    const { machine, views, updater, quit } = rig();
    const answered = await machine.checkNow();
    // The check has answered; the download goes on behind it.
    expect(answered.line).toMatch(/^Downloading version 0\.2\.0… \d+%$/);
    await expect.poll(() => machine.view().ready).toEqual({ version: '0.2.0' });
    expect(machine.view()).toEqual({
      line: 'Version 0.2.0 is ready. Restart Media Uploader to update.',
      canCheck: false,
      ready: { version: '0.2.0' },
      notes: 'What’s new\n• Faster & safer uploads\n• Fewer questions',
      notesVersion: '0.2.0',
    });
    expect(views[0]?.line).toBe('Looking for a new version…');
    expect(feed.requests).toEqual(['/latest-linux.yml', '/Media-Uploader-0.2.0.AppImage']);
    // Staged where electron-updater installs from, with exactly the bytes the server published.
    expect(await readFile(join(pending(), 'Media-Uploader-0.2.0.AppImage'))).toEqual(PAYLOAD);
    expect(updater.installs).toEqual([]);
    quit();
    expect(updater.installs).toEqual([{ isSilent: true, isForceRunAfter: false, isAdminRightsRequired: false }]);
  });

  it('refuses a download whose SHA-512 does not match: thrown away, never installed, and one quiet line', async () => {
    feed.publish({ version: '0.2.0', payload: PAYLOAD, sha512: sha512Base64(Buffer.from('some other file')) });
    const { machine, views, updater, quit, quitHandlers } = rig();
    await machine.checkNow();
    await expect.poll(() => machine.view().line).toBe('Version 0.2.0 did not match its checksum, so it was thrown away unused. Media Uploader will try again later.');
    expect(feed.requests).toContain('/Media-Uploader-0.2.0.AppImage');
    expect(views.some((view) => view.ready !== undefined)).toBe(false);
    expect(await readdir(pending())).toEqual([]);
    // electron-updater arms the quit-time install only after a verified download.
    expect(quitHandlers).toEqual([]);
    quit();
    expect(updater.installs).toEqual([]);
    expect(() => updater.install(true, false)).not.toThrow();
    expect(updater.installs).toEqual([]);
  });

  it('ignores an older or an equal version on the server, and downloads nothing', async () => {
    for (const version of ['0.1.0', '0.0.9']) {
      feed.publish({ version, payload: PAYLOAD });
      const { machine, quitHandlers } = rig();
      expect(await machine.checkNow()).toEqual({ line: 'Media Uploader 0.1.0 is the newest version.', canCheck: true });
      expect(quitHandlers).toEqual([]);
    }
    expect(feed.requests).toEqual(['/latest-linux.yml', '/latest-linux.yml']);
  });

  it('says nothing but one quiet line when the update server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await writeFile(join(dir, 'app-update.yml'), appUpdateYml(`http://127.0.0.1:${port}/`));
    const { machine, views } = rig();
    expect(await machine.checkNow()).toEqual({ line: OFFLINE_LINE, canCheck: true });
    expect(views.map((view) => view.line)).toEqual(['Looking for a new version…', OFFLINE_LINE]);
  });

  it('offers a version found while files upload only once the queue has settled', async () => {
    feed.publish({ version: '0.2.0', payload: PAYLOAD });
    const { machine, uploads } = rig();
    uploads.running = true;
    await machine.checkNow();
    await expect.poll(() => machine.view().line).toBe('Version 0.2.0 is downloaded. It will be offered once the uploads have finished.');
    expect(machine.view().ready).toBeUndefined();
    expect(machine.offered).toBeUndefined();
    // A settle the queue reports while another batch already started changes nothing.
    machine.uploadsSettled();
    expect(machine.offered).toBeUndefined();
    uploads.running = false;
    machine.uploadsSettled();
    expect(machine.view().ready).toEqual({ version: '0.2.0' });
    expect(machine.offered).toBe('0.2.0');
  });

  it('a copy the package manager updates only says that a new version exists, and arms no install', async () => {
    feed.publish({ version: '0.2.0', payload: PAYLOAD, notes: 'Fixes.' });
    const { machine, updater, quitHandlers } = rig({ kind: { can: 'tell', why: 'package-manager', packageType: 'deb' } });
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(await machine.checkNow()).toEqual({
      line: 'Version 0.2.0 is available. Update Media Uploader with your package manager or software centre.',
      canCheck: true,
      notes: 'Fixes.',
      notesVersion: '0.2.0',
    });
    expect(feed.requests).toEqual(['/latest-linux.yml']);
    expect(quitHandlers).toEqual([]);
  });

  it('sets electron-updater up as the app relies on: no download at check time, no downgrade, no web installer', () => {
    const { updater } = rig();
    expect({ autoDownload: updater.autoDownload, allowDowngrade: updater.allowDowngrade, disableWebInstaller: updater.disableWebInstaller, autoInstallOnAppQuit: updater.autoInstallOnAppQuit })
      .toEqual({ autoDownload: false, allowDowngrade: false, disableWebInstaller: true, autoInstallOnAppQuit: true });
  });
});
