// Upload throughput, the CLI against curl: the same big file to the same sink, raw
// (AssemblyAI's wire format) and multipart (memories.ai's: past 500 MB the CLI sends it to a signed
// link, as memories.ai documents, curl to the upload endpoint), runs alternating so a noisy
// neighbour hurts both alike. Process start-up (Node loading the CLI, curl's own start) is
// taken out by subtracting the median time of a tiny-file run from the big-file run's.
//
// Against each sink given: the lean one (sink-server.ts, which costs next to nothing) and an
// ordinary Node HTTP server (node-http-sink.ts), which spends CPU per byte as real receivers do,
// so on two cores the uploader's own CPU per byte shows as lost throughput (issue 29). Every
// round's ratio is listed beside the median, since one disturbed round moves a median of five.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProviderId } from '../../shared/providers.ts';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { BenchSetup } from './bench-setup.ts';
import { writeFilledMediaFile } from './filled-file.ts';
import { progress, type ResultRow } from './bench-report.ts';
import { median, MB } from './bench-stats.ts';
import { timedCurl } from './curl-upload.ts';
import type { Sink } from './sink-server.ts';
import { timedCli } from './timed-process.ts';

export interface ThroughputOptions {
  readonly bigBytes: number;
  readonly rounds: number;
  /** Which parts to run: raw (AssemblyAI), multipart (memories.ai), or both. */
  readonly modes?: readonly ('raw' | 'multipart')[];
}

// Big enough to hold a real media header and more than one read chunk; small enough that the
// transfer itself is negligible next to start-up.
const TINY_BYTES = 4096;
// The target: within 5% of curl.
const TARGET_RATIO = 0.95;
// The transfer must be at least a quarter of a big run's time for the subtraction to be meaningful.
const MIN_TRANSFER_SHARE = 0.25;

interface Side {
  big: number[];
  tiny: number[];
  /** CPU seconds (user + system) of each big and tiny run. */
  bigCpu: number[];
  tinyCpu: number[];
}

// The target for CPU (issue 29; issue 14's was 1.3): at most 1.15 × curl's seconds per GiB sent.
const CPU_TARGET_RATIO = 1.15;

export async function throughputBench(setup: BenchSetup, sinks: readonly Sink[], options: ThroughputOptions): Promise<ResultRow[]> {
  const dir = join(setup.dir, 'throughput');
  await mkdir(dir, { recursive: true });
  const big = await writeFilledMediaFile(dir, 'big.mp4', options.bigBytes);
  const tiny = await writeMediaFile(dir, 'mp4', { name: 'tiny.mp4', size: TINY_BYTES });
  const rows: ResultRow[] = [];
  const modes = options.modes ?? ['raw', 'multipart'];
  for (const sink of sinks) {
    for (const [mode, provider] of [['raw', 'assemblyai'], ['multipart', 'memories']] as const) {
      if (modes.includes(mode)) rows.push(...(await measureMode(setup, sink, options, mode, provider, big, tiny)));
    }
  }
  return rows;
}

async function measureMode(setup: BenchSetup, sink: Sink, options: ThroughputOptions, mode: string, provider: ProviderId, big: string, tiny: string): Promise<ResultRow[]> {
  const authFile = await setup.curlAuthFile(provider);
  const cli: Side = { big: [], tiny: [], bigCpu: [], tinyCpu: [] };
  const curl: Side = { big: [], tiny: [], bigCpu: [], tinyCpu: [] };
  const runCli = async (file: string): Promise<{ ms: number; cpu: number }> => {
    const run = await timedCli({ files: [file], provider, baseUrl: sink.baseUrl, env: setup.cliEnv(provider), measureCpu: true });
    return { ms: run.ms, cpu: run.cpuSeconds ?? Number.NaN };
  };
  const runCurl = async (file: string): Promise<{ ms: number; cpu: number }> => {
    const run = await timedCurl({ file, provider, baseUrl: sink.baseUrl, authFile, mime: 'video/mp4' }, { cpu: true });
    return { ms: run.ms, cpu: run.cpuSeconds ?? Number.NaN };
  };

  // One warm-up each, not counted: the first read of the sparse file and Node's compile cache.
  await runCli(big);
  await runCurl(big);
  for (let round = 0; round < options.rounds; round++) {
    progress(`throughput ${mode}, ${sink.name}: round ${round + 1} of ${options.rounds}`);
    // Alternate who goes first, so a slow moment does not always land on the same side.
    const order = round % 2 === 0 ? (['cli', 'curl'] as const) : (['curl', 'cli'] as const);
    for (const who of order) {
      const side = who === 'cli' ? cli : curl;
      const run = who === 'cli' ? runCli : runCurl;
      const bigRun = await run(big);
      const tinyRun = await run(tiny);
      side.big.push(bigRun.ms);
      side.bigCpu.push(bigRun.cpu);
      side.tiny.push(tinyRun.ms);
      side.tinyCpu.push(tinyRun.cpu);
    }
  }
  const bytes = options.bigBytes - TINY_BYTES;
  const transferMs = (side: Side): number => median(side.big) - median(side.tiny);
  const rate = (side: Side): number => (bytes / Math.max(1, transferMs(side))) * 1000;
  // When start-up swings by more than the transfer takes (a loaded machine), the difference
  // of medians means nothing: say so instead of printing an absurd speed.
  const noisy = [cli, curl].some((side) => transferMs(side) < MIN_TRANSFER_SHARE * median(side.big));
  const cliRate = rate(cli);
  const curlRate = rate(curl);
  const ratio = cliRate / curlRate;
  const gib = (options.bigBytes / 1024 ** 3).toFixed(options.bigBytes >= 1024 ** 3 ? 0 : 2);
  // CPU per GiB sent: the big run's less the tiny run's (start-up), scaled to a GiB.
  const cpuPerGib = (side: Side): number => ((median(side.bigCpu) - median(side.tinyCpu)) * 1024 ** 3) / bytes;
  const cpuRatio = cpuPerGib(cli) / cpuPerGib(curl);
  // Each round on its own: its big run less the median start-up, CLI against the curl run beside it.
  const roundRatios = cli.big.map((ms, r) => ((curl.big[r] ?? Number.NaN) - median(curl.tiny)) / Math.max(1, ms - median(cli.tiny)));
  const roundCpu = cli.bigCpu.map((s, r) => (s - median(cli.tinyCpu)) / ((curl.bigCpu[r] ?? Number.NaN) - median(curl.tinyCpu)));
  const list = (values: readonly number[]): string => values.map((v) => v.toFixed(2)).join(', ');
  const cpuRow: ResultRow = {
    measure: `CPU per GiB sent, ${mode}, ${sink.name}`,
    target: `≤ ${CPU_TARGET_RATIO} × curl`,
    result: `CLI ${cpuPerGib(cli).toFixed(2)} s, curl ${cpuPerGib(curl).toFixed(2)} s (user + system; start-up: CLI ${median(cli.tinyCpu).toFixed(2)} s, curl ${median(curl.tinyCpu).toFixed(2)} s; rounds ${list(roundCpu)})`,
    ratio: cpuRatio.toFixed(2),
    pass: cpuRatio <= CPU_TARGET_RATIO,
  };
  return [{
    measure: `Throughput, ${mode} (${gib} GiB, ${mode === 'raw' ? 'AssemblyAI' : 'memories.ai'} format), ${sink.name}`,
    target: `≥ ${TARGET_RATIO} × curl`,
    result:
      `CLI ${(cliRate / MB).toFixed(0)} MB/s, curl ${(curlRate / MB).toFixed(0)} MB/s ` +
      `(start-up: CLI ${median(cli.tiny).toFixed(0)} ms, curl ${median(curl.tiny).toFixed(0)} ms; rounds ${list(roundRatios)})`,
    ratio: ratio.toFixed(2),
    pass: ratio >= TARGET_RATIO,
    ...(noisy && { noisy }),
  }, cpuRow];
}
