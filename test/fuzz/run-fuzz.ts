// `npm run fuzz`: the property tests' checks (fuzz-property.ts) for minutes instead of a few
// hundred inputs. Per parser it reports the inputs tried, the failures, the slowest input and
// the process's peak memory, prints a table, writes test-results/fuzz-report.json, and keeps
// every failing input in test/fixtures/fuzz/ (named <parser>-<hash>.bin), which
// test/core/location/fuzz-regressions.test.ts replays in every `npm test`.
//
//   node test/fuzz/run-fuzz.ts [seconds per parser, default 60] [first seed, default the time]

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { checkParser, checkXmp } from './fuzz-property.ts';
import { FUZZ_TARGETS, inputsFor, xmpInputs } from './fuzz-targets.ts';

const seconds = Number(process.argv[2] ?? 60);
const firstSeed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const FIXTURES = new URL('../fixtures/fuzz/', import.meta.url);
const REPORT = new URL('../../test-results/fuzz-report.json', import.meta.url);
// An input that takes longer than this has failed: the parsers' budgets allow far less.
const INPUT_LIMIT_MS = 10_000;
const BATCH = 200;

interface ParserReport {
  parser: string;
  inputs: number;
  failures: number;
  slowestMs: number;
  slowestBytes: number;
  peakMemoryMb: number;
  /** The largest block the parser held at once (its Budget's valueBytes). */
  largestHeldBytes: number;
  tooComplex: number;
}

/** The process's resident memory, sampled every 10 ms while one parser is fuzzed: its peak. */
function memorySampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 1e6;
    },
  };
}

async function keep(parser: string, bytes: Buffer, why: string): Promise<void> {
  await mkdir(FIXTURES, { recursive: true });
  const name = `${parser}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.bin`;
  await writeFile(new URL(name, FIXTURES), bytes);
  console.error(`  ${parser}: failing input kept as test/fixtures/fuzz/${name}: ${why}`);
}

async function fuzz(parser: string, inputs: fc.Arbitrary<Buffer>, check: (bytes: Buffer) => Promise<unknown>): Promise<ParserReport> {
  globalThis.gc?.();
  const memory = memorySampler();
  const report: ParserReport = { parser, inputs: 0, failures: 0, slowestMs: 0, slowestBytes: 0, peakMemoryMb: 0, largestHeldBytes: 0, tooComplex: 0 };
  const end = performance.now() + seconds * 1000;
  for (let batch = 0; performance.now() < end; batch++) {
    // Collected now and then, so the sampled memory is what inputs cost, not their garbage
    // (every batch would halve the inputs tried).
    if (batch % 25 === 0) globalThis.gc?.();
    for (const bytes of fc.sample(inputs, { numRuns: BATCH, seed: firstSeed + batch })) {
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        const outcome = await Promise.race([
          check(bytes),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`took over ${INPUT_LIMIT_MS} ms`)), INPUT_LIMIT_MS))),
        ]);
        const result = outcome as { tooComplex?: string; heldBytes?: number };
        if (result.tooComplex !== undefined) report.tooComplex += 1;
        report.largestHeldBytes = Math.max(report.largestHeldBytes, result.heldBytes ?? 0);
      } catch (error) {
        report.failures += 1;
        await keep(parser, bytes, String((error as Error).message));
      } finally {
        clearTimeout(timer);
      }
      const ms = performance.now() - started;
      // Lets the memory sampler run between inputs that end without waiting for anything.
      if (report.inputs % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (ms > report.slowestMs) Object.assign(report, { slowestMs: ms, slowestBytes: bytes.length });
      report.inputs += 1;
    }
  }
  report.peakMemoryMb = memory.stop();
  return report;
}

console.log(`Fuzzing each location parser for ${seconds} s (first seed ${firstSeed})…`);
const reports: ParserReport[] = [];
for (const target of FUZZ_TARGETS) reports.push(await fuzz(target.name, inputsFor(target), (bytes) => checkParser(target, bytes)));
reports.push(await fuzz('xmp', xmpInputs, async (bytes) => checkXmp(bytes)));

console.table(reports.map((r) => ({
  parser: r.parser, inputs: r.inputs, failures: r.failures, 'refused (too complex)': r.tooComplex,
  'slowest input': `${r.slowestMs.toFixed(1)} ms (${r.slowestBytes} bytes)`, 'largest block held': `${r.largestHeldBytes} bytes`,
  'peak memory (whole process)': `${r.peakMemoryMb.toFixed(0)} MB`,
})));
await mkdir(new URL('.', REPORT), { recursive: true });
await writeFile(REPORT, `${JSON.stringify({ seconds, firstSeed, node: process.version, reports }, null, 2)}\n`);
process.exitCode = reports.some((r) => r.failures > 0) ? 1 : 0;
