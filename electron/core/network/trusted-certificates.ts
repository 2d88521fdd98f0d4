// Which certificate authorities the engine trusts on https: Node's bundled roots, the operating
// system's store, and NODE_EXTRA_CA_CERTS (issue 23). Node on its own trusts only the first and
// the last, so at a company that inspects traffic (its own root installed in the system's store)
// every upload failed. Chromium, and so a person's browser, trusts the system's store.
//
// Built once, on the first https connection, never at start-up: reading the system's store costs
// ~35-90 ms here (Debian's /etc/ssl/certs, measured with tls.getCACertificates('system')), and
// building one context from the ~260 roots another ~20-35 ms. A plain http:// upload loads no
// TLS at all (test/cli/start-up-modules.test.ts). The roots go into one SecureContext shared by
// every connection: a `ca` list handed to each tls.connect would build that context again, the
// 20-35 ms, for every connection.
//
// On Linux Node reads the system's store where OpenSSL looks by default (SSL_CERT_FILE and
// SSL_CERT_DIR override it); on macOS the keychain; on Windows the certificate store. Node reads
// it once per process (a second getCACertificates('system') returns the first answer even after
// SSL_CERT_FILE changed), so a root IT installs while the app runs counts from its next start.

import type { SecureContext } from 'node:tls';
import buildConnector from 'undici/lib/core/connect.js';

let context: SecureContext | undefined;

/** The one TLS context every https connection uses: Node's roots, the system's and NODE_EXTRA_CA_CERTS'. */
export function trustedSecureContext(): SecureContext {
  if (context === undefined) {
    // Loaded here, not imported: a run that never speaks https never loads TLS.
    const tls = process.getBuiltinModule('node:tls');
    const roots = new Set<string>();
    for (const store of ['bundled', 'system', 'extra'] as const) {
      // A system store that cannot be read leaves Node's own roots, as before issue 23.
      try {
        for (const pem of tls.getCACertificates(store)) roots.add(pem);
      } catch {
        // (nothing to add from this store)
      }
    }
    // Nothing read at all (a Node without getCACertificates): Node's own default, never an empty list that trusts no one.
    context = roots.size === 0 ? tls.createSecureContext() : tls.createSecureContext({ ca: [...roots] });
  }
  return context;
}

/** What an Agent's `connect` object would hold: the connect timeout, allowH2 and the like. */
type ConnectorOptions = buildConnector.BuildOptions;

/**
 * undici's own connector, with the trusted roots on https. The https half is made on its first
 * use (see above), so an Agent can be made at start-up at no cost.
 */
export function trustingConnector(options: ConnectorOptions): buildConnector.connector {
  const plain = buildConnector(options);
  let secure: buildConnector.connector | undefined;
  return (connectOptions, callback) => {
    if (connectOptions.protocol !== 'https:') return plain(connectOptions, callback);
    secure ??= buildConnector({ ...options, secureContext: trustedSecureContext() });
    return secure(connectOptions, callback);
  };
}

/** For a dispatcher built elsewhere (a proxy's tunnel, undici's `requestTls`): TLS options carrying the same roots. */
export function trustedTlsOptions(): { secureContext: SecureContext } {
  return { secureContext: trustedSecureContext() };
}
