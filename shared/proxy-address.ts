// "This proxy: host:port" in Settings, read the same way by the window (a sentence under the field
// while the person types) and by main (settings-schema.ts refuses anything else). An HTTP proxy
// only: https:// goes through it with CONNECT. A user name and password never go in the address:
// the app asks for them when the proxy does, and keeps them in the password store, not in the
// settings file (electron/core/proxy-sign-in.ts). Pure and without URL (shared/ has no DOM or
// Node types), so both sides run exactly this.

import type { Translate } from './i18n/translator.ts';

export interface ProxyAddress {
  readonly host: string;
  readonly port: number;
}

/** What to change, as a key of the settings catalogue (settings:proxy.addressProblem.…) and its values: the window says it in the person's language. */
export interface ProxyAddressProblem {
  readonly key: 'empty' | 'notHttp' | 'noSignIn' | 'notHost' | 'noPort' | 'badPort';
  readonly values?: { readonly scheme?: string; readonly host?: string };
}

export type ProxyAddressReading = { readonly ok: true; readonly address: ProxyAddress } | { readonly ok: false; readonly problem: ProxyAddressProblem };
// A DNS name (RFC 1123 labels, 253 characters at most), which an IPv4 address also is.
const NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
// An IPv6 address as it is written in brackets: hex groups and colons, maybe a dotted IPv4 tail.
const IPV6 = /^\[(?=[^\]]*:)[0-9a-f:.]{2,45}\]$/i;

/** Whether `host` is a name or address the setting may hold ("[::1]" for IPv6, as in a URL). */
export function isProxyHost(host: string): boolean {
  if (IPV6.test(host)) return (host.match(/::/g) ?? []).length <= 1;
  // All digits and dots is an IPv4 address, each part at most 255.
  if (/^[\d.]+$/.test(host)) return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) && host.split('.').every((part) => Number(part) <= 255);
  return NAME.test(host);
}

/** What the person typed, as an address, or what to change. */
export function readProxyAddress(typed: string): ProxyAddressReading {
  const problem = (key: ProxyAddressProblem['key'], values?: ProxyAddressProblem['values']): ProxyAddressReading => ({ ok: false, problem: { key, ...(values !== undefined && { values }) } });
  let text = typed.trim();
  if (text === '') return problem('empty');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http') {
    return problem('notHttp', { scheme });
  }
  if (scheme !== undefined) text = text.slice('http://'.length).replace(/\/$/, '');
  if (text.includes('@')) return problem('noSignIn');
  const parts = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(text);
  const host = parts?.[1] ?? '';
  const port = parts?.[2];
  if (!isProxyHost(host)) return problem('notHost', { host: host || text });
  if (port === undefined || port === '') return problem('noPort', { host });
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) return problem('badPort');
  return { ok: true, address: { host: host.toLowerCase(), port: Number(port) } };
}

/** "host:port", as the field shows it and sentences name the proxy. */
export function proxyAddressText(address: ProxyAddress): string {
  return `${address.host}:${address.port}`;
}

/** What to change, in the language of `t`. */
export function proxyProblemWords(t: Translate, problem: ProxyAddressProblem): string {
  return t(`settings:proxy.addressProblem.${problem.key}`, { example: t('settings:proxy.addressProblem.example'), ...problem.values });
}
