// How the engine tells a proxy's answer from the provider's (electron/core/network/proxy-choice.ts
// proxyFailureOf, network-errors.ts proxyError), from the errors undici 8.12's ProxyAgent throws.

import { describe, expect, it } from 'vitest';
import { proxyError } from '../../../electron/core/network/network-errors.ts';
import { proxyFailureOf, ProxyFailure } from '../../../electron/core/network/proxy-choice.ts';

const tunnel = (status: number): Error => Object.assign(new Error(`Proxy response (${status}) !== 200 when HTTP Tunneling`), { code: 'UND_ERR_ABORTED' });

describe('a proxy’s answer is its own', () => {
  it('407, on the CONNECT or as a plain request\'s answer, asks for a password', () => {
    expect(proxyFailureOf(tunnel(407), 'p:1')).toMatchObject({ kind: 'auth', proxy: 'p:1' });
    // tinyproxy's answer to a CONNECT with a wrong password: a proxy's, since nothing else answers a CONNECT.
    expect(proxyFailureOf(tunnel(401), 'p:1')).toMatchObject({ kind: 'auth', proxy: 'p:1' });
    expect(proxyFailureOf(Object.assign(new Error('Proxy Authentication Required (407)'), { code: 'UND_ERR_INVALID_ARG' }), 'p:1')).toMatchObject({ kind: 'auth' });
  });

  it('403 or another 4xx to the CONNECT, or no connection to the proxy, is a refusal', () => {
    expect(proxyFailureOf(tunnel(403), 'p:1')).toMatchObject({ kind: 'refused' });
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'UND_ERR_PRX_TLS']) {
      expect(proxyFailureOf(new Error('x', { cause: Object.assign(new Error('y'), { code }) }), 'p:1'), code).toMatchObject({ kind: 'refused' });
    }
  });

  it('a 5xx to the CONNECT (the proxy could not reach the provider) and a reset stay the network\'s', () => {
    expect(proxyFailureOf(tunnel(502), 'p:1')).toBeUndefined();
    expect(proxyFailureOf(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }), 'p:1')).toBeUndefined();
  });

  it('becomes the engine\'s code with a sentence that names the proxy and never the key', () => {
    const auth = proxyError(new ProxyFailure('auth', 'proxy.corp:3128'), 'HeyGen');
    expect(auth).toMatchObject({ code: 'PROXY_AUTH' });
    expect(auth.message).toBe('The proxy proxy.corp:3128 asks for a user name and password before it lets the uploader reach HeyGen. Check your proxy settings, or ask your IT department for the proxy\'s sign-in, then press Retry.');
    expect(proxyError(new ProxyFailure('refused', 'proxy.corp:3128'), 'HeyGen').code).toBe('PROXY_REFUSED');
    expect(proxyError(new ProxyFailure('socks', 's:1080'), 'HeyGen').message).toContain('it is a SOCKS proxy');
    for (const kind of ['auth', 'refused', 'socks'] as const) expect(proxyError(new ProxyFailure(kind, 'p:1'), 'HeyGen').message).not.toMatch(/API key|internet connection/);
  });
});
