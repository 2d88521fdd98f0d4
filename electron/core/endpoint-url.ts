// Where a request goes. `baseUrl` (the CLI's --base-url, the tests' loopback servers) replaces
// the scheme, host and port of the documented endpoint; the documented path always stays.

import type { Endpoint, ProviderInfo, Region } from '../../shared/providers.ts';

export interface EndpointOptions {
  readonly baseUrl?: string;
  readonly region?: Region;
}

export function endpointUrl(provider: ProviderInfo, endpoint: Endpoint, options: EndpointOptions = {}): URL {
  let origin = endpoint.origin;
  if (options.region === 'eu' && provider.euOrigin !== undefined && origin === provider.upload.origin) origin = provider.euOrigin;
  const url = new URL(endpoint.path, origin);
  if (options.baseUrl !== undefined) {
    const base = new URL(options.baseUrl);
    url.protocol = base.protocol;
    url.host = base.host;
  }
  return url;
}

/** Checks a --base-url before any request: http(s) with a host, nothing else. */
export function parseBaseUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}
