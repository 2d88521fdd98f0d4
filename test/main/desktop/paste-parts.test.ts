// Pasting an image (electron/main/desktop/pasted-images.ts, paste-gesture.ts): only right after the
// person pressed the paste keys, as main sees them in `before-input-event` (a page cannot make
// one up); saved as a dated PNG in the data folder; deleted once uploaded, or when its item
// leaves the list, or at start when the list no longer names it.

import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { isPasteKeys, PASTE_WINDOW_MS, PasteGesture, type KeyInput } from '../../../electron/main/desktop/paste-gesture.ts';
import { PASTED_FOLDER, pastedImageName, PastedImages } from '../../../electron/main/desktop/pasted-images.ts';
import { makeTempDir } from '../../fixtures/media-files.ts';
import { queueItem } from '../../fixtures/queue-items.ts';

const key = (change: Partial<KeyInput>): KeyInput => ({ type: 'keyDown', key: 'v', code: 'KeyV', control: false, meta: false, shift: false, alt: false, ...change });

describe('the paste keys', () => {
  it('are Ctrl+V on Windows and Linux, Cmd+V on macOS, and Shift+Insert', () => {
    expect(isPasteKeys(key({ control: true }), 'linux')).toBe(true);
    expect(isPasteKeys(key({ control: true, key: 'V', shift: true }), 'win32')).toBe(true);
    expect(isPasteKeys(key({ meta: true }), 'darwin')).toBe(true);
    expect(isPasteKeys(key({ control: true }), 'darwin')).toBe(false);
    expect(isPasteKeys(key({ meta: true }), 'linux')).toBe(false);
    expect(isPasteKeys(key({ key: 'Insert', shift: true }), 'linux')).toBe(true);
    expect(isPasteKeys(key({ control: true, type: 'keyUp' }), 'linux')).toBe(false);
    expect(isPasteKeys(key({ control: true, alt: true }), 'linux')).toBe(false);
    expect(isPasteKeys(key({}), 'linux')).toBe(false);
  });

  it('are the V key on any layout, as Chromium pastes: a Latin letter by what it types, any other by its place', () => {
    // The V key types м (Russian), ω (Greek), ה (Hebrew), ر (Arabic); Chromium still pastes.
    for (const typed of ['м', 'ω', 'ה', 'ر']) {
      expect(isPasteKeys(key({ key: typed, control: true }), 'linux')).toBe(true);
      expect(isPasteKeys(key({ key: typed, control: true }), 'win32')).toBe(true);
      expect(isPasteKeys(key({ key: typed, meta: true }), 'darwin')).toBe(true);
    }
    // Without Ctrl it is typing a letter.
    expect(isPasteKeys(key({ key: 'м' }), 'linux')).toBe(false);
    // Dvorak types v where US keyboards have the period, and k where they have V: Ctrl+K is not a paste.
    expect(isPasteKeys(key({ key: 'v', code: 'Period', control: true }), 'linux')).toBe(true);
    expect(isPasteKeys(key({ key: 'k', code: 'KeyV', control: true }), 'linux')).toBe(false);
    // Shift+Insert by its place too, whatever name the layout gives it.
    expect(isPasteKeys(key({ key: 'Unidentified', code: 'Insert', shift: true }), 'linux')).toBe(true);
    expect(isPasteKeys(key({ key: 'м', code: 'KeyV', shift: true }), 'linux')).toBe(false);
  });

  it('allow one paste, right after they were pressed', () => {
    let now = 1000;
    const gesture = new PasteGesture(() => now);
    expect(gesture.take()).toBe(false);
    gesture.saw(key({ control: true }), 'linux');
    now += 50;
    expect(gesture.take()).toBe(true);
    expect(gesture.take()).toBe(false);
    gesture.saw(key({ control: true }), 'linux');
    now += PASTE_WINDOW_MS + 1;
    expect(gesture.take()).toBe(false);
  });

  it('count Edit → Paste in the menu as a press of the paste keys (macOS pastes through it, app-menu.ts)', () => {
    let now = 1000;
    const gesture = new PasteGesture(() => now);
    gesture.mark();
    now += 50;
    expect(gesture.take()).toBe(true);
    expect(gesture.take()).toBe(false);
    gesture.mark();
    now += PASTE_WINDOW_MS + 1;
    expect(gesture.take()).toBe(false);
  });
});

describe('pasted images', () => {
  it('are named with the date and time, without characters Windows refuses', () => {
    const at = new Date(2026, 10, 22, 9, 5, 7);
    expect(pastedImageName(at)).toBe('Pasted image 2026-11-22 at 09.05.07.png');
    expect(pastedImageName(at, 1)).toBe('Pasted image 2026-11-22 at 09.05.07 (2).png');
  });

  it('are saved privately in the data folder, each paste in a file of its own', async () => {
    const dataDir = await makeTempDir('pasted-');
    const images = new PastedImages(dataDir);
    const at = new Date(2026, 10, 22, 9, 5, 7);
    const first = await images.save(Buffer.from('png-1'), at);
    const second = await images.save(Buffer.from('png-2'), at);
    expect(first).toBe(join(dataDir, PASTED_FOLDER, 'Pasted image 2026-11-22 at 09.05.07.png'));
    expect(second).toBe(join(dataDir, PASTED_FOLDER, 'Pasted image 2026-11-22 at 09.05.07 (2).png'));
    expect(await readFile(second, 'utf8')).toBe('png-2');
    if (process.platform !== 'win32') expect((await stat(first)).mode & 0o777).toBe(0o600);
    expect(images.isPasted(first)).toBe(true);
    expect(images.isPasted(join(dataDir, 'pasted-elsewhere', 'x.png'))).toBe(false);
  });

  it('are deleted once uploaded or once their item leaves the list, and kept while it may be retried', async () => {
    const dataDir = await makeTempDir('pasted-');
    const images = new PastedImages(dataDir);
    const at = new Date();
    const [done, failed, removed] = await Promise.all([1, 2, 3].map((n) => images.save(Buffer.from(`png-${n}`), new Date(at.getTime() + n * 1000))));
    images.follow({ items: [queueItem('d', { path: done ?? '' }), queueItem('f', { path: failed ?? '' }), queueItem('r', { path: removed ?? '' })], removed: [], full: true });
    images.follow({ items: [queueItem('d', { status: 'done', path: done ?? '' }), queueItem('f', { status: 'failed', path: failed ?? '' })], removed: ['r'], full: false });
    await sleep(50);
    expect((await readdir(images.folder)).sort()).toEqual([failed?.split('/').at(-1)]);
  });

  it('left by a crash are deleted at start unless the restored list still names them', async () => {
    const dataDir = await makeTempDir('pasted-');
    const images = new PastedImages(dataDir);
    const kept = await images.save(Buffer.from('kept'), new Date(2026, 0, 1));
    const orphan = await images.save(Buffer.from('orphan'), new Date(2026, 0, 2));
    const uploaded = await images.save(Buffer.from('uploaded'), new Date(2026, 0, 3));
    await writeFile(join(images.folder, 'stray.png'), 'x');
    await images.sweep([queueItem('k', { status: 'interrupted', path: kept }), queueItem('u', { status: 'done', path: uploaded })]);
    expect(await readdir(images.folder)).toEqual([kept.split('/').at(-1)]);
    expect(orphan).not.toBe(kept);
    // A sweep where nothing was ever pasted finds no folder, and that is fine.
    await expect(new PastedImages(await makeTempDir('pasted-')).sweep([])).resolves.toBeUndefined();
  });
});
