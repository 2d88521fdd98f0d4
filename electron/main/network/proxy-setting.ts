// The app's one proxy chooser: Settings' choice (shared/settings-schema.ts `proxy`), read at every
// request, so a change applies to the next request without a restart.
// - "System settings" (the default): the system's answer, as Chromium resolves it
//   (system-proxy.ts, PAC included).
// - "No proxy": straight to every host, whatever the system says.
// - "This proxy: host:port": that HTTP proxy for every request; https:// goes through its CONNECT
//   tunnel (electron/core/proxy-choice.ts), http:// (loopback tests only) is forwarded by it.
// No user name or password here: a proxy that asks for one gets it from the person
// (electron/core/proxy-sign-in.ts), whichever of these chose it.

import type { ProxyChoice, ProxyChooser } from '../../core/network/proxy-types.ts';
import type { ProxySetting } from '../../../shared/settings-types.ts';

/** The HTTP proxy "This proxy" names, or undefined when Settings names none. */
export function manualProxy(setting: ProxySetting): Extract<ProxyChoice, { kind: 'proxy' }> | undefined {
  if (setting.mode !== 'manual' || setting.host === undefined || setting.port === undefined) return undefined;
  return { kind: 'proxy', secure: false, host: setting.host, port: setting.port };
}

export function settingsProxyChooser(setting: () => ProxySetting, system: ProxyChooser): ProxyChooser {
  return (url) => {
    const chosen = setting();
    switch (chosen.mode) {
      case 'system':
        return system(url);
      case 'none':
        return { kind: 'direct' };
      case 'manual':
        // The schema lets "manual" through only with an address; a value that lacks one anyway
        // is a mistake of the code, and goes nowhere rather than around the person's choice.
        return manualProxy(chosen) ?? { kind: 'unusable', proxy: 'Settings', why: 'not-an-address' };
    }
  };
}
