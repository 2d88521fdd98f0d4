// Issue 22's crafted files through the real CLI (the bundle, its location worker beside it),
// all in one run: each is refused with its sentence or sent without location, a real photo among
// them still arrives without its GPS, and the whole process (worker threads included) peaks
// under 300 MB. Before, one of them alone took 8 GiB. Peak memory is the kernel's count
// (VmHWM), written by a hook as the process exits.

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_FILES } from '../fixtures/hostile-media.ts';
import { jpegWithLocation } from '../fixtures/located-media.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-hostile', (setup) => ({ server, dir, env } = setup));

const MB = 1_000_000;
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('media-uploader upload of crafted files', () => {
  it('refuses each with a sentence or sends it without location, within 300 MB for the whole process', { timeout: 60_000 }, async () => {
    const paths = new Map<string, Buffer>();
    for (const file of HOSTILE_FILES) {
      const bytes = file.build();
      paths.set(join(dir, file.name), bytes);
    }
    const photo = join(dir, 'photo.jpg');
    paths.set(photo, jpegWithLocation());
    for (const [path, bytes] of paths) await writeFile(path, bytes);
    const hook = join(dir, 'peak-memory.cjs');
    const out = join(dir, 'peak-memory.txt');
    await writeFile(hook, `process.on('exit', () => { const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(out)}, /VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });\n`);
    server.reset();

    const run = await runCli(['upload', ...paths.keys(), '--provider', 'wavespeed', '--base-url', server.baseUrl, '--json'], { ...env, NODE_OPTIONS: `--require ${hook}` });
    const peak = Number(await readFile(out, 'utf8')) * 1024;
    console.log(`CLI peak memory for ${paths.size} files: ${(peak / MB).toFixed(0)} MB`);

    expect(run.code, run.stderr).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const byFile = new Map(lines.map((l) => [l.file, l]));
    expect(byFile.get(photo)).toMatchObject({ ok: true, locationRemoved: true });
    for (const file of HOSTILE_FILES) {
      const line = byFile.get(join(dir, file.name));
      if (line?.ok === true) expect(line, file.name).not.toHaveProperty('locationRemoved');
      else expect(line, file.name).toMatchObject({ ok: false, error: { code: 'LOCATION_TOO_COMPLEX', message: expect.stringContaining(`${file.name} was not sent: it is built in an unusual way`) } });
    }
    // What arrived: the photo without its GPS, and of the crafted files only those that were sent.
    const received = server.uploads('wavespeed').map((u) => u.sha256);
    expect(received).toContain(sha(jpegWithLocation('removed')));
    expect(received).not.toContain(sha(jpegWithLocation()));
    expect(received).toHaveLength(lines.filter((l) => l.ok === true).length);
    expect(peak).toBeLessThan(300 * MB);
  });
});
