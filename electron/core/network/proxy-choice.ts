// Which way each request leaves: straight to its host, or through a proxy. The engine asks a
// "proxy chooser" per URL: the command line's reads HTTPS_PROXY/NO_PROXY (proxy-env.ts), the
// app's asks Chromium (electron/main/network/system-proxy.ts), which knows the system's settings and
// PAC scripts. http-client.ts takes the dispatcher from here, so every request (uploads, large
// files' tickets and storage links, key and status checks, deletes) follows the same choice.
//
// SOCKS: undici 8.12 has a SOCKS5 dispatcher, but nothing here tests it against a real SOCKS
// server yet, so a SOCKS answer fails with its own sentence instead of going direct, which a
// company network would refuse, or worse, allow around its own rules.

import type { Dispatcher } from 'undici';
import { agentFor } from './direct-agents.ts';
import { trustedTlsOptions } from './trusted-certificates.ts';
import { proxyFromEnvironment } from './proxy-env.ts';
import { proxySignIn, type ProxySignIn } from './proxy-sign-in.ts';
import type { ProxyChoice, ProxyChooser, ProxyCredentials } from './proxy-types.ts';

/** "host:port" of a proxy, for sentences and logs: never its password. */
export function proxyName(choice: Extract<ProxyChoice, { kind: 'proxy' }>): string {
  return `${choice.host.includes(':') && !choice.host.startsWith('[') ? `[${choice.host}]` : choice.host}:${choice.port}`;
}

/** A proxy stood between the engine and the provider and would not pass the request on. */
export class ProxyFailure extends Error {
  /** auth: it asked for a password (407); refused: it answered no, or could not be reached; socks/not-an-address: one the engine cannot use. */
  readonly kind: 'auth' | 'refused' | 'socks' | 'not-an-address';
  /** "host:port". */
  readonly proxy: string;
  /** A 407 after which the person gave a user name and password (proxy-sign-in.ts): worth sending again at once. */
  readonly signedIn: boolean;

  constructor(kind: ProxyFailure['kind'], proxy: string, options?: { cause?: unknown; signedIn?: boolean }) {
    super(`Proxy ${proxy}: ${kind}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProxyFailure';
    this.kind = kind;
    this.proxy = proxy;
    this.signedIn = options?.signedIn === true;
  }
}

/** The command line's chooser: the environment, read per URL (a long-lived engine sees changes). */
export const environmentProxyChooser: ProxyChooser = (url) => proxyFromEnvironment(url, process.env);

let chooser: ProxyChooser = environmentProxyChooser;

/** The app sets Chromium's answers here, before any upload (electron/main/app/app-core.ts). */
export function useProxyChooser(next: ProxyChooser): void {
  chooser = next;
}

type ProxyAgentClass = typeof import('undici').ProxyAgent;
let proxyAgentClass: Promise<ProxyAgentClass> | undefined;

/**
 * ProxyAgent opens its tunnels with the proxy's `pool.connect(…)`, which undici's index adds to
 * every dispatcher's prototype; loaded by its files, the pool has no `connect`, so the pool to
 * the proxy is made here with it, for that pool alone.
 */
async function loadProxyAgent(): Promise<ProxyAgentClass> {
  const [{ default: ProxyAgent }, { default: Pool }, { default: connect }] = await Promise.all([
    import('undici/lib/dispatcher/proxy-agent.js'),
    import('undici/lib/dispatcher/pool.js'),
    import('undici/lib/api/api-connect.js'),
  ]);
  return class extends ProxyAgent {
    constructor(options: ConstructorParameters<ProxyAgentClass>[0] & object) {
      super({ ...options, clientFactory: (origin: URL, opts: object) => Object.assign(new Pool(origin, opts), { connect }) });
    }
  };
}
const proxyAgents = new Map<string, Dispatcher>();

/** Closes the proxies' dispatchers once their running requests end (after sleep: http-client.ts). */
export function dropProxyConnections(): void {
  for (const agent of proxyAgents.values()) agent.close().catch(() => undefined);
  proxyAgents.clear();
}

export interface ChosenWay {
  readonly dispatcher: Dispatcher;
  /** "host:port" of the proxy it goes through, if any. */
  readonly proxy?: string;
  /** The sign-in sent to that proxy, if any. */
  readonly credentials?: ProxyCredentials;
  /** Where a 407 from that proxy is taken to the person (the app's; none on the command line, or for a proxy whose address carries its own). */
  readonly signIn?: ProxySignIn;
}

/**
 * The dispatcher for a URL and how it goes: one shared Agent when direct, one ProxyAgent per
 * proxy (and connect timeout, and sign-in) otherwise. ProxyAgent is loaded by its file, like the
 * Agent (http-client.ts), and only when a proxy is chosen: a direct upload loads none of it.
 */
export async function dispatcherFor(url: URL, connectTimeoutMs: number): Promise<ChosenWay> {
  const choice = await chooser(url);
  if (choice.kind === 'direct') return { dispatcher: agentFor(connectTimeoutMs) };
  if (choice.kind === 'unusable') throw new ProxyFailure(choice.why, choice.proxy);
  const name = proxyName(choice);
  const uri = `${choice.secure ? 'https' : 'http'}://${name}`;
  // HTTPS_PROXY's own user:password wins; a proxy named without one (Settings, the system's)
  // gets what the person gave it, if anything yet.
  const signIn = choice.username === undefined ? proxySignIn() : undefined;
  const credentials = choice.username !== undefined ? { username: choice.username, password: choice.password ?? '' } : await signIn?.credentials(name);
  const key = `${uri} ${credentials?.username ?? ''}:${credentials?.password ?? ''} ${connectTimeoutMs}`;
  let dispatcher = proxyAgents.get(key);
  if (dispatcher === undefined) {
    proxyAgentClass ??= loadProxyAgent();
    const ProxyAgent = await proxyAgentClass;
    dispatcher = proxyAgents.get(key) ?? new ProxyAgent({
      uri,
      // HTTP/1.1 to the provider through the tunnel too, for the same reasons as the direct Agent.
      allowH2: false,
      // The same roots as direct connections (trusted-certificates.ts), for the provider inside
      // the tunnel and for an https:// proxy itself.
      requestTls: trustedTlsOptions(),
      proxyTls: trustedTlsOptions(),
      connectTimeout: connectTimeoutMs,
      // Proxy-Authorization on the CONNECT (and on each request an http:// one forwards).
      ...(credentials !== undefined && { token: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` }),
    });
    proxyAgents.set(key, dispatcher);
  }
  return { dispatcher, proxy: name, ...(credentials !== undefined && { credentials }), ...(signIn !== undefined && { signIn }) };
}

const PROXY_CONNECT_REFUSED = /^Proxy response \((\d{3})\) !== 200 when HTTP Tunneling$/;
const NO_PROXY_CONNECTION = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_PRX_TLS', 'UND_ERR_PRX_CONN']);

/**
 * What a failure before the answer says about the proxy it went through, if anything: its 407
 * (plain http:// requests: undici's Http1ProxyWrapper turns the 407 into an error; https://: the
 * CONNECT's answer), its refusal of the CONNECT, or no connection to it at all. Anything else
 * (the provider's host being down behind it, a reset) stays the network's.
 */
export function proxyFailureOf(error: unknown, proxy: string): ProxyFailure | undefined {
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const message = (e as { message?: unknown }).message;
    const code = (e as { code?: unknown }).code;
    if (typeof message === 'string') {
      if (message === 'Proxy Authentication Required (407)') return new ProxyFailure('auth', proxy, { cause: error });
      const status = PROXY_CONNECT_REFUSED.exec(message)?.[1];
      // 407 is the rule (RFC 9110 §15.5.8); tinyproxy 1.11 answers 401 to a CONNECT whose
      // Proxy-Authorization it refuses. Either way no server behind it can have answered a CONNECT.
      if (status === '407' || status === '401') return new ProxyFailure('auth', proxy, { cause: error });
      // 5xx: the proxy could not reach the provider, which is the network's failure, not the proxy's no.
      if (status !== undefined && !status.startsWith('5')) return new ProxyFailure('refused', proxy, { cause: error });
    }
    // Through a proxy, the only connection the engine opens itself is to the proxy.
    if (typeof code === 'string' && NO_PROXY_CONNECTION.has(code)) return new ProxyFailure('refused', proxy, { cause: error });
  }
  return undefined;
}
