// Bundles the command-line uploader (electron/cli/cli-main.ts and everything it imports) into
// out/cli/: a few minified ES modules instead of ~150 TypeScript files. Starting from the sources,
// Node spent ~350 ms per run finding, reading and type-stripping them, which a script calling
// `media-uploader` once per file pays every time (issue 14: start-up). Each command stays its own
// chunk, so `--help` loads no HTTP client. Runs on `npm install` (the `prepare` script) and
// before the CLI tests (test/cli-bundle-setup.ts); media-uploader.mjs falls back to the sources
// while no bundle exists.
//
//   node electron/launch/build-cli.ts

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUES } from '../../shared/i18n/catalogues.ts';
import { CATALOGUE_FOLDER } from './catalogues-from-json.ts';
import { build } from 'rolldown';
import { workerEntryPlugin } from './worker-entry-plugin.ts';

export const CLI_BUNDLE_DIR = fileURLToPath(new URL('../../out/cli/', import.meta.url));
export const CLI_BUNDLE_ENTRY = 'cli-main.mjs';

export async function buildCli(): Promise<void> {
  await rm(CLI_BUNDLE_DIR, { recursive: true, force: true });
  await build({
    input: fileURLToPath(new URL('../cli/cli-main.ts', import.meta.url)),
    platform: 'node',
    // Left in node_modules, loaded at run time: a native addon found next to its platform's
    // package, a binary found next to its own, and a WebAssembly decoder that finds its
    // .wasm through __dirname (none of which survives being moved into a bundle).
    external: [/^@node-rs\//, /^@napi-rs\/keyring/, /^@ffmpeg-installer\//, /^heic-convert/],
    // Modules the CLI never uses that cost start-up merely by loading: HTTP/2 (the engine speaks
    // HTTP/1.1, electron/core/network/http-client.ts) and `debug`'s developer logging. Each stand-in says why.
    resolve: {
      alias: {
        'node:http2': fileURLToPath(new URL('./http2-left-out.cjs', import.meta.url)),
        debug: fileURLToPath(new URL('./debug-left-out.mjs', import.meta.url)),
        // Every language's words as JSON beside the bundle, read one language at a time.
        [fileURLToPath(new URL('../../shared/i18n/catalogues.ts', import.meta.url))]: fileURLToPath(new URL('./catalogues-from-json.ts', import.meta.url)),
      },
    },
    // The location check's worker entry becomes out/cli/location-worker.mjs.
    plugins: [workerEntryPlugin('.mjs')],
    logLevel: 'warn',
    output: {
      dir: CLI_BUNDLE_DIR,
      format: 'esm',
      minify: true,
      // ASCII only (other characters as \u escapes), so V8 keeps each chunk's source as a
      // one-byte string: one "’" in a sentence made the whole 480 KB chunk two-byte, and
      // decoding and scanning it cost ~10 ms of every start.
      charset: 'ascii',
      comments: false,
      entryFileNames: CLI_BUNDLE_ENTRY,
      chunkFileNames: '[name]-[hash].mjs',
    },
  });

  // What catalogues-from-json.ts reads: each language's words, the pseudo-language's included.
  const folder = join(CLI_BUNDLE_DIR, CATALOGUE_FOLDER);
  await mkdir(folder, { recursive: true });
  for (const [language, catalogue] of Object.entries(CATALOGUES)) await writeFile(join(folder, `${language}.json`), JSON.stringify(catalogue));
}

if (import.meta.main) await buildCli();
