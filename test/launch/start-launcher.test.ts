// @vitest-environment node
// `npm start` on a machine where the Electron runtime was never downloaded (electron 45.4 has no
// install script; npm 11 would not run one anyway). The launcher runs against a temporary
// project whose node_modules/electron is a copy of this project's package without its dist/, so
// the download never touches this project's node_modules. The runtime comes from a loopback
// mirror (test/fixtures/electron-mirror.ts) through the package's own install.js, with
// ELECTRON_MIRROR, electron_use_remote_checksums and electron_config_cache as a person would set
// them; the "runtime" is a script that writes down how it was started.
//
// Where the binary is present, the launcher opens it without a download; where the download
// fails (mirror down, 404, wrong checksum, a mirror that never answers), it ends with exactly one
// sentence on stderr and status 1. The build step is off here (test/fixtures/launch-in-folder.ts).

import { englishT } from '../../shared/i18n/english.ts';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBytes } from '../../shared/format-units.ts';
import { downloadFailed, electronBinary } from '../../electron/launch/start.ts';
import { electronPackage } from '../../electron/launch/electron-runtime.ts';
import { PROJECT_ROOT } from '../e2e/app-build.ts';
import {
  closedMirrorUrl,
  runtimeZipName,
  standInProgramPath,
  standInRuntimeZip,
  startElectronMirror,
  type ElectronMirror,
  type MirrorMode,
} from '../fixtures/electron-mirror.ts';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import { runProcess, type ProcessRun } from '../fixtures/run-process.ts';

const LAUNCH_IN_FOLDER = join(PROJECT_ROOT, 'test/fixtures/launch-in-folder.ts');
const REAL_PACKAGE = electronPackage(PROJECT_ROOT);
const programPath = standInProgramPath(process.platform);
// @electron/get names the zip after process.platform and process.arch, except 32-bit arm (armv7l).
const skipReason = programPath === undefined
  ? `a shell script cannot stand in for the Electron program on ${process.platform}`
  : process.arch !== 'x64' && process.arch !== 'arm64' ? `the stand-in runtime is named for x64 and arm64 only, not ${process.arch}` : undefined;
if (skipReason !== undefined) console.warn(`start-launcher test skipped: ${skipReason}.`);

const DOWNLOADING = `Downloading the Electron runtime (Electron ${REAL_PACKAGE?.version}); this happens once, before the first start.`;

const dirs: string[] = [];
const mirrors: ElectronMirror[] = [];
afterAll(async () => {
  for (const mirror of mirrors) await mirror.close();
  for (const dir of dirs) await removeDir(dir);
});

interface Project {
  readonly root: string;
  readonly electronDir: string;
  readonly cache: string;
  readonly record: string;
  readonly zipName: string;
  readonly zip: Uint8Array;
}

/** A project folder whose node_modules/electron is a copy of the real package without a runtime. */
async function makeProject(): Promise<Project> {
  if (REAL_PACKAGE === undefined || programPath === undefined) throw new Error('the electron package is not installed in this project');
  const dir = await makeTempDir('start-launcher-');
  dirs.push(dir);
  const root = join(dir, 'project');
  const modules = join(root, 'node_modules');
  const electronDir = join(modules, 'electron');
  mkdirSync(modules, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'stand-in-app', version: '1.0.0', main: 'out/main/index.js' }));
  // Without dist/ and path.txt, as right after an `npm install` of electron 45.4.
  const runtime = [join(REAL_PACKAGE.dir, 'dist'), join(REAL_PACKAGE.dir, 'path.txt')];
  cpSync(REAL_PACKAGE.dir, electronDir, { recursive: true, filter: (source) => !runtime.includes(source) });
  // install.js's own dependencies are only read: linked, not copied.
  for (const scope of ['@electron', '@electron-internal']) symlinkSync(join(PROJECT_ROOT, 'node_modules', scope), join(modules, scope), 'dir');
  const record = join(dir, 'launched.txt');
  const zipName = runtimeZipName(REAL_PACKAGE.version, process.platform, process.arch);
  return { root, electronDir, cache: join(dir, 'electron-cache'), record, zipName, zip: standInRuntimeZip(programPath, REAL_PACKAGE.version, record) };
}

/** The launcher's environment: this one without any Electron download setting or proxy, then the test's. */
function launcherEnv(project: Project, mirrorUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const ignored = /^(electron_|npm_config_electron_|npm_package_config_electron_|npm_config_(platform|arch)$|force_no_cache$|(http|https|all|no)_proxy$)/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ignored.test(name)));
  return {
    ...env,
    ELECTRON_MIRROR: mirrorUrl,
    electron_use_remote_checksums: '1',
    electron_config_cache: project.cache,
    // Set here so that the test sees the launcher keep it from Electron.
    ELECTRON_RUN_AS_NODE: '1',
    ...extra,
  };
}

function launch(project: Project, env: NodeJS.ProcessEnv, stallMs = 30_000): Promise<ProcessRun> {
  return runProcess(process.execPath, [LAUNCH_IN_FOLDER, project.root, String(stallMs)], { env });
}

async function mirror(project: Project, mode: MirrorMode): Promise<ElectronMirror> {
  const started = await startElectronMirror(REAL_PACKAGE?.version ?? '', project.zipName, project.zip, mode);
  mirrors.push(started);
  return started;
}

function launchRecord(project: Project): { cwd: string | undefined; runAsNode: string | undefined; args: string[] } {
  const lines = readFileSync(project.record, 'utf8').trimEnd().split('\n');
  const value = (key: string): string | undefined => lines.find((line) => line.startsWith(`${key}=`))?.slice(key.length + 1);
  return { cwd: value('cwd'), runAsNode: value('ELECTRON_RUN_AS_NODE'), args: lines.filter((line) => line.startsWith('arg=')).map((line) => line.slice(4)) };
}

function expectOneSentence(run: ProcessRun, sentence: string, project: Project): void {
  expect(run.code).toBe(1);
  expect(run.stdout.trim()).toBe(DOWNLOADING);
  expect(run.stderr).toBe(`${sentence}\n`);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(sentence).toContain('npx media-uploader --help');
  // Nothing was installed and nothing was started.
  expect(existsSync(join(project.electronDir, 'path.txt'))).toBe(false);
  expect(existsSync(project.record)).toBe(false);
}

describe.skipIf(skipReason !== undefined)('npm start fetches the Electron runtime on first use', () => {
  it('downloads it from the mirror, checks it, then opens the app with it; the next start opens it at once', async () => {
    const realBinaryBefore = electronBinary();
    const project = await makeProject();
    const server = await mirror(project, 'serves');

    const first = await launch(project, launcherEnv(project, server.url));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const bytes = project.zip.length + server.shasums.length;
    expect(first.stdout).toBe(`${DOWNLOADING}\nThe Electron runtime is ready (${formatBytes(englishT(), bytes)} downloaded).\n`);
    expect(server.requests).toEqual([`/v${REAL_PACKAGE?.version}/${project.zipName}`, `/v${REAL_PACKAGE?.version}/SHASUMS256.txt`]);
    expect(readFileSync(join(project.electronDir, 'path.txt'), 'utf8')).toBe(programPath);
    expect(launchRecord(project)).toEqual({ cwd: project.root, runAsNode: '(unset)', args: [project.root] });

    // Binary present: no download line, no request, and the app's exit status comes back.
    await server.close();
    const second = await launch(project, launcherEnv(project, await closedMirrorUrl(), { STAND_IN_EXIT_CODE: '3' }));
    expect(second).toEqual({ code: 3, stdout: '', stderr: '' });
    expect(server.requests).toHaveLength(2);
    expect(launchRecord(project).args).toEqual([project.root]);

    // This project's own electron package was left as it was.
    expect(electronBinary()).toBe(realBinaryBefore);
  });

  it('passes a SIGTERM on to the app and ends with the status the app ends with', async () => {
    const project = await makeProject();
    const server = await mirror(project, 'serves');
    const launcher = spawn(process.execPath, [LAUNCH_IN_FOLDER, project.root, '30000'], { env: launcherEnv(project, server.url, { STAND_IN_WAIT: '1' }), stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => launcher.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      await expect.poll(() => existsSync(project.record) && readFileSync(project.record, 'utf8').includes('waiting'), { timeout: 30_000 }).toBe(true);
      launcher.kill('SIGTERM');
      // The stand-in answers a SIGTERM with status 143 (128 + 15), as a shell's default would.
      expect(await Promise.race([ended, delay(30_000, 'the launcher is still running 30 s after the SIGTERM')])).toEqual({ code: 143, signal: null });
      expect(readFileSync(project.record, 'utf8')).toContain('signal=TERM');
    } finally {
      if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGKILL');
    }
  });

  it('says in one sentence that the runtime could not be downloaded when the mirror is down', async () => {
    const project = await makeProject();
    const run = await launch(project, launcherEnv(project, await closedMirrorUrl()));
    expectOneSentence(run, downloadFailed('the download server could not be reached'), project);
  });

  it('names the answer when the mirror has no such runtime (404)', async () => {
    const project = await makeProject();
    const server = await mirror(project, 'missing');
    const run = await launch(project, launcherEnv(project, server.url));
    expectOneSentence(run, downloadFailed(`the download server answered 404 Not Found for ${project.zipName}`), project);
  });

  it('refuses a runtime whose checksum does not match SHASUMS256.txt', async () => {
    const project = await makeProject();
    const server = await mirror(project, 'wrong-checksum');
    const run = await launch(project, launcherEnv(project, server.url));
    expectOneSentence(run, downloadFailed('the downloaded file did not match its published checksum'), project);
    expect(server.requests.map((path) => path.split('/').pop())).toEqual([project.zipName, 'SHASUMS256.txt']);
  });

  it('says so when the connection breaks off mid-download', async () => {
    const project = await makeProject();
    const server = await mirror(project, 'cut-off');
    const run = await launch(project, launcherEnv(project, server.url));
    expectOneSentence(run, downloadFailed('the connection to the download server broke off'), project);
  });

  // A mirror that takes the connection and never answers would hold undici's fetch for 300 s per
  // request; the launcher's stall limit (30 s in `npm start`, 1 s here) ends it. Without the
  // limit this test runs into vitest's own timeout.
  it('gives up on a mirror that never answers', async () => {
    const project = await makeProject();
    const server = await mirror(project, 'silent');
    const run = await launch(project, launcherEnv(project, server.url), 1000);
    expectOneSentence(run, downloadFailed('the download server stopped answering'), project);
    expect(server.requests).toHaveLength(1);
  });
});
