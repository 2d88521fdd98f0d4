// Settings' "Forget proxy password", beside "This proxy": the sign-in main kept for that proxy
// goes from this run and from the password store (electron/core/proxy-sign-in.ts), so its next
// 407 asks the person again. The window names no proxy: main forgets the one Settings holds.

import { proxyName } from '../core/proxy-choice.ts';
import type { ProxySignIn } from '../core/proxy-sign-in.ts';
import type { SettingsPort } from './call-handlers.ts';
import { manualProxy } from './proxy-setting.ts';

export interface ProxyHandlerDeps {
  readonly settings: Pick<SettingsPort, 'get'>;
  /** None where the app asks no proxy passwords (a 407 then only says PROXY_AUTH). */
  readonly proxySignIn?: Pick<ProxySignIn, 'forget'> | undefined;
}

export function proxyHandlers(deps: ProxyHandlerDeps): { 'proxy:forget-password': () => Promise<{ readonly forgotten: boolean }> } {
  return {
    'proxy:forget-password': async () => {
      const proxy = manualProxy(deps.settings.get().proxy);
      if (proxy === undefined || deps.proxySignIn === undefined) return { forgotten: false };
      return { forgotten: await deps.proxySignIn.forget(proxyName(proxy)) };
    },
  };
}
