// Builds the three parts of the app into out/: main (ESM, Node), preload (one CommonJS file:
// a sandboxed preload may require only 'electron', so everything else is bundled in) and the
// window (renderer/, React). Runs without the Electron binary. Output goes to out/ (or
// `--outDir`, which the end-to-end harness uses for its own copy).

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { workerEntryPlugin } from './electron/launch/worker-entry-plugin.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: here('electron/main/index.ts') } },
    },
    // The location check's worker entry becomes out/main/location-worker.js.
    plugins: [workerEntryPlugin('.js')],
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        // The window's, and the proxy password prompt's (electron/main/proxy-sign-in-window.ts).
        input: { index: here('electron/preload/index.ts'), 'proxy-sign-in': here('electron/preload/proxy-sign-in.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('renderer'),
    build: {
      rollupOptions: { input: { index: here('renderer/index.html') } },
    },
    plugins: [react()],
  },
});
