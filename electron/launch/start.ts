// `npm start`: builds the app with electron-vite, then opens it with the Electron binary. Where
// that binary was never downloaded (an install with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or
// without internet), it says in one sentence how to get it instead of failing with a stack.
//
// Electron's own `require('electron')` would try to download the binary on the spot, so the
// binary is looked up here from the package's path.txt without running the package.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

export const MISSING_ELECTRON =
  'Media Uploader cannot open because the Electron program was not downloaded when the project was installed: on a computer with internet access run `node node_modules/electron/install.js` (or `npm install` again without ELECTRON_SKIP_BINARY_DOWNLOAD), then `npm start` again; until then the command-line uploader works, see `npx media-uploader --help`.';

/** The Electron executable, or undefined when it was never downloaded. */
export function electronBinary(): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (relative === undefined || relative === '') return undefined;
  const binary = override !== undefined && override !== '' ? join(override, relative) : join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}

function main(): void {
  const binary = electronBinary();
  if (binary === undefined) {
    console.error(MISSING_ELECTRON);
    process.exit(1);
  }
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  // Electron ignores the app and acts as plain Node when this is set (some shells export it).
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  const app = spawn(binary, [ROOT], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
  app.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
