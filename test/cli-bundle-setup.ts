// Vitest's global setup: the command-line tests run `media-uploader` as users do, which loads
// the bundle in out/cli/ (electron/launch/build-cli.ts). It is built afresh from the sources
// before every test run, so no test can pass on a bundle older than the code it tests.

import { buildCli } from '../electron/launch/build-cli.ts';

export default async function setup(): Promise<void> {
  await buildCli();
}
