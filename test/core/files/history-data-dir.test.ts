// The CLI finds the history where the app keeps it: Electron's userData folder for an app
// named "Media Uploader", or MEDIA_UPLOADER_DATA_DIR.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_DATA_FOLDER_NAME, dataDir } from '../../../electron/core/files/data-dir.ts';

describe('dataDir', () => {
  it('follows MEDIA_UPLOADER_DATA_DIR first, as an absolute path', () => {
    expect(dataDir({ MEDIA_UPLOADER_DATA_DIR: '/tmp/portable', HOME: '/home/ana' }, 'linux')).toBe('/tmp/portable');
    expect(dataDir({ MEDIA_UPLOADER_DATA_DIR: 'relative/data' }, 'linux')).toBe(path.resolve('relative/data'));
    expect(dataDir({ MEDIA_UPLOADER_DATA_DIR: '', HOME: '/home/ana' }, 'linux')).toBe('/home/ana/.config/Media Uploader');
  });

  it('matches Electron on Linux, with and without XDG_CONFIG_HOME', () => {
    expect(dataDir({ HOME: '/home/ana' }, 'linux')).toBe('/home/ana/.config/Media Uploader');
    expect(dataDir({ HOME: '/home/ana', XDG_CONFIG_HOME: '/home/ana/cfg' }, 'linux')).toBe('/home/ana/cfg/Media Uploader');
    // The XDG spec says a relative value is invalid and ignored.
    expect(dataDir({ HOME: '/home/ana', XDG_CONFIG_HOME: 'cfg' }, 'linux')).toBe('/home/ana/.config/Media Uploader');
  });

  it('matches Electron on macOS and Windows', () => {
    expect(dataDir({ HOME: '/Users/ana' }, 'darwin')).toBe('/Users/ana/Library/Application Support/Media Uploader');
    expect(dataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Media Uploader');
    expect(dataDir({ USERPROFILE: 'C:\\Users\\ana' }, 'win32')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Media Uploader');
  });

  it('names the folder after the app in one place', () => {
    expect(APP_DATA_FOLDER_NAME).toBe('Media Uploader');
  });
});
