// What a one-file upload loads before its first byte leaves (issue 14: start-up). Not a timing:
// which of Node's own modules the run loaded, read from process.moduleLoadList as it exits.
// HTTP/2 (and with it TLS and all of crypto's ciphers), the converter's child processes and zlib
// (a PNG's checksum, when a location is removed from one) are never needed by a plain upload
// over http://, and each cost start-up when they loaded anyway.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

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
