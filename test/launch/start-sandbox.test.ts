// @vitest-environment node
// `npm start` on a Linux machine where Electron would abort because Chromium's sandbox cannot
// start (Ubuntu 23.10 and later: AppArmor restricts user namespaces, and the setuid helper that
// npm unpacked is not root's with mode 4755). The launcher runs as a real process with the kernel's
// settings read from a folder made here (test/fixtures/launch-with-proc-sys.ts) and a stand-in
// Electron (test/fixtures/launch-stand-in.ts) whose dist/ holds a chrome-sandbox as npm leaves it.

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { helperNotSetuid, WITHOUT_SANDBOX } from '../../electron/launch/start.ts';
import { NO_SANDBOX_ENV } from '../../electron/launch/linux-sandbox.ts';
import { PROJECT_ROOT } from '../e2e/app-build.ts';
import { makeStandInProject, standInRecord, type StandInProject } from '../fixtures/launch-stand-in.ts';
import { removeDir } from '../fixtures/media-files.ts';
import { runProcess, type ProcessRun } from '../fixtures/run-process.ts';

const LAUNCH_WITH_PROC_SYS = join(PROJECT_ROOT, 'test/fixtures/launch-with-proc-sys.ts');
// The check is Linux's alone (macOS and Windows have no setuid helper), and the stand-in is a
// shell script.
const skipReason = process.platform === 'linux' ? undefined : `the setuid sandbox helper is Linux's alone, not ${process.platform}'s`;
if (skipReason !== undefined) console.warn(`start-sandbox test skipped: ${skipReason}.`);

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeDir(dir);
});

/** A stand-in project with its helper as npm leaves it, and a settings folder with `restrict` for AppArmor's switch. */
async function setUp(restrict: '0' | '1'): Promise<{ project: StandInProject; procSys: string }> {
  const project = await makeStandInProject('45.4.1');
  dirs.push(project.dir);
  writeFileSync(project.helper, '#!/bin/sh\nexit 1\n');
  chmodSync(project.helper, 0o755);
  const procSys = join(project.dir, 'proc-sys');
  mkdirSync(join(procSys, 'kernel'), { recursive: true });
  writeFileSync(join(procSys, 'kernel', 'apparmor_restrict_unprivileged_userns'), `${restrict}\n`);
  return { project, procSys };
}

function launch(project: StandInProject, procSys: string, env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  // This test's own environment might carry the opt-in; each case sets it or not itself.
  const { [NO_SANDBOX_ENV]: _optIn, ...own } = process.env;
  return runProcess(process.execPath, [LAUNCH_WITH_PROC_SYS, project.root, procSys], { env: { ...own, STAND_IN_EXIT_CODE: '0', ...env } });
}

function startedWith(project: StandInProject): string[] | undefined {
  const started = standInRecord(project).find((line) => line.startsWith('started '));
  return started === undefined ? undefined : (JSON.parse(started.slice(started.indexOf('args=') + 5)) as string[]);
}

describe.skipIf(skipReason !== undefined)('npm start where Chromium\'s sandbox cannot start', () => {
  it('says in one sentence how to set the helper up, ends with status 1, and does not open Electron', async () => {
    const { project, procSys } = await setUp('1');
    const run = await launch(project, procSys, {});
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${helperNotSetuid(project.helper)}\n` });
    expect(standInRecord(project)).toEqual([]);
  });

  it(`opens Electron with --no-sandbox when ${NO_SANDBOX_ENV}=1, and says that the sandbox is off`, async () => {
    const { project, procSys } = await setUp('1');
    const run = await launch(project, procSys, { [NO_SANDBOX_ENV]: '1', STAND_IN_EXIT_CODE: '7' });
    expect(run).toEqual({ code: 7, stdout: '', stderr: `${WITHOUT_SANDBOX}\n` });
    expect(startedWith(project)).toEqual(['--no-sandbox', project.root]);
  });

  it('opens Electron as it is, without a word, where AppArmor leaves user namespaces alone', async () => {
    const { project, procSys } = await setUp('0');
    const run = await launch(project, procSys, {});
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(startedWith(project)).toEqual([project.root]);
  });
});
