// Where a request goes. `baseUrl` (the CLI's --base-url, the tests' loopback servers) replaces
// the scheme, host and port of the documented endpoint; the documented path always stays.

import { regionOf, type Endpoint, type ProviderInfo } from '../../shared/providers.ts';

export interface EndpointOptions {
  readonly baseUrl?: string;
  /** A region id of the provider's (shared/providers.ts); its default region when absent or unknown. */
  readonly region?: string;
}

export function endpointUrl(provider: ProviderInfo<string>, endpoint: Endpoint, options: EndpointOptions = {}): URL {
  let origin = endpoint.origin;
  // A region moves the endpoints on the API host (the default region's origin), not others.
  const home = provider.regions?.choices[0].origin;
  if (origin === home) origin = regionOf(provider, options.region)?.origin ?? origin;
  const url = new URL(endpoint.path, origin);
  if (options.baseUrl !== undefined) {
    const base = new URL(options.baseUrl);
    url.protocol = base.protocol;
    url.host = base.host;
  }
  return url;
}

/**
 * A host name that means this machine: `localhost`, 127.0.0.0/8 or ::1 (`URL.hostname` writes
 * it `[::1]`). Only there may plain http carry a key (the loopback test servers).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
