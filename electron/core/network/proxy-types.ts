// What a proxy choice is, apart from the code that makes one (proxy-env.ts from the environment,
// electron/main/network/system-proxy.ts from Chromium's answers) and the code that follows it
// (proxy-choice.ts), so that none of them imports another in a circle.

export type ProxyChoice =
  | { readonly kind: 'direct' }
  | {
    readonly kind: 'proxy';
    /** An https:// proxy: the connection to the proxy itself is TLS ("HTTPS host:port" in PAC). */
    readonly secure: boolean;
    readonly host: string;
    readonly port: number;
    readonly username?: string;
    readonly password?: string;
  }
  /** A proxy the engine cannot use: its `proxy` ("host:port") is named in the sentence. */
  | { readonly kind: 'unusable'; readonly proxy: string; readonly why: 'socks' | 'not-an-address' };

export type ProxyChooser = (url: URL) => ProxyChoice | Promise<ProxyChoice>;

/** What a proxy that asks for a password (its 407) is given: Basic, as ProxyAgent's `token` sends it. */
export interface ProxyCredentials {
  readonly username: string;
  readonly password: string;
}

/** Where the sign-ins proxies accepted are kept (electron/core/keys/proxy-passwords.ts: the keychain). */
export interface ProxyPasswordStore {
  /** What was kept for this proxy ("host:port"), if anything. */
  get(proxy: string): Promise<ProxyCredentials | undefined>;
  set(proxy: string, credentials: ProxyCredentials): Promise<void>;
  /** True when there was one to forget. */
  delete(proxy: string): Promise<boolean>;
}
