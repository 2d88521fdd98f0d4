// `npm run bench`: every benchmark of issue 5, side by side against its yardstick in one run,
// printed as one table with the machine, the date and the command that reproduces it.
//
//   npm run bench                      # the full run (about 10 minutes on 2 cores)
//   npm run bench -- --quick           # fewer, smaller runs: a smoke check, not a measurement
//   npm run bench -- --only throughput,start-up,memory,small-files,window,history,queue,convert,main-loop,first-paint
//
// Not part of `npm test`: timings on a shared machine are noisy, so the benchmark reports
// ratios of runs that alternate with their yardstick, and medians over several rounds.

import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { benchSetup } from './bench-setup.ts';
import { markdownTable, progress, type ResultRow } from './bench-report.ts';
import { GIB, MIB } from './bench-stats.ts';
import { historyBench } from './history-bench.ts';
import { dateLine, machineLine } from './machine-info.ts';
import { memoryBench } from './memory-bench.ts';
import { convertBench } from './convert-bench.ts';
import { queueBench } from './queue-bench.ts';
import { firstPaintBench } from './first-paint-bench.ts';
import { mainLoopBench } from './main-loop-bench.ts';
import { startNodeHttpSink } from './node-http-sink.ts';
import { startSink } from './sink-server.ts';
import { smallFilesBench } from './small-files-bench.ts';
import { startUpBench } from './start-up-bench.ts';
import { throughputBench } from './throughput-bench.ts';
import { windowBench } from './window-bench.ts';

const PARTS = ['throughput', 'start-up', 'memory', 'small-files', 'window', 'history', 'queue', 'convert', 'main-loop', 'first-paint'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, only: { type: 'string' }, 'big-mib': { type: 'string' }, rounds: { type: 'string' } } });
const quick = values.quick === true;
// --big-mib 256 --rounds 2: the large files and the alternating rounds made smaller, for working
// on the code while others share the machine (ratios measured in one run still compare).
const bigBytes = values['big-mib'] === undefined ? (quick ? 256 * MIB : GIB) : Number(values['big-mib']) * MIB;
const bigRounds = values.rounds === undefined ? (quick ? 2 : 5) : Number(values.rounds);
const only = values.only === undefined ? new Set<Part>(PARTS) : new Set(values.only.split(',').map((p) => p.trim()) as Part[]);
for (const part of only) {
  if (!PARTS.includes(part)) {
    process.stderr.write(`Unknown part "${part}". Choose from: ${PARTS.join(', ')}.\n`);
    process.exit(2);
  }
}

// Rounds: 5 alternating pairs make a median that one disturbed run cannot move; --quick is 1-2.
const plan = {
  throughput: { bigBytes, rounds: bigRounds },
  mainLoop: { bigBytes, queued: 10_000, rounds: values.rounds === undefined ? (quick ? 1 : 3) : bigRounds },
  memoryRounds: quick ? 1 : 3,
  convertRounds: quick ? 1 : 3,
  smallFileRounds: quick ? 1 : 3,
  startUpRounds: quick ? 5 : 20,
  window: { files: 10_000, scrollSteps: quick ? 60 : 150 },
  history: { entries: 100_000, rounds: quick ? 1 : 3 },
  queue: { items: 10_000, rounds: quick ? 1 : 3 },
  firstPaint: { items: 10_000, entries: 100_000, rounds: quick ? 1 : 3 },
};

function curlMissing(): boolean {
  return spawnSync('curl', ['--version'], { stdio: 'ignore' }).status !== 0;
}

const rows: ResultRow[] = [];
const setup = await benchSetup();
const sink = await startSink();
const nodeSink = await startNodeHttpSink();
const started = performance.now();
try {
  const needsCurl = only.has('throughput') || only.has('small-files');
  if (needsCurl && curlMissing()) {
    rows.push({ measure: 'Throughput and small files', target: 'vs curl', result: 'skipped: curl is not installed (Debian: apt-get install curl); this benchmark installs nothing itself', pass: undefined });
  } else {
    if (only.has('throughput')) rows.push(...(await throughputBench(setup, [sink, nodeSink], plan.throughput)));
    if (only.has('small-files')) rows.push(await smallFilesBench(setup, sink, plan.smallFileRounds));
  }
  if (only.has('start-up')) rows.push(...(await startUpBench(setup, sink, plan.startUpRounds)));
  if (only.has('memory')) rows.push(...(await memoryBench(setup, sink, plan.memoryRounds)));
  if (only.has('convert')) rows.push(...(await convertBench(setup, sink, plan.convertRounds)));
  if (only.has('history')) rows.push(...(await historyBench(setup, plan.history)));
  if (only.has('queue')) rows.push(...(await queueBench(setup, plan.queue)));
  if (only.has('main-loop')) rows.push(...(await mainLoopBench(setup, sink, plan.mainLoop)));
  if (only.has('first-paint')) rows.push(...(await firstPaintBench(setup, plan.firstPaint)));
  if (only.has('window')) rows.push(...(await windowBench(setup, plan.window)));
} finally {
  await Promise.all([sink.stop(), nodeSink.stop()]);
  await setup.dispose();
}

const args = process.argv.slice(2);
const command = `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
process.stdout.write(
  `\nMachine: ${machineLine()}\nDate: ${dateLine()}\nCommand: ${command}${quick ? ' (quick: fewer and smaller runs, not a measurement)' : ''}\n` +
    `Took ${((performance.now() - started) / 60_000).toFixed(1)} min\n\n${markdownTable(rows)}`,
);
progress('done');
// A MISS is a finding, not a crash: the exit status says whether the benchmark itself ran.
process.exitCode = 0;
