// What every CLI and curl run in the benchmark shares: a scratch folder on /tmp, a history
// folder of its own (never the user's), an isolated keychain service name, and the key
// handed over the way it never shows on a command line: an environment variable for the
// CLI, a header file (`curl -H @file`) for curl.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import { authHeaders } from '../../electron/core/providers/provider-adapter.ts';

// A made-up key: the sink accepts anything, and nothing real should ever be sent in a benchmark.
const BENCH_KEY = 'bench-key-not-secret';

export interface BenchSetup {
  readonly dir: string;
  /** Environment for the CLI with this provider's key. */
  cliEnv(provider: ProviderId): NodeJS.ProcessEnv;
  /** A file of header lines carrying this provider's auth, for `curl -H @file`. */
  curlAuthFile(provider: ProviderId): Promise<string>;
  dispose(): Promise<void>;
}

export async function benchSetup(): Promise<BenchSetup> {
  const dir = await mkdtemp('/tmp/media-uploader-bench-');
  return {
    dir,
    cliEnv: (provider) => ({
      [PROVIDERS[provider].keyEnvVar]: BENCH_KEY,
      MEDIA_UPLOADER_DATA_DIR: join(dir, 'data'),
      MEDIA_UPLOADER_KEYCHAIN_SERVICE: 'media-uploader-bench',
    }),
    async curlAuthFile(provider) {
      const path = join(dir, `auth-${provider}.txt`);
      const lines = Object.entries(authHeaders(PROVIDERS[provider].auth, BENCH_KEY)).map(([name, value]) => `${name}: ${value}\n`);
      await writeFile(path, lines.join(''), { mode: 0o600 });
      return path;
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
