// Types for the two undici files electron/core/http-client.ts loads directly; undici's own
// types describe them through its index (Agent, and Dispatcher.request, which calls this one).
declare module 'undici/lib/dispatcher/agent.js' {
  import { Agent } from 'undici';
  export default Agent;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';
  function request(this: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
  export default request;
}

// Loaded by electron/core/proxy-choice.ts only when a request goes through a proxy.
declare module 'undici/lib/dispatcher/proxy-agent.js' {
  import { ProxyAgent } from 'undici';
  export default ProxyAgent;
}
