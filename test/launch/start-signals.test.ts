// @vitest-environment node
// Ctrl+C in the terminal that runs `npm start`. A terminal sends it as SIGINT to its whole
// foreground process group; the launcher passes each signal it gets on to Electron. Were Electron
// in the launcher's group, it would get the terminal's SIGINT and the launcher's copy: the first
// starts the app's quit flow, the second (Electron has put the default action back by then) ends
// it at once, in the middle of that flow. So the launcher opens Electron in a process group of its
// own and Electron hears each Ctrl+C exactly once.
//
// Real processes: the launcher (test/fixtures/launch-in-folder.ts, no build step) runs in a group
// of its own, as a terminal's foreground job does, and the test signals that whole group the way
// the terminal would. "Electron" is the stand-in of test/fixtures/launch-stand-in.ts, which answers
// signals as Electron's browser process does.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../e2e/app-build.ts';
import { makeStandInProject, standInPid, standInRecord, type StandInProject } from '../fixtures/launch-stand-in.ts';
import { removeDir } from '../fixtures/media-files.ts';

const LAUNCH_IN_FOLDER = join(PROJECT_ROOT, 'test/fixtures/launch-in-folder.ts');
// Process groups and a shell script standing in for Electron are POSIX; on Windows the launcher
// keeps Electron in its console, as before.
const skipReason = process.platform === 'win32' ? 'process groups and signals are POSIX' : undefined;
if (skipReason !== undefined) console.warn(`start-signals test skipped: ${skipReason}.`);

interface Launcher {
  readonly process: ChildProcess;
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly output: () => string;
}

const dirs: string[] = [];
const running: { launcher: Launcher; project: StandInProject }[] = [];

afterEach(() => {
  // A failed test must not leave the stand-in or the launcher behind (the stand-in is in a group
  // of its own, so killing the launcher's group would not reach it).
  for (const { launcher, project } of running.splice(0)) {
    const pid = standInPid(project);
    for (const target of [pid, launcher.process.pid === undefined ? undefined : -launcher.process.pid]) {
      if (target === undefined) continue;
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
});
afterAll(async () => {
  for (const dir of dirs) await removeDir(dir);
});

async function startLauncher(env: NodeJS.ProcessEnv = {}): Promise<{ launcher: Launcher; project: StandInProject }> {
  const project = await makeStandInProject('45.4.1');
  dirs.push(project.dir);
  // detached: a new session and process group led by the launcher, like a job in a terminal.
  const child = spawn(process.execPath, [LAUNCH_IN_FOLDER, project.root, '30000'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const launcher = { process: child, ended, output: () => output };
  running.push({ launcher, project });
  await expect.poll(() => standInRecord(project).includes('ready'), { timeout: 30_000 }).toBe(true);
  return { launcher, project };
}

/** What a terminal does on Ctrl+C (SIGINT) or Ctrl+\ (SIGQUIT): signal its foreground group. */
function terminalSends(launcher: Launcher, signal: NodeJS.Signals): void {
  const pid = launcher.process.pid ?? 0;
  process.kill(-pid, signal);
}

/** A process's group, as `ps` tells it (Node has no getpgid). */
function processGroupOf(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
}

/** How the launcher ended, or a sentence saying that it did not within 30 s. */
function ending(launcher: Launcher): Promise<{ code: number | null; signal: NodeJS.Signals | null } | string> {
  return Promise.race([launcher.ended, delay(30_000).then(() => `the launcher is still running 30 s later; its output: ${launcher.output()}`)]);
}

describe.skipIf(skipReason !== undefined)('npm start and the terminal\'s signals', () => {
  it('passes one Ctrl+C on to Electron once, so the app\'s quit flow runs to its end', async () => {
    const { launcher, project } = await startLauncher();
    // Whether the terminal's SIGINT and the launcher's copy reach Electron as two signals or merge
    // into one pending signal depends on when the kernel runs Electron; where it runs is certain.
    const app = standInPid(project) ?? 0;
    expect(processGroupOf(app)).toBe(app);
    terminalSends(launcher, 'SIGINT');
    expect(await ending(launcher)).toEqual({ code: 0, signal: null });
    const record = standInRecord(project);
    expect(record.slice(1)).toEqual(['ready', 'quit flow SIGINT', 'quit done']);
    expect(launcher.output()).toBe('');
  });

  it('passes a second Ctrl+C on too, which ends Electron at once, as in a terminal running Electron itself', async () => {
    // A quit flow that waits (the "uploads are running" question, say) longer than the test.
    const { launcher, project } = await startLauncher({ STAND_IN_QUIT_MS: '60000' });
    terminalSends(launcher, 'SIGINT');
    await expect.poll(() => standInRecord(project).includes('quit flow SIGINT'), { timeout: 10_000 }).toBe(true);
    // The launcher waits for Electron, whose quit flow is still under way.
    expect(launcher.process.exitCode).toBeNull();
    terminalSends(launcher, 'SIGINT');
    // Ended by SIGINT's default action: the shell's status for it, 128 + 2.
    expect(await ending(launcher)).toEqual({ code: 130, signal: null });
    expect(standInRecord(project).slice(1)).toEqual(['ready', 'quit flow SIGINT']);
  });

  it('passes Ctrl+\\ (SIGQUIT) on, which Electron does not handle, and ends with Electron', async () => {
    const { launcher, project } = await startLauncher();
    terminalSends(launcher, 'SIGQUIT');
    expect(await ending(launcher)).toEqual({ code: 131, signal: null });
    expect(standInRecord(project).slice(1)).toEqual(['ready', 'killed by SIGQUIT']);
  });
});
