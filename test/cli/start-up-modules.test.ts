// What a one-file upload loads before its first byte leaves (issue 14: start-up). Not a timing:
// which of Node's own modules the run loaded, read from process.moduleLoadList as it exits.
// HTTP/2 (and with it TLS and all of crypto's ciphers), the converter's child processes and zlib
// (a PNG's checksum, when a location is removed from one) are never needed by a plain upload
// over http://, and each cost start-up when they loaded anyway. Likewise the words: a run reads
// its own language's catalogue, not every language's (electron/launch/catalogues-from-json.ts).

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';
import { CLI_BUNDLE_DIR } from '../../electron/launch/build-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-modules', (setup) => ({ server, dir, env } = setup));

/** Runs the CLI with a hook that writes the Node modules it loaded, and returns their names. */
async function modulesLoadedBy(args: string[]): Promise<Set<string>> {
  const hook = join(dir, 'loaded-modules.cjs');
  const out = join(dir, 'loaded-modules.json');
  await writeFile(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)));\n`);
  const run = await runCli(args, { ...env, NODE_OPTIONS: `--require ${hook}` });
  expect(run.code, run.stderr).toBe(0);
  const list = JSON.parse(await readFile(out, 'utf8')) as string[];
  return new Set(list.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)));
}

describe('a one-file upload loads only what it uses', () => {
  it('no HTTP/2, TLS, child processes or zlib for a file sent over http:// as it is', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'memo.mp3', size: 50_000 });
    server.reset();
    const loaded = await modulesLoadedBy(['upload', file, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json']);
    expect(server.uploads('assemblyai')).toHaveLength(1);
    // The hook saw the run: the HTTP client and the file system were loaded.
    expect(loaded.has('net')).toBe(true);
    for (const unused of ['http2', 'tls', 'child_process', 'zlib']) expect(loaded.has(unused), unused).toBe(false);
  });
});

describe('a run reads the words of its own language only', () => {
  it('--help in German reads the German catalogue alone, and no catalogue is compiled into the bundle', async () => {
    const hook = join(dir, 'read-files.cjs');
    const out = join(dir, 'read-files.json');
    // The bundle imports readFileSync from node:fs; syncBuiltinESMExports hands it the wrapped one.
    await writeFile(
      hook,
      `const fs = require('node:fs'); const read = fs.readFileSync; const seen = [];
fs.readFileSync = function (file, ...rest) { seen.push(String(file instanceof URL ? file.pathname : file)); return read.call(this, file, ...rest); };
require('node:module').syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(${JSON.stringify(out)}, JSON.stringify(seen)));\n`,
    );
    const run = await runCli(['--help'], { ...env, LANG: 'de_DE.UTF-8', NODE_OPTIONS: `--require ${hook}` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Verwendung: media-uploader upload');
    const read = (JSON.parse(await readFile(out, 'utf8')) as string[]).filter((file) => file.includes('/i18n/'));
    // English, the fallback, is read only when a German sentence is missing: none is.
    expect(read.map((file) => basename(file))).toEqual(['de.json']);
    // A German sentence and an English one: in the JSON files, not in any chunk of code.
    for (const chunk of (await readdir(CLI_BUNDLE_DIR)).filter((name) => name.endsWith('.mjs'))) {
      const code = await readFile(join(CLI_BUNDLE_DIR, chunk), 'utf8');
      expect(code.includes('Verwendung: media-uploader'), chunk).toBe(false);
      expect(code.includes('Usage: media-uploader'), chunk).toBe(false);
    }
  });
});
