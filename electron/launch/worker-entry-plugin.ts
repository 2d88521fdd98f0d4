// The location check runs in a worker thread whose entry is a file of its own
// (electron/core/location/location-worker.ts). In the sources, its launcher finds it beside
// itself with `new URL('./location-worker.ts', import.meta.url)`; a bundle has no such file. This
// plugin, used by the CLI bundle (build-cli.ts) and the app's main build (electron.vite.config.ts),
// emits each such entry as a chunk of its own and points the URL at it, from wherever the
// bundler puts the launcher. Written for rolldown's plugin API, which Vite 8 uses too.

import { dirname, resolve } from 'node:path';
import type { Plugin } from 'rolldown';

// Only worker entries are rewritten; every other `new URL(…, import.meta.url)` is left alone.
const WORKER_URL = /new URL\((['"])\.\/([\w-]+-worker)\.ts\1,\s*import\.meta\.url\)/g;

/** `extension`: the file extension of emitted entries ('.mjs' in the CLI, '.js' in the app). */
export function workerEntryPlugin(extension: '.mjs' | '.js'): Plugin & { enforce: 'pre' } {
  const emitted = new Set<string>();
  return {
    name: 'media-uploader:worker-entry',
    // Before Vite's own plugins, which would turn the file's URL into a web path ("/…").
    enforce: 'pre',
    transform(code, id) {
      if (!code.includes('-worker.ts')) return null;
      let changed = false;
      const out = code.replace(WORKER_URL, (_match, _quote: string, name: string) => {
        changed = true;
        const ref = this.emitFile({ type: 'chunk', id: resolve(dirname(id), `${name}.ts`), fileName: `${name}${extension}` });
        emitted.add(ref);
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: out, map: null } : null;
    },
    // A file URL relative to the chunk that runs, for Node's Worker (not a web path).
    resolveFileUrl({ referenceId, relativePath }) {
      return emitted.has(referenceId) ? `new URL(${JSON.stringify(relativePath)}, import.meta.url).href` : null;
    },
  };
}
