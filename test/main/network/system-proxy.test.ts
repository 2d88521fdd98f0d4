// The app's mapping of Chromium's proxy answers (session.resolveProxy) onto the engine's choice
// (electron/main/network/system-proxy.ts).

import { describe, expect, it } from 'vitest';
import { proxyFromPacAnswer, systemProxyChooser } from '../../../electron/main/network/system-proxy.ts';
import { createElectronModel } from '../../fixtures/electron-model/electron-model.ts';

describe('Chromium’s proxy answer as the engine’s choice', () => {
  it('DIRECT, or nothing, goes direct', () => {
    expect(proxyFromPacAnswer('DIRECT')).toEqual({ kind: 'direct' });
    expect(proxyFromPacAnswer('')).toEqual({ kind: 'direct' });
    expect(proxyFromPacAnswer(' ; ')).toEqual({ kind: 'direct' });
  });

  it('"PROXY h:p; DIRECT" uses the proxy (the first entry decides)', () => {
    expect(proxyFromPacAnswer('PROXY proxy.corp:3128; DIRECT')).toEqual({ kind: 'proxy', secure: false, host: 'proxy.corp', port: 3128 });
    expect(proxyFromPacAnswer('PROXY a:1;PROXY b:2')).toMatchObject({ host: 'a', port: 1 });
    expect(proxyFromPacAnswer('proxy a')).toMatchObject({ host: 'a', port: 80 });
    expect(proxyFromPacAnswer('PROXY [fd00::1]:8080')).toMatchObject({ host: '[fd00::1]', port: 8080 });
  });

  it('"HTTPS h:p" is a proxy spoken to over TLS', () => {
    expect(proxyFromPacAnswer('HTTPS secure.corp:8443')).toEqual({ kind: 'proxy', secure: true, host: 'secure.corp', port: 8443 });
    expect(proxyFromPacAnswer('HTTPS secure.corp')).toMatchObject({ port: 443 });
  });

  it('SOCKS and SOCKS5 are named as proxies the uploader cannot use, never made direct', () => {
    expect(proxyFromPacAnswer('SOCKS5 socks.corp:1080; DIRECT')).toEqual({ kind: 'unusable', proxy: 'socks.corp:1080', why: 'socks' });
    expect(proxyFromPacAnswer('SOCKS socks.corp')).toEqual({ kind: 'unusable', proxy: 'socks.corp:1080', why: 'socks' });
  });

  it('an answer it does not know is not taken for DIRECT', () => {
    expect(proxyFromPacAnswer('QUIC q.corp:443')).toMatchObject({ kind: 'unusable', why: 'not-an-address' });
    expect(proxyFromPacAnswer('PROXY a:99999')).toMatchObject({ kind: 'unusable', why: 'not-an-address' });
    expect(proxyFromPacAnswer('PROXY')).toMatchObject({ kind: 'unusable' });
  });

  it('asks Chromium per origin, never with a link’s path or query, and every time (settings may change)', async () => {
    const asked: string[] = [];
    let answer = 'PROXY p:1';
    const choose = systemProxyChooser(async (url) => {
      asked.push(url);
      return answer;
    });
    expect(await choose(new URL('https://storage.example/bucket/x?X-Signature=secret'))).toMatchObject({ host: 'p' });
    answer = 'DIRECT';
    expect(await choose(new URL('https://storage.example/other'))).toEqual({ kind: 'direct' });
    expect(asked).toEqual(['https://storage.example/', 'https://storage.example/']);
  });
});

describe('under the strict Electron model', () => {
  it('the chooser over session.defaultSession.resolveProxy, as index.ts builds it, once the app is ready', async () => {
    const model = createElectronModel({ platform: 'linux' });
    const session = model.module['session'] as { defaultSession: { resolveProxy(url: string): Promise<string> } };
    // The session exists only once the app is ready: index.ts builds the chooser in start().
    expect(() => session.defaultSession).toThrow('session module can only be used when the app is ready');
    model.becomeReady();
    const choose = systemProxyChooser((url) => session.defaultSession.resolveProxy(url));
    model.proxyAnswer = (url) => (url.startsWith('https://api.heygen.com') ? 'HTTPS gate.corp:8443' : 'PROXY proxy.corp:3128; DIRECT');
    expect(await choose(new URL('https://api.heygen.com/v3/assets'))).toEqual({ kind: 'proxy', secure: true, host: 'gate.corp', port: 8443 });
    expect(await choose(new URL('https://api.assemblyai.com/v2/upload'))).toEqual({ kind: 'proxy', secure: false, host: 'proxy.corp', port: 3128 });
    model.proxyAnswer = () => 'SOCKS5 socks.corp:1080';
    expect(await choose(new URL('https://api.assemblyai.com/v2/upload'))).toMatchObject({ kind: 'unusable', why: 'socks' });
    model.proxyAnswer = () => 'DIRECT';
    expect(await choose(new URL('https://api.assemblyai.com/v2/upload'))).toEqual({ kind: 'direct' });
    expect(model.proxyAsked).toEqual(['https://api.heygen.com/', 'https://api.assemblyai.com/', 'https://api.assemblyai.com/', 'https://api.assemblyai.com/']);
  });
});
