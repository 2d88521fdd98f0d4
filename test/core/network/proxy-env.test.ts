// The command line's proxy choice from the environment (electron/core/network/proxy-env.ts), by curl's
// rules and the few differences that file names.

import { describe, expect, it } from 'vitest';
import { bypassesProxy, proxyFromEnvironment, proxyFromValue } from '../../../electron/core/network/proxy-env.ts';

const https = (host: string): URL => new URL(`https://${host}/v2/upload`);

describe('which proxy the command line uses', () => {
  it('takes HTTPS_PROXY for https:// and HTTP_PROXY for http://, in either case, lower case first', () => {
    expect(proxyFromEnvironment(https('api.assemblyai.com'), { HTTPS_PROXY: 'proxy.corp:3128' })).toEqual({ kind: 'proxy', secure: false, host: 'proxy.corp', port: 3128 });
    expect(proxyFromEnvironment(https('api.assemblyai.com'), { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2' })).toMatchObject({ host: 'low', port: 1 });
    expect(proxyFromEnvironment(new URL('http://a.example/x'), { HTTP_PROXY: 'http://p:8080', HTTPS_PROXY: 'http://q:9' })).toMatchObject({ host: 'p', port: 8080 });
    expect(proxyFromEnvironment(new URL('http://a.example/x'), { http_proxy: 'http://p:8080' })).toMatchObject({ host: 'p' });
    // An https:// URL does not use HTTP_PROXY, as in curl.
    expect(proxyFromEnvironment(https('a.example'), { HTTP_PROXY: 'http://p:8080' })).toEqual({ kind: 'direct' });
    expect(proxyFromEnvironment(https('a.example'), {})).toEqual({ kind: 'direct' });
    expect(proxyFromEnvironment(https('a.example'), { HTTPS_PROXY: '  ' })).toEqual({ kind: 'direct' });
  });

  it('falls back to ALL_PROXY', () => {
    expect(proxyFromEnvironment(https('a.example'), { ALL_PROXY: 'http://all:3128' })).toMatchObject({ host: 'all', port: 3128 });
  });

  it('reads the scheme, the default port and a user name and password', () => {
    expect(proxyFromValue('https://secure.corp')).toEqual({ kind: 'proxy', secure: true, host: 'secure.corp', port: 443 });
    expect(proxyFromValue('http://plain.corp')).toMatchObject({ port: 80 });
    expect(proxyFromValue('http://me%40corp:p%3Ass@proxy:3128')).toEqual({ kind: 'proxy', secure: false, host: 'proxy', port: 3128, username: 'me@corp', password: 'p:ss' });
    expect(proxyFromValue('http://[::1]:3128')).toMatchObject({ host: '[::1]', port: 3128 });
  });

  it('names a SOCKS proxy as one it cannot use, without its password, rather than going direct', () => {
    expect(proxyFromValue('socks5://me:secret@socks.corp:1080')).toEqual({ kind: 'unusable', proxy: 'socks.corp:1080', why: 'socks' });
    expect(proxyFromValue('socks5h://socks.corp')).toEqual({ kind: 'unusable', proxy: 'socks.corp:1080', why: 'socks' });
    expect(proxyFromEnvironment(https('a.example'), { HTTPS_PROXY: 'socks4://s:9' })).toMatchObject({ kind: 'unusable', why: 'socks' });
    expect(proxyFromValue('ftp://odd:21')).toMatchObject({ kind: 'unusable', why: 'not-an-address' });
  });
});

describe('NO_PROXY', () => {
  const via = { HTTPS_PROXY: 'http://p:3128' };

  it('sends matching hosts direct, in either case', () => {
    expect(proxyFromEnvironment(https('api.heygen.com'), { ...via, NO_PROXY: 'heygen.com' })).toEqual({ kind: 'direct' });
    expect(proxyFromEnvironment(https('api.heygen.com'), { ...via, no_proxy: 'heygen.com' })).toEqual({ kind: 'direct' });
    expect(proxyFromEnvironment(https('api.assemblyai.com'), { ...via, NO_PROXY: 'heygen.com' })).toMatchObject({ kind: 'proxy' });
  });

  it('a list separated by commas and spaces; a leading dot or "*." is a suffix; a suffix matches only at a dot', () => {
    expect(bypassesProxy(https('a.example.com'), 'other.org, .example.com')).toBe(true);
    expect(bypassesProxy(https('example.com'), '.example.com')).toBe(true);
    expect(bypassesProxy(https('deep.a.example.com'), '*.example.com')).toBe(true);
    expect(bypassesProxy(https('notexample.com'), 'example.com')).toBe(false);
    expect(bypassesProxy(https('EXAMPLE.com'), 'example.COM')).toBe(true);
    expect(bypassesProxy(https('a.b'), 'x.y z.w a.b')).toBe(true);
    expect(bypassesProxy(https('a.b'), '')).toBe(false);
  });

  it('"*" alone sends everything direct; inside a name it is not a pattern', () => {
    expect(bypassesProxy(https('anything.example'), '*')).toBe(true);
    expect(bypassesProxy(https('anything.example'), 'a.b,*')).toBe(true);
    expect(bypassesProxy(https('anything.example'), 'any*.example')).toBe(false);
  });

  it('an entry with a port bypasses only that port; the default port counts', () => {
    expect(bypassesProxy(new URL('https://h.example:8443/'), 'h.example:8443')).toBe(true);
    expect(bypassesProxy(new URL('https://h.example/'), 'h.example:8443')).toBe(false);
    expect(bypassesProxy(new URL('https://h.example/'), 'h.example:443')).toBe(true);
    expect(bypassesProxy(new URL('http://h.example/'), 'h.example:80')).toBe(true);
  });

  it('addresses match exactly, as ranges, and in IPv6 brackets', () => {
    expect(bypassesProxy(new URL('http://10.1.2.3/'), '10.1.2.3')).toBe(true);
    expect(bypassesProxy(new URL('http://10.1.2.30/'), '10.1.2.3')).toBe(false);
    expect(bypassesProxy(new URL('http://10.1.2.3/'), '10.0.0.0/8')).toBe(true);
    expect(bypassesProxy(new URL('http://11.1.2.3/'), '10.0.0.0/8')).toBe(false);
    expect(bypassesProxy(new URL('http://[fd00::5]/'), 'fd00::/8')).toBe(true);
    expect(bypassesProxy(new URL('http://[::1]:9/'), '[::1]:9')).toBe(true);
    expect(bypassesProxy(new URL('http://[::1]:9/'), '::1')).toBe(true);
  });

  it('"localhost" covers the loopback addresses; without NO_PROXY, loopback goes through the proxy as in curl', () => {
    for (const host of ['localhost', '127.0.0.1', '127.8.9.1', '[::1]']) expect(bypassesProxy(new URL(`http://${host}:4000/`), 'localhost'), host).toBe(true);
    expect(bypassesProxy(new URL('http://10.0.0.1/'), 'localhost')).toBe(false);
    expect(proxyFromEnvironment(new URL('http://127.0.0.1:4000/'), { HTTP_PROXY: 'http://p:1' })).toMatchObject({ kind: 'proxy' });
  });
});
