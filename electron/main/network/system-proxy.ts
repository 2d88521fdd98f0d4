// The app's proxy choice: Chromium's answer for the system's settings (a fixed proxy, a PAC
// script, the environment on Linux), as `session.resolveProxy(url)` gives it, mapped onto the
// engine's chooser (electron/core/network/proxy-choice.ts). Asked per origin, at every request, so a
// change of the system's settings (or of network, for a PAC script) applies to the next request
// without a restart; Chromium caches the PAC script's work itself.
//
// Chromium answers in PAC's words: "DIRECT", "PROXY host:port", "HTTPS host:port",
// "SOCKS host:port" / "SOCKS5 …", several separated by ";" to try in turn. Only the first is used:
// Chromium falls back to the next when one fails, but a company's list ends in DIRECT to let
// Chromium's own services through, and the uploader going around the company's proxy on its own
// would surprise the people who set it; its failure sentence names the proxy instead.

import type { ProxyChoice, ProxyChooser } from '../../core/network/proxy-types.ts';

const DEFAULT_PORTS: Readonly<Record<string, number>> = { PROXY: 80, HTTP: 80, HTTPS: 443, SOCKS: 1080, SOCKS4: 1080, SOCKS5: 1080 };

/** "host:port", "[v6]:port" or "host" into its parts; undefined when it is not an address. */
function hostAndPort(text: string, defaultPort: number): { host: string; port: number } | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+)(?::(\d{1,5}))?$/.exec(text);
  if (match === null) return undefined;
  const port = match[2] === undefined ? defaultPort : Number(match[2]);
  if (port < 1 || port > 65_535) return undefined;
  return { host: match[1]!, port };
}

/** Chromium's answer for a URL as the engine's choice: its first entry decides. */
export function proxyFromPacAnswer(answer: string): ProxyChoice {
  const first = answer.split(';').map((entry) => entry.trim()).find((entry) => entry !== '');
  if (first === undefined) return { kind: 'direct' };
  const [word = '', address = ''] = first.split(/\s+/, 2);
  const kind = word.toUpperCase();
  if (kind === 'DIRECT') return { kind: 'direct' };
  const defaultPort = DEFAULT_PORTS[kind];
  const where = defaultPort === undefined ? undefined : hostAndPort(address, defaultPort);
  if (where === undefined) return { kind: 'unusable', proxy: first.slice(0, 100), why: 'not-an-address' };
  if (kind.startsWith('SOCKS')) return { kind: 'unusable', proxy: `${where.host}:${where.port}`, why: 'socks' };
  return { kind: 'proxy', secure: kind === 'HTTPS', host: where.host, port: where.port };
}

/**
 * The engine's chooser over Chromium's `resolveProxy` (index.ts passes
 * `(url) => session.defaultSession.resolveProxy(url)`). Asked for the origin only: the path and
 * query of a signed storage link are nobody's business, PAC scripts included.
 */
export function systemProxyChooser(resolveProxy: (url: string) => Promise<string>): ProxyChooser {
  return async (url) => proxyFromPacAnswer(await resolveProxy(`${url.origin}/`));
}
