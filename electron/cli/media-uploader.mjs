#!/usr/bin/env node
// The `media-uploader` command. Plain JavaScript on purpose: it must run on any Node to tell a
// person with an older one what to do, before Node 24 runs the uploader.
// What runs is the bundle in out/cli/ (electron/launch/build-cli.ts, made on `npm install`):
// loading ~150 TypeScript files cost ~350 ms per run, which a script calling the command once
// per file pays every time. Without a bundle (a checkout not installed yet), the TypeScript
// sources run as they are. Node's compile cache is on in both cases: a warm cache cuts
// start-up again.

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`media-uploader needs Node.js 24 or newer, and this is Node.js ${process.version}. Install Node.js 24 from https://nodejs.org, then run the command again.\n`);
  process.exit(2);
}

const { enableCompileCache } = await import('node:module');
enableCompileCache();
const { existsSync } = await import('node:fs');
const bundle = new URL('../../out/cli/cli-main.mjs', import.meta.url);
await import(existsSync(bundle) ? bundle.href : './cli-main.ts');
