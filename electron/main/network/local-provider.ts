// Where the app sends uploads. Always the providers' own hosts, except in a development run
// (not packaged) given MEDIA_UPLOADER_BASE_URL naming a server on this computer: that is how
// test/e2e/electron-smoke.test.ts points the real app at its loopback provider servers, as the
// CLI's --base-url does. An installed app ignores the variable, and no run ever takes a
// remote host from it, so the environment cannot redirect a person's keys.

import { isLoopbackHost } from '../../core/sending/endpoint-url.ts';

export function localProviderBase(env: NodeJS.ProcessEnv, packaged: boolean): string | undefined {
  const text = env['MEDIA_UPLOADER_BASE_URL'];
  if (packaged || text === undefined || text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname) ? url.origin : undefined;
}
