// The dispatchers of direct connections (no proxy), apart from http-client.ts so that the proxy
// choice (proxy-choice.ts), which hands them out for DIRECT, and the client both import them
// without an import circle. HTTP/1.1 only and loaded by undici's own file: see http-client.ts.

import type { Dispatcher } from 'undici';
import Agent from 'undici/lib/dispatcher/agent.js';
import { trustingConnector } from './trusted-certificates.ts';

const agents = new Map<number, Dispatcher>();

/**
 * One Agent per connect timeout, shared by every request in the process, so connections to a
 * provider are reused. Its https connections trust the system's certificates as well as Node's.
 */
export function agentFor(connectTimeoutMs: number): Dispatcher {
  let agent = agents.get(connectTimeoutMs);
  if (agent === undefined) {
    // A connect function replaces undici's own connector, so allowH2: false goes to it as well.
    agent = new Agent({ connect: trustingConnector({ timeout: connectTimeoutMs, allowH2: false }), allowH2: false });
    agents.set(connectTimeoutMs, agent);
  }
  return agent;
}

/** Closes the direct Agents once their running requests end; the next request makes new ones. */
export function dropDirectConnections(): void {
  for (const agent of agents.values()) agent.close().catch(() => undefined);
  agents.clear();
}
