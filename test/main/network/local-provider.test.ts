// The app talks to a provider server other than the real one only in a development run and
// only on this computer.

import { describe, expect, it } from 'vitest';
import { localProviderBase } from '../../../electron/main/network/local-provider.ts';

const env = (value: string) => ({ MEDIA_UPLOADER_BASE_URL: value });

describe('MEDIA_UPLOADER_BASE_URL', () => {
  it('points an unpackaged app at a loopback server', () => {
    expect(localProviderBase(env('http://127.0.0.1:4567/x'), false)).toBe('http://127.0.0.1:4567');
    expect(localProviderBase(env('http://[::1]:80'), false)).toBe('http://[::1]');
    expect(localProviderBase(env('https://localhost:9'), false)).toBe('https://localhost:9');
  });

  it('is ignored by an installed app', () => {
    expect(localProviderBase(env('http://127.0.0.1:4567'), true)).toBeUndefined();
  });

  it('never takes a remote host, another scheme or nonsense', () => {
    for (const value of ['http://example.com', 'https://10.0.0.1', 'http://127.0.0.1.example.com', 'file:///etc/passwd', 'ftp://127.0.0.1', 'not a url', '']) {
      expect(localProviderBase(env(value), false)).toBeUndefined();
    }
    expect(localProviderBase({}, false)).toBeUndefined();
  });
});
