// Where a request to a provider's own API goes. `baseUrl` (the CLI's --base-url, the tests'
// loopback servers) replaces the scheme, host and port of the documented endpoint, whichever of
// the provider's hosts it is on; the documented path always stays. Storage links a provider hands
// out are never built here: they are used exactly as given (large-upload.ts).

import type { Endpoint, ProviderInfo } from '../../../shared/provider-info.ts';
import { regionOf } from '../../../shared/providers.ts';

export interface EndpointOptions {
  readonly baseUrl?: string;
  /** A region id of the provider's (shared/providers.ts); its default region when absent or unknown. */
  readonly region?: string;
  /** Fills `{asset_id}` in the endpoint's path (encoded). */
  readonly assetId?: string;
}

export function endpointUrl(provider: ProviderInfo<string>, endpoint: Endpoint, options: EndpointOptions = {}): URL {
  let origin = endpoint.origin;
  // A region moves the endpoints on the API host (the default region's origin), not others.
  const home = provider.regions?.choices[0].origin;
  if (origin === home) origin = regionOf(provider, options.region)?.origin ?? origin;
  // encodeURIComponent leaves these as they are, and the URL parser would climb out of the path.
  if (options.assetId === '.' || options.assetId === '..') throw new Error(`${options.assetId} is not an asset id`);
  const path = options.assetId === undefined ? endpoint.path : endpoint.path.replaceAll('{asset_id}', encodeURIComponent(options.assetId));
  if (path.includes('{asset_id}')) throw new Error(`${endpoint.path} needs an asset id`);
  const url = new URL(path, origin);
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
