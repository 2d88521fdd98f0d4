// One undici Agent per connect timeout, shared by every upload in the process, so
// connections to a provider are reused across files.

import { Agent } from 'undici';

const agents = new Map<number, Agent>();

export function agentFor(connectTimeoutMs: number): Agent {
  let agent = agents.get(connectTimeoutMs);
  if (agent === undefined) {
    agent = new Agent({ connect: { timeout: connectTimeoutMs } });
    agents.set(connectTimeoutMs, agent);
  }
  return agent;
}
