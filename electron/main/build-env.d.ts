// What electron-vite puts into the main bundle at build time: `?asset` imports become a path
// to the file copied into out/ (electron-vite's node.d.ts), and `import.meta.env.DEV` is true
// only in a bundle built by `electron-vite dev` — never in `npm start` or a packaged app.

/// <reference types="electron-vite/node" />

interface ImportMetaEnv {
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
