// A 1 GiB upload must not cost 1 GiB of memory: the engine streams, through a provider's upload
// endpoint and through the storage link of its large-file way alike (2 GiB to WaveSpeedAI, whose
// own SDK reads the whole file into memory first). The upload runs in a child process
// (upload-memory-probe.ts) so only the engine's memory is measured; the provider server runs here
// and hashes what arrives, proving the whole file was really sent.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256OfFile, writeMediaFile } from '../../fixtures/media-files.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { useLoopback } from '../../fixtures/loopback-setup.ts';

const GiB = 1024 ** 3;
const MB = 1_000_000;
const PROBE = fileURLToPath(new URL('./upload-memory-probe.ts', import.meta.url));

interface ProbeReport {
  baseline: number;
  peak: number;
  growth: number;
  secondHalfGrowth: number;
  peakArrayBuffers: number;
  afterGc: number;
  bytes: number;
  attempts: number;
}

function runProbe(env: Record<string, string>): Promise<ProbeReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', PROBE], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`probe exited ${code}: ${err}`));
      resolve(JSON.parse(out) as ProbeReport);
    });
  });
}

describe('uploading a file of 1 GiB or more', () => {
  const loop = useLoopback();

  it.each([
    ['assemblyai', GiB + 4321, 'upload'],
    ['wavespeed', 2 * GiB + 4321, 'storage'],
  ] as const)('%s, %d bytes: memory stays flat while every byte arrives', async (provider, size, kind) => {
    const path = await writeMediaFile(loop.dir, 'mp4', { name: `huge-${provider}.mp4`, size });
    const warmup = await writeMediaFile(loop.dir, 'mp4', { name: `warmup-${provider}.mp4`, size: 4 * MB });
    loop.server.reset();
    const report = await runProbe({ PROBE_BASE_URL: loop.server.baseUrl, PROBE_FILE: path, PROBE_WARMUP_FILE: warmup, PROBE_PROVIDER: provider, PROBE_KEY: TEST_KEYS[provider] });
    const mb = (n: number): string => `${(n / MB).toFixed(1)} MB`;
    console.log(
      `${provider}: RSS ${mb(report.baseline)} before, ${mb(report.peak)} peak (+${mb(report.growth)}, +${mb(report.secondHalfGrowth)} in the second half), ` +
        `Buffers at most ${mb(report.peakArrayBuffers)}, ${mb(report.afterGc)} after GC, for ${mb(size)} sent`,
    );

    expect(report).toMatchObject({ bytes: size, attempts: 1 });
    const huge = loop.server.ofKind(kind, provider).find((r) => r.fileBytes === size);
    expect(huge).toMatchObject({ bodyEnd: 'complete', fileBytes: size, sha256: await sha256OfFile(path) });
    // Buffering the file would need over 1000 MB. What streaming costs is sent chunks waiting
    // for V8 to collect them (it collects Buffers after roughly 64 MB of them): a plateau
    // reached early, so the second half of the body adds next to nothing.
    expect(report.growth).toBeLessThan(100 * MB);
    expect(report.secondHalfGrowth).toBeLessThan(32 * MB);
  });
});
