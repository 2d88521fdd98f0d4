// The usual setting of a CLI test file: one loopback provider server, one temp folder holding
// the data folder, and the environment a CLI run gets there (that data folder, a keychain
// service of the file's own, every provider's test key), set up before the file's tests and
// removed after.
//
//   let server: ProviderServer;
//   let dir: string;
//   let env: NodeJS.ProcessEnv;
//   useCliLoopback('media-uploader-test-cli-upload', (s) => ({ server, dir, env } = s));

import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import { startProviderServer, TEST_KEYS, type ProviderServer, type ProviderServerOptions } from '../fixtures/provider-server.ts';

export interface CliLoopback {
  readonly server: ProviderServer;
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
}

/** `serverOptions(dir)`: options for the file's server, given the temp folder (e.g. where it keeps bodies). */
export function useCliLoopback(keychainService: string, onReady: (setup: CliLoopback) => void, serverOptions?: (dir: string) => ProviderServerOptions): void {
  let setup: CliLoopback | undefined;
  beforeAll(async () => {
    const dir = await makeTempDir();
    setup = {
      server: await startProviderServer(serverOptions?.(dir)),
      dir,
      env: {
        MEDIA_UPLOADER_DATA_DIR: join(dir, 'data'),
        MEDIA_UPLOADER_KEYCHAIN_SERVICE: keychainService,
        ASSEMBLYAI_API_KEY: TEST_KEYS.assemblyai,
        MEMORIES_API_KEY: TEST_KEYS.memories,
        WAVESPEED_API_KEY: TEST_KEYS.wavespeed,
        HEYGEN_API_KEY: TEST_KEYS.heygen,
      },
    };
    onReady(setup);
  });
  afterAll(async () => {
    await setup?.server.close();
    if (setup !== undefined) await removeDir(setup.dir);
  });
}
