// Which proxy the command line uses for a URL, read from the environment as curl reads it:
// HTTPS_PROXY for https:// URLs, HTTP_PROXY for http:// ones, ALL_PROXY for either, NO_PROXY for
// the hosts that go direct. Lower case wins over upper case where both are set.
//
// Where this differs from curl, on purpose:
// - HTTP_PROXY in capitals is honoured too (curl reads only http_proxy, a guard for CGI scripts,
//   where a request's "Proxy:" header becomes HTTP_PROXY; a command-line uploader has no such
//   header, and people behind a proxy set both spellings).
// - A NO_PROXY entry may carry a port ("host:8080" bypasses only that port), as Go and most
//   tools read it.
// - "localhost" in NO_PROXY also covers the loopback addresses (127.0.0.0/8, ::1): people write
//   it meaning "this computer". Without NO_PROXY, loopback goes through the proxy, as in curl.
// Pure: the environment is an argument, so the rules are tested without a process of their own.

import { BlockList, isIP } from 'node:net';
import type { ProxyChoice } from './proxy-types.ts';

type Env = Readonly<Record<string, string | undefined>>;

function read(env: Env, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A proxy variable's value as a choice: "host:port" alone means an http:// proxy, as in curl. */
export function proxyFromValue(value: string): ProxyChoice {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { kind: 'unusable', proxy: value.replace(/^[^@]*@/, ''), why: 'not-an-address' };
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  const defaultPort = scheme === 'https' ? 443 : scheme.startsWith('socks') ? 1080 : 80;
  const port = url.port === '' ? defaultPort : Number(url.port);
  const host = url.hostname;
  if (scheme === 'http' || scheme === 'https') {
    return { kind: 'proxy', secure: scheme === 'https', host, port, ...(url.username !== '' && { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }) };
  }
  if (scheme.startsWith('socks')) return { kind: 'unusable', proxy: `${host}:${port}`, why: 'socks' };
  return { kind: 'unusable', proxy: `${host}:${port}`, why: 'not-an-address' };
}

/** Square brackets off an IPv6 literal, as URL.hostname keeps them. */
function bare(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function isLoopback(host: string): boolean {
  const ip = bare(host);
  if (isIP(ip) === 4) return ip.startsWith('127.');
  if (isIP(ip) === 6) return ip === '::1';
  return false;
}

/** One NO_PROXY entry against the URL's host and port. */
function entryMatches(entry: string, host: string, port: number): boolean {
  let name = entry;
  let onlyPort: number | undefined;
  // "host:port" or "[v6]:port"; a bare IPv6 address has several colons and no port.
  const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
  if (withPort !== null) {
    name = withPort[1]!;
    onlyPort = Number(withPort[2]);
  }
  if (onlyPort !== undefined && onlyPort !== port) return false;
  name = bare(name).toLowerCase();
  const target = bare(host).toLowerCase();
  if (name === 'localhost' && (target === 'localhost' || isLoopback(target))) return true;
  // An address range ("10.0.0.0/8", "fd00::/8"), as curl 7.86 and later take.
  const cidr = /^(.+)\/(\d{1,3})$/.exec(name);
  if (cidr !== null && isIP(cidr[1]!) !== 0 && isIP(target) !== 0) {
    const family = isIP(cidr[1]!) === 4 ? 'ipv4' : 'ipv6';
    if (isIP(target) !== (family === 'ipv4' ? 4 : 6)) return false;
    const list = new BlockList();
    try {
      list.addSubnet(cidr[1]!, Number(cidr[2]), family);
    } catch {
      return false;
    }
    return list.check(target, family);
  }
  if (isIP(name) !== 0) return name === target;
  // A name matches itself and every name under it; a leading dot (or "*.") means the same.
  const domain = name.replace(/^\*?\./, '');
  return target === domain || target.endsWith(`.${domain}`);
}

/** Whether NO_PROXY sends this URL direct. */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  // curl separates entries by commas; spaces around them (and between them) are allowed.
  const entries = noProxy.split(/[\s,]+/).filter((e) => e !== '');
  return entries.some((entry) => entry === '*' || entryMatches(entry, url.hostname, port));
}

/** The proxy the environment gives this URL, or direct. */
export function proxyFromEnvironment(url: URL, env: Env): ProxyChoice {
  const scheme = url.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
  const value = read(env, scheme) ?? read(env, 'all_proxy');
  if (value === undefined) return { kind: 'direct' };
  if (bypassesProxy(url, read(env, 'no_proxy'))) return { kind: 'direct' };
  return proxyFromValue(value);
}
