// Settings' proxy choice as the app's chooser (electron/main/proxy-setting.ts): "System settings"
// asks the system's chooser, "No proxy" goes direct whatever the system says, "This proxy" names
// that HTTP proxy; read at every request, so a change applies to the next one.

import { describe, expect, it } from 'vitest';
import { manualProxy, settingsProxyChooser } from '../../../electron/main/network/proxy-setting.ts';
import type { ProxySetting } from '../../../shared/settings-types.ts';

const url = new URL('https://api.assemblyai.com/v2/upload');

describe('the proxy chooser over Settings', () => {
  it('follows the choice in force at each request, asking the system only under "System settings"', async () => {
    let setting: ProxySetting = { mode: 'system' };
    const asked: string[] = [];
    const choose = settingsProxyChooser(() => setting, (u) => {
      asked.push(u.href);
      return { kind: 'proxy', secure: false, host: 'pac.corp', port: 8080 };
    });
    expect(await choose(url)).toEqual({ kind: 'proxy', secure: false, host: 'pac.corp', port: 8080 });
    expect(asked).toEqual([url.href]);

    setting = { mode: 'none', host: 'typed.corp', port: 3128 };
    expect(await choose(url)).toEqual({ kind: 'direct' });

    setting = { mode: 'manual', host: 'typed.corp', port: 3128 };
    expect(await choose(url)).toEqual({ kind: 'proxy', secure: false, host: 'typed.corp', port: 3128 });
    expect(await choose(new URL('http://127.0.0.1:9/storage'))).toEqual({ kind: 'proxy', secure: false, host: 'typed.corp', port: 3128 });

    setting = { mode: 'system', host: 'typed.corp', port: 3128 };
    await choose(url);
    expect(asked).toHaveLength(2);
  });

  it('"This proxy" without an address goes nowhere rather than direct', async () => {
    const choose = settingsProxyChooser(() => ({ mode: 'manual' }), () => ({ kind: 'direct' }));
    expect(await choose(url)).toMatchObject({ kind: 'unusable' });
    expect(manualProxy({ mode: 'none', host: 'typed.corp', port: 3128 })).toBeUndefined();
    expect(manualProxy({ mode: 'manual', host: '[::1]', port: 3128 })).toEqual({ kind: 'proxy', secure: false, host: '[::1]', port: 3128 });
  });
});
