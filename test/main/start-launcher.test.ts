// @vitest-environment node
// `npm start` where the Electron binary was never downloaded: one plain sentence saying how to
// get it and pointing at the CLI, exit status 1, no stack trace. Where the binary exists this
// cannot be observed (the app would open), so the test says so and skips.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, MISSING_ELECTRON } from '../../electron/launch/start.ts';
import { PROJECT_ROOT } from '../e2e/app-build.ts';

const installed = electronBinary() !== undefined;
if (installed) console.warn('start-launcher test skipped: the Electron binary is installed here, so `npm start` would open the app.');

describe('npm start without the Electron binary', () => {
  it.skipIf(installed)('prints one sentence on how to get it, and mentions the CLI', () => {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'electron/launch/start.ts')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(MISSING_ELECTRON);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(MISSING_ELECTRON).toContain('node node_modules/electron/install.js');
    expect(MISSING_ELECTRON).toContain('npx media-uploader --help');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
