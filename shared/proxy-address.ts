// "This proxy: host:port" in Settings, read the same way by the window (a sentence under the field
// while the person types) and by main (settings-schema.ts refuses anything else). An HTTP proxy
// only: https:// goes through it with CONNECT. A user name and password never go in the address:
// the app asks for them when the proxy does, and keeps them in the password store, not in the
// settings file (electron/core/proxy-sign-in.ts). Pure and without URL (shared/ has no DOM or
// Node types), so both sides run exactly this.

export interface ProxyAddress {
  readonly host: string;
  readonly port: number;
}

export type ProxyAddressReading = { readonly ok: true; readonly address: ProxyAddress } | { readonly ok: false; readonly problem: string };

const EXAMPLE = 'for example proxy.example.com:8080';
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

/** What the person typed, as an address, or the sentence that says what to change. */
export function readProxyAddress(typed: string): ProxyAddressReading {
  const problem = (text: string): ProxyAddressReading => ({ ok: false, problem: text });
  let text = typed.trim();
  if (text === '') return problem(`Type the proxy’s address and port, ${EXAMPLE}.`);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http') {
    return problem(`Only an HTTP proxy can be set here, not ${scheme}://. Type its address and port, ${EXAMPLE}.`);
  }
  if (scheme !== undefined) text = text.slice('http://'.length).replace(/\/$/, '');
  if (text.includes('@')) return problem('Leave the user name and password out: the app asks for them when the proxy wants them, and keeps them in your computer’s password store.');
  const parts = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(text);
  const host = parts?.[1] ?? '';
  const port = parts?.[2];
  if (!isProxyHost(host)) return problem(`“${host || text}” is not a computer name or address. Type the proxy’s address and port, ${EXAMPLE}.`);
  if (port === undefined || port === '') return problem(`Add the proxy’s port after a colon, ${host}:8080 for example. Your IT department can tell you which port.`);
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) return problem(`The port after the colon must be a number from 1 to 65535, ${EXAMPLE}.`);
  return { ok: true, address: { host: host.toLowerCase(), port: Number(port) } };
}

/** "host:port", as the field shows it and sentences name the proxy. */
export function proxyAddressText(address: ProxyAddress): string {
  return `${address.host}:${address.port}`;
}
