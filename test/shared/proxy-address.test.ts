// "This proxy: host:port" as a person types it (shared/proxy-address.ts), and the settings'
// rule over it: what reads as an address, and the sentence for what does not. Main refuses the
// same (SETTINGS_CHANGE), so a window that sends a bad one saves nothing.

import { describe, expect, it } from 'vitest';
import { isProxyHost, proxyAddressText, proxyProblemWords, readProxyAddress } from '../../shared/proxy-address.ts';
import { englishT } from '../../shared/i18n/english.ts';
import { SETTINGS_CHANGE } from '../../shared/settings-schema.ts';

const address = (typed: string) => {
  const read = readProxyAddress(typed);
  return read.ok ? read.address : proxyProblemWords(englishT(), read.problem);
};

describe('a typed proxy address', () => {
  it('reads a name, an IPv4 or a bracketed IPv6 address with its port, an http:// prefix and spaces around allowed', () => {
    expect(address('proxy.example.com:8080')).toEqual({ host: 'proxy.example.com', port: 8080 });
    expect(address('  Proxy.Corp:3128 ')).toEqual({ host: 'proxy.corp', port: 3128 });
    expect(address('http://10.0.0.1:80/')).toEqual({ host: '10.0.0.1', port: 80 });
    expect(address('[fd00::1]:3128')).toEqual({ host: '[fd00::1]', port: 3128 });
    expect(address('localhost:1')).toEqual({ host: 'localhost', port: 1 });
    expect(proxyAddressText({ host: '[fd00::1]', port: 3128 })).toBe('[fd00::1]:3128');
  });

  it('says what to change, and never keeps a password', () => {
    expect(address('')).toBe('Type the proxy’s address and port, for example proxy.example.com:8080.');
    expect(address('proxy.corp')).toBe('Add the proxy’s port after a colon, proxy.corp:8080 for example. Your IT department can tell you which port.');
    expect(address('proxy.corp:')).toMatch(/^Add the proxy’s port/);
    expect(address('proxy.corp:99999')).toBe('The port after the colon must be a number from 1 to 65535, for example proxy.example.com:8080.');
    expect(address('proxy.corp:0')).toMatch(/^The port after the colon/);
    expect(address('proxy.corp:80a')).toMatch(/^The port after the colon/);
    expect(address('pro xy:8080')).toBe('“pro xy” is not a computer name or address. Type the proxy’s address and port, for example proxy.example.com:8080.');
    expect(address(':8080')).toMatch(/is not a computer name or address/);
    expect(address('300.1.1.1:8080')).toMatch(/is not a computer name or address/);
    expect(address('socks5://proxy.corp:1080')).toBe('Only an HTTP proxy can be set here, not socks5://. Type its address and port, for example proxy.example.com:8080.');
    expect(address('https://proxy.corp:443')).toMatch(/^Only an HTTP proxy/);
    const withPassword = address('ada:secret@proxy.corp:3128');
    expect(withPassword).toMatch(/^Leave the user name and password out/);
    expect(withPassword).not.toContain('secret');
  });

  it('names hosts as the settings file may hold them', () => {
    for (const host of ['proxy', 'a-b.c', '127.0.0.1', '[::1]', '[2001:db8::1]']) expect(isProxyHost(host), host).toBe(true);
    for (const host of ['', '-a', 'a..b', 'a_b', '[1::2::3]', '::1', 'http://a', 'a/b', 'é.corp', `${'a'.repeat(64)}.corp`]) expect(isProxyHost(host), host).toBe(false);
  });
});

describe('the proxy setting main accepts', () => {
  it('takes the three choices, keeping a typed address beside another', () => {
    for (const proxy of [{ mode: 'system' }, { mode: 'none' }, { mode: 'manual', host: 'proxy.corp', port: 3128 }, { mode: 'system', host: 'proxy.corp', port: 3128 }] as const) {
      expect(SETTINGS_CHANGE.safeParse({ proxy }).success, JSON.stringify(proxy)).toBe(true);
    }
  });

  it('refuses this proxy without an address, a bad host or port, a password, or another field', () => {
    for (const proxy of [
      { mode: 'manual' },
      { mode: 'manual', host: 'proxy.corp' },
      { mode: 'manual', host: 'pro xy', port: 3128 },
      { mode: 'manual', host: 'proxy.corp', port: 70_000 },
      { mode: 'manual', host: 'proxy.corp', port: 31.5 },
      { mode: 'manual', host: 'ada:secret@proxy.corp', port: 3128 },
      { mode: 'manual', host: 'proxy.corp', port: 3128, password: 'secret' },
      { mode: 'pac' },
    ]) {
      expect(SETTINGS_CHANGE.safeParse({ proxy }).success, JSON.stringify(proxy)).toBe(false);
    }
  });
});
