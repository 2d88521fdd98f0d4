// The built app the end-to-end tests load: `electron-vite build` into .cache/e2e-app/out, with a
// package.json beside it, so the folder has the layout electron-builder packs into app.asar (the
// Electron smoke test opens exactly that). Built once per change of the sources. Test files run in parallel workers, so one builds while the others
// wait on a lock folder; a stamp of the sources' sizes and times tells whether a build is current.

import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The app folder as packaged: package.json and out/{main,preload,renderer}. */
export const APP_DIR = join(PROJECT_ROOT, '.cache', 'e2e-app');
const OUT = join(APP_DIR, 'out');
const LOCK = join(PROJECT_ROOT, '.cache', 'e2e-app.lock');
const STAMP = join(APP_DIR, 'sources.stamp');
const SOURCES = ['renderer', 'electron/preload', 'electron/main', 'shared', 'electron.vite.config.ts', 'package.json'];
// A build takes seconds; a lock older than this was left by a killed run.
const STALE_LOCK_MS = 180_000;

export interface BuiltApp {
  /** out/renderer: index.html and its assets. */
  readonly rendererRoot: string;
  /** out/preload/index.cjs: the preload exactly as the app ships it. */
  readonly preloadFile: string;
  /** out/preload/proxy-sign-in.cjs: the proxy password prompt's preload (electron/main/proxy-sign-in-window.ts). */
  readonly signInPreloadFile: string;
}

export async function ensureAppBuilt(): Promise<BuiltApp> {
  const built: BuiltApp = { rendererRoot: join(OUT, 'renderer'), preloadFile: join(OUT, 'preload', 'index.cjs'), signInPreloadFile: join(OUT, 'preload', 'proxy-sign-in.cjs') };
  const stamp = await sourcesStamp();
  if (await isCurrent(stamp)) return built;
  await withLock(async () => {
    if (await isCurrent(stamp)) return;
    await rm(APP_DIR, { recursive: true, force: true });
    try {
      await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', OUT, '--logLevel', 'warn'], {
        cwd: PROJECT_ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`electron-vite build failed for the end-to-end tests:\n${stderr ?? ''}${stdout ?? ''}`);
    }
    const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    const { name, productName, version, description, type, main } = pkg;
    await writeFile(join(APP_DIR, 'package.json'), JSON.stringify({ name, productName, version, description, type, main }, null, 2));
    await writeFile(STAMP, stamp);
  });
  return built;
}

async function isCurrent(stamp: string): Promise<boolean> {
  try {
    return (await readFile(STAMP, 'utf8')) === stamp;
  } catch {
    return false;
  }
}

async function sourcesStamp(): Promise<string> {
  const lines: string[] = [];
  for (const source of SOURCES) await describe(join(PROJECT_ROOT, source), lines);
  return lines.sort().join('\n');
}

async function describe(path: string, lines: string[]): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return;
  }
  if (info.isDirectory()) {
    for (const entry of await readdir(path)) await describe(join(path, entry), lines);
  } else {
    lines.push(`${relative(PROJECT_ROOT, path)} ${info.size} ${info.mtimeMs}`);
  }
}

async function withLock(task: () => Promise<void>): Promise<void> {
  await mkdir(join(PROJECT_ROOT, '.cache'), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const age = await stat(LOCK).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    await task();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}
