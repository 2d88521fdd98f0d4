// @vitest-environment node
// Which chosen paths main hands to the file system: on Windows, UNC shares (which would make the
// system offer the person's NTLM credentials to the host), `\\?\` and `\\.\` namespaces and
// anything not a drive path are refused by their text alone; elsewhere, only full paths pass.

import { describe, expect, it } from 'vitest';
import { networkPathRefusal } from '../../../electron/main/desktop/network-paths.ts';

const SHARE = 'It is on a network share. Copy it to a folder on this computer first, then add it from there.';
const DEVICE = 'It is given as a device or system path, which the app does not open. Add it again from a folder window.';
const NOT_LOCAL = 'It is not a full path to a file on this computer. Add it again from a folder window.';

describe('on Windows', () => {
  it.each([
    ['\\\\host\\share\\photo.jpg', SHARE, 'photo.jpg'],
    ['//host/share/photo.jpg', SHARE, 'photo.jpg'],
    ['\\/host/share/photo.jpg', SHARE, 'photo.jpg'],
    ['\\\\host\\share', SHARE, 'share'],
    ['\\\\?\\C:\\Users\\me\\photo.jpg', DEVICE, 'photo.jpg'],
    ['\\\\?\\UNC\\host\\share\\photo.jpg', DEVICE, 'photo.jpg'],
    ['\\\\.\\PhysicalDrive0', DEVICE, 'PhysicalDrive0'],
    ['//./pipe/x', DEVICE, 'x'],
    ['C:photo.jpg', NOT_LOCAL, 'photo.jpg'],
    ['\\Users\\me\\photo.jpg', NOT_LOCAL, 'photo.jpg'],
    ['photo.jpg', NOT_LOCAL, 'photo.jpg'],
    ['C:\\Users\\me\\photo\0.jpg', NOT_LOCAL, 'photo\0.jpg'],
  ])('refuses %s', (path, message, name) => {
    expect(networkPathRefusal(path, 'win32')).toEqual({ name, message });
  });

  it.each(['C:\\Users\\me\\photo.jpg', 'd:/Media/clip.mp4', 'E:\\'])('accepts the local drive path %s', (path) => {
    expect(networkPathRefusal(path, 'win32')).toBeUndefined();
  });
});

describe('on Linux and macOS', () => {
  it.each(['/home/me/photo.jpg', '/Volumes/Card/DCIM/clip.mp4', '//home/me/photo.jpg'])('accepts the full path %s', (path) => {
    expect(networkPathRefusal(path, 'linux')).toBeUndefined();
    expect(networkPathRefusal(path, 'darwin')).toBeUndefined();
  });

  it.each(['photo.jpg', '\\\\host\\share\\photo.jpg', '../photo.jpg', '/home/me/a\0b.jpg'])('refuses %s', (path) => {
    expect(networkPathRefusal(path, 'linux')?.message).toBe(NOT_LOCAL);
  });
});
