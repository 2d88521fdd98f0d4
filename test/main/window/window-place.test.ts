// @vitest-environment node
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowPlace, placeOnScreens, saveWindowPlace } from '../../../electron/main/window/window-place.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
const MONITOR_RIGHT = { x: 1440, y: 0, width: 2560, height: 1415 };

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('media-uploader-window-');
});
afterEach(async () => {
  await removeDir(dir);
});

describe('the window place', () => {
  it('is saved and read back, leaving no temporary file', async () => {
    const place = { x: 1600, y: 40, width: 1200, height: 800, maximized: false };
    await saveWindowPlace(dir, place);
    expect(await loadWindowPlace(dir)).toEqual(place);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('is forgotten when the file is damaged or absurd', async () => {
    expect(await loadWindowPlace(dir)).toBeUndefined();
    await writeFile(join(dir, 'window-state.json'), '{"x": 10, "y": 1');
    expect(await loadWindowPlace(dir)).toBeUndefined();
    await writeFile(join(dir, 'window-state.json'), JSON.stringify({ x: 0, y: 0, width: 5, height: 5, maximized: false }));
    expect(await loadWindowPlace(dir)).toBeUndefined();
  });

  it('is used on the screen where it was', () => {
    const place = { x: 1600, y: 40, width: 1200, height: 800, maximized: true };
    expect(placeOnScreens(place, [LAPTOP, MONITOR_RIGHT])).toEqual(place);
  });

  it('is dropped when its screen was unplugged, so the window opens where it can be seen', () => {
    expect(placeOnScreens({ x: 1600, y: 40, width: 1200, height: 800, maximized: false }, [LAPTOP])).toBeUndefined();
    expect(placeOnScreens({ x: 100, y: -500, width: 1200, height: 800, maximized: false }, [LAPTOP])).toBeUndefined();
  });

  it('is kept when only part of the title bar is on screen but enough to grab', () => {
    expect(placeOnScreens({ x: 1300, y: 100, width: 1000, height: 700, maximized: false }, [LAPTOP])).toBeDefined();
    expect(placeOnScreens({ x: 1420, y: 100, width: 1000, height: 700, maximized: false }, [LAPTOP])).toBeUndefined();
  });
});
