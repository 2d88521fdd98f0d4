// "Use it next" hands the key to curl on its standard input, never on its command line: a
// command's arguments are visible to every user of the computer (`ps`, /proc/<pid>/cmdline),
// and the expanded $HEYGEN_API_KEY was one of them. The command still pastes as it is.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVIDER_IDS, PROVIDERS } from '../../shared/providers.ts';
import { nextStep, type NextStep } from '../../shared/next-call.ts';
import { englishT } from '../../shared/i18n/english.ts';

const KEY = 'sk-live-SECRET-4821';

let bin: string;
beforeAll(async () => {
  bin = await mkdtemp(join(tmpdir(), 'next-call-'));
});
afterAll(async () => {
  await rm(bin, { recursive: true, force: true });
});

/** Every provider's command, for a finished upload that has both a link and an id. */
function steps(): [string, NextStep][] {
  return PROVIDER_IDS.flatMap((id) => {
    const info = PROVIDERS[id];
    // Whichever signature nextStep has (a file kind may be asked for): each provider's first request.
    const kind = (info.next as unknown as { kinds?: readonly string[] }[] | { kinds?: readonly string[] } | undefined);
    const first = Array.isArray(kind) ? kind[0]?.kinds?.[0] : undefined;
    const step = (nextStep as (...args: unknown[]) => NextStep | undefined)(englishT(), info, { url: 'https://cdn.example/f.mp4', assetId: 'a1b2' }, undefined, first);
    return step === undefined ? [] : [[id, step] as [string, NextStep]];
  });
}

/** Runs `command` in `shell` with stand-ins for curl and printf on PATH that record their arguments and input. */
async function runWithStandIns(command: string, shell: string, envVar: string): Promise<{ curlArgs: string; curlInput: string; printfRan: boolean }> {
  const log = join(bin, 'log');
  await rm(`${log}.args`, { force: true });
  await rm(`${log}.input`, { force: true });
  await rm(`${log}.printf`, { force: true });
  await writeFile(join(bin, 'curl'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${log}.args'\ncat > '${log}.input'\n`);
  // A printf program: run only if the shell had no printf of its own (it would show the key in ps).
  await writeFile(join(bin, 'printf'), `#!/bin/sh\n: > '${log}.printf'\n`);
  await chmod(join(bin, 'curl'), 0o755);
  await chmod(join(bin, 'printf'), 0o755);
  execFileSync(shell, ['-c', command], { env: { PATH: `${bin}:${process.env.PATH ?? ''}`, [envVar]: KEY }, stdio: 'ignore' });
  const read = (ext: string): Promise<string> => readFile(`${log}.${ext}`, 'utf8').catch(() => '');
  return { curlArgs: await read('args'), curlInput: await read('input'), printfRan: (await readFile(`${log}.printf`).then(() => true, () => false)) };
}

describe("the command's key", () => {
  it.each(['bash', 'sh'])('reaches curl on its input, never in any program\'s arguments (%s)', async (shell) => {
    const all = steps();
    expect(all.length).toBeGreaterThan(0);
    for (const [id, step] of all) {
      expect(step.curl).not.toContain(KEY);
      const seen = await runWithStandIns(step.curl, shell, step.keyEnvVar);
      expect(seen.curlArgs, id).not.toContain(KEY);
      expect(seen.curlArgs.split('\n'), id).toContain('@-');
      expect(seen.curlInput, id).toContain(KEY);
      expect(seen.printfRan, id).toBe(false);
    }
  });

  it('is sent by the real curl as the provider\'s header', async () => {
    const [, step] = steps().find(([id]) => id === 'heygen') ?? [];
    if (step === undefined) throw new Error('HeyGen has a next request');
    let headers: IncomingHttpHeaders | undefined;
    const server: Server = createServer((req, res) => {
      headers = req.headers;
      req.resume().on('end', () => res.end('{}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // The same command, pointed at this computer.
      const local = step.curl.replace(/'https:\/\/[^']+'/, `'http://127.0.0.1:${port}/v3/videos'`);
      // Not execFileSync: the server answers on this process's event loop.
      await promisify(execFile)('bash', ['-c', `${local} -s -o /dev/null`], { env: { PATH: process.env.PATH ?? '', HEYGEN_API_KEY: KEY } });
      expect(headers?.['x-api-key']).toBe(KEY);
      expect(headers?.['content-type']).toBe('application/json');
    } finally {
      server.close();
    }
  });
});
