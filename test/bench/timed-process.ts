// Runs one command and times it from spawn to exit: what a person waiting at a terminal sees.
// The CLI is started as `node <args>` with Node 24 (this process's own binary), optionally with
// the peak-memory probe loaded.

import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(REPO_ROOT, 'electron/cli/media-uploader.mjs');
const PROBE = fileURLToPath(new URL('./peak-rss-probe.ts', import.meta.url));

export interface TimedRun {
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory in bytes, when measured. */
  readonly peakRssBytes?: number;
  /** User plus system CPU seconds of the command and its children, when measured. */
  readonly cpuSeconds?: number;
}

// bash's `times` prints the shell's own user and system time, then its children's: the command's.
const WITH_CPU = '"$@"; status=$?; times >&2; exit $status';

function childCpuSeconds(stderr: string): { cpuSeconds: number; stderr: string } | undefined {
  const lines = stderr.trimEnd().split('\n');
  const match = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines.at(-1) ?? '');
  if (match === null) return undefined;
  const [, um, us, sm, ss] = match.map(Number) as [number, number, number, number, number];
  return { cpuSeconds: um * 60 + us + sm * 60 + ss, stderr: lines.slice(0, -2).join('\n') };
}

export async function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, options: { cpu?: boolean } = {}): Promise<TimedRun> {
  if (options.cpu === true) {
    const run = await timed('bash', ['-c', WITH_CPU, 'timed', command, ...args], env);
    const cpu = childCpuSeconds(run.stderr);
    if (cpu === undefined) throw new Error(`No CPU times from bash for ${command}:\n${run.stderr.slice(-500)}`);
    return { ...run, ...cpu };
  }
  const started = performance.now();
  const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve(status));
  });
  return { ms: performance.now() - started, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Throws with the command's own words when it did not succeed: a failed run is no measurement. */
export function expectSuccess(run: TimedRun, what: string): TimedRun {
  if (run.code !== 0) throw new Error(`${what} failed (status ${run.code}):\n${run.stderr.slice(-2000)}${run.stdout.slice(-1000)}`);
  return run;
}

export interface CliRun {
  readonly files: readonly string[];
  readonly provider: string;
  readonly baseUrl: string;
  /** Environment: the key variable, MEDIA_UPLOADER_DATA_DIR and keychain service. */
  readonly env: NodeJS.ProcessEnv;
  readonly concurrency?: number;
  /** More options for `upload`, e.g. --convert. */
  readonly options?: readonly string[];
  readonly measureMemory?: boolean;
  /** Also take the CPU seconds it used (cpuSeconds). */
  readonly measureCpu?: boolean;
  /** Where the probe writes its number; needed with measureMemory. */
  readonly scratchDir?: string;
}

/** `media-uploader upload … --json`; every file must come back ok. */
export async function timedCli(run: CliRun): Promise<TimedRun> {
  const args = [...(run.measureMemory === true ? ['--import', PROBE] : []), CLI, 'upload', ...run.files, '--provider', run.provider, '--base-url', run.baseUrl, '--json'];
  if (run.concurrency !== undefined) args.push('--concurrency', String(run.concurrency));
  args.push(...(run.options ?? []));
  const peakFile = run.measureMemory === true ? join(run.scratchDir ?? '/tmp', `peak-${process.pid}-${Date.now()}`) : undefined;
  const result = expectSuccess(await timed(process.execPath, args, { ...run.env, ...(peakFile !== undefined && { BENCH_PEAK_RSS_FILE: peakFile }) }, { cpu: run.measureCpu === true }), 'media-uploader upload');
  const lines = result.stdout.split('\n').filter((l) => l.trim() !== '');
  const failed = lines.filter((l) => (JSON.parse(l) as { ok: boolean }).ok !== true);
  if (failed.length > 0) throw new Error(`media-uploader reported failures: ${failed.slice(0, 3).join('\n')}`);
  if (peakFile === undefined) return result;
  const peak = Number(await readFile(peakFile, 'utf8'));
  await rm(peakFile, { force: true });
  return { ...result, peakRssBytes: peak };
}
