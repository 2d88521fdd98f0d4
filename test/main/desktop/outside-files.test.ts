// Files from outside the window (electron/main/desktop/outside-files.ts): the command line as Windows,
// Linux desktops and a terminal give it, a second instance's files (sent as additionalData,
// argv only as the fallback, per docs/api/app.md), and macOS's `open-file` before and after
// `ready`, in Electron's order; then the one door for chosen files (add-chosen.ts) with the
// real queue, and the notice for what it refused.

import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notAddedNotice } from '../../../shared/refusal-notice.ts';
import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { chosenFilesAdder } from '../../../electron/main/desktop/add-chosen.ts';
import { filesFromArgv, OutsideFiles, secondInstanceFiles } from '../../../electron/main/desktop/outside-files.ts';
import { START_IN_TRAY } from '../../../electron/main/desktop/login-item.ts';
import { makeTempDir, writeMediaSet } from '../../fixtures/media-files.ts';
import { englishT } from '../../../shared/i18n/english.ts';

describe('files on a command line', () => {
  it('skips the executable (and, unpackaged, the app’s folder) and every switch, and resolves the rest', () => {
    const argv = ['/opt/Media Uploader/media-uploader', '--no-sandbox', 'beach.mp4', '/home/ana/song.mp3', START_IN_TRAY, '../talk.wav'];
    expect(filesFromArgv(argv, '/home/ana/Videos', undefined)).toEqual(['/home/ana/Videos/beach.mp4', '/home/ana/song.mp3', '/home/ana/talk.wav']);
    expect(filesFromArgv(['/repo/electron', '/repo', 'clip.mp4'], '/tmp', '/repo')).toEqual(['/tmp/clip.mp4']);
    // Launchers (Playwright's _electron, npm start's) put their switches before the app's folder, named as they like.
    expect(filesFromArgv(['/repo/electron', '--inspect=0', '--remote-debugging-port=0', '.'], '/repo', '/repo')).toEqual([]);
    expect(filesFromArgv(['/repo/electron', '/repo'], '/tmp', '/repo')).toEqual([]);
  });

  it('takes file: URLs (Linux desktops start apps with %U) and leaves other URLs', () => {
    const path = '/home/ana/My Videos/été.mp4';
    expect(filesFromArgv(['/opt/app', pathToFileURL(path).href, 'https://example.com/a.mp4', 'file://server/share/x.mp4'], '/')).toEqual(
      process.platform === 'win32' ? [] : [path],
    );
  });

  it('takes a second instance’s own list, or reads its argv when it sent none', () => {
    const argv = ['/opt/app', 'late.mp4'];
    expect(secondInstanceFiles({ files: ['/home/ana/a.mp4'] }, argv, '/home/ana')).toEqual(['/home/ana/a.mp4']);
    expect(secondInstanceFiles(undefined, argv, '/home/ana')).toEqual(['/home/ana/late.mp4']);
    expect(secondInstanceFiles({ files: 'not a list' }, argv, '/home/ana')).toEqual(['/home/ana/late.mp4']);
  });
});

describe('macOS open-file, before and after ready', () => {
  it('holds files that come before the app can add them, then adds them together, then each as it comes', () => {
    const outside = new OutsideFiles();
    const added: string[][] = [];
    // Electron's order when Finder opens two files with the app not running: open-file, open-file, then ready.
    outside.receive(['/Users/ana/a.png']);
    outside.receive(['/Users/ana/b.png']);
    expect(added).toEqual([]);
    outside.ready((paths) => added.push([...paths]));
    expect(added).toEqual([['/Users/ana/a.png', '/Users/ana/b.png']]);
    outside.receive(['/Users/ana/c.mp4']);
    outside.receive([]);
    expect(added).toEqual([['/Users/ana/a.png', '/Users/ana/b.png'], ['/Users/ana/c.mp4']]);
  });
});

describe('the door for chosen files', () => {
  it('queues media files, refuses a path that is not local before touching it, and says what was not added', async () => {
    const set = await writeMediaSet(await makeTempDir());
    const queue = new UploadQueue({ getKey: async () => undefined, settings: () => ({ concurrency: 1, regions: {} }) });
    const add = chosenFilesAdder(queue, { get: () => ({ defaultProvider: 'wavespeed', regions: {}, concurrency: 1, whenWindowCloses: 'tray', openAtLogin: false, uploadWhenAdded: false, copyLinkWhenDone: true, keepLocation: false, checkForUpdates: true, language: 'system', proxy: { mode: 'system' } }) }, 'linux');
    const result = await add([set.png, set.missing, 'somewhere/x.mp4']);
    expect(result.added).toHaveLength(1);
    expect(queue.get(result.added[0] ?? '')).toMatchObject({ path: set.png, provider: 'wavespeed', status: 'idle' });
    expect(result.refused.map((r) => r.name)).toEqual(['x.mp4', 'not-here.mp4']);
    expect(notAddedNotice(englishT(), result.refused)).toEqual({
      title: '2 items skipped',
      lines: [expect.stringMatching(/^x\.mp4: /), expect.stringMatching(/^not-here\.mp4: /)],
    });
    expect(notAddedNotice(englishT(), [])).toBeUndefined();
  });
});
