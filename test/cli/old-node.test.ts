// On a Node older than 24 the command must say which Node to install, not fail to parse
// TypeScript. This machine's own Node (the one Debian or the image ships) is used where it is
// older; where none is, the test says it skipped.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../fixtures/run-process.ts';
import { CLI_PATH } from './run-cli.ts';

function olderNode(): { path: string; version: string } | undefined {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    try {
      const version = execFileSync(path, ['-v'], { encoding: 'utf8' }).trim();
      if (Number(version.slice(1).split('.')[0]) < 24) return { path, version };
    } catch {
      // not there
    }
  }
  return undefined;
}

const older = olderNode();
if (older === undefined) console.log('Skipping the old-Node message test: no Node older than 24 at /usr/bin/node or /usr/local/bin/node.');

describe.skipIf(older === undefined)('media-uploader on an older Node', () => {
  it('names the Node it needs and exits 2', async () => {
    const run = await runProcess(older?.path ?? '', [CLI_PATH, 'upload', 'a.mp3', '--provider', 'heygen']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`media-uploader needs Node.js 24 or newer, and this is Node.js ${older?.version}.`);
    expect(run.stdout).toBe('');
  });
});
