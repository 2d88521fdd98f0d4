// Settings' "Forget proxy password", beside "This proxy": the sign-in main kept for that proxy
// goes from this run and from the password store (electron/core/proxy-sign-in.ts), so its next
// 407 asks the person again. The window names no proxy: main forgets the one Settings holds.

import { proxyName } from '../../core/network/proxy-choice.ts';
import type { HandlerDeps } from './call-ports.ts';
import { manualProxy } from '../network/proxy-setting.ts';

/** proxySignIn: none where the app asks no proxy passwords (a 407 then only says PROXY_AUTH). */
export type ProxyHandlerDeps = { readonly settings: Pick<HandlerDeps['settings'], 'get'> } & Pick<HandlerDeps, 'proxySignIn'>;

export function proxyHandlers(deps: ProxyHandlerDeps): { 'proxy:forget-password': () => Promise<{ readonly forgotten: boolean }> } {
  return {
    'proxy:forget-password': async () => {
      const proxy = manualProxy(deps.settings.get().proxy);
      if (proxy === undefined || deps.proxySignIn === undefined) return { forgotten: false };
      return { forgotten: await deps.proxySignIn.forget(proxyName(proxy)) };
    },
  };
}
