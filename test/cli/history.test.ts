// `media-uploader history`: in-process with a fake terminal, and as a real child process.

import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runHistory } from '../../electron/cli/commands/history.ts';
import type { CliIo } from '../../electron/cli/cli-io.ts';
import { HistoryStore } from '../../electron/core/history/history-store.ts';
import type { HistoryEntry } from '../../shared/history-types.ts';
import { failed, uploaded, uploadedAsset } from '../core/history/history-test-entries.ts';
import { runCli } from './run-cli.ts';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function fakeIo(env: NodeJS.ProcessEnv): CliIo & { stdout: Collect; stderr: Collect } {
  return { stdout: new Collect(), stderr: new Collect(), stdin: new PassThrough(), env };
}

let dir: string;
let written: HistoryEntry[];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'history-cli-'));
  const store = await HistoryStore.open(dir);
  written = [
    await store.append(uploaded('first.mp3', { at: '2026-02-01T10:00:00.000Z' })),
    await store.append(failed('second.mp4', { at: '2026-02-02T10:00:00.000Z' })),
    await store.append(uploadedAsset('third.png', 're_42', { at: '2026-02-03T10:00:00.000Z' })),
  ];
  await store.close();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('history command', () => {
  it('prints one JSON object per entry per line, newest first, and nothing else', async () => {
    const io = fakeIo({ MEDIA_UPLOADER_DATA_DIR: dir });
    expect(await runHistory(['--json'], io)).toBe(0);
    const lines = io.stdout.text.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([...written].reverse());
    expect(io.stderr.text).toBe('');
  });

  it('searches', async () => {
    const io = fakeIo({ MEDIA_UPLOADER_DATA_DIR: dir });
    expect(await runHistory(['--search', 'HeyGen', '--json'], io)).toBe(0);
    expect(io.stdout.text.trimEnd().split('\n').map((line) => JSON.parse(line).name)).toEqual(['second.mp4']);
    const none = fakeIo({ MEDIA_UPLOADER_DATA_DIR: dir });
    expect(await runHistory(['--search=nothing-like-this', '--json'], none)).toBe(0);
    expect(none.stdout.text).toBe('');
  });

  it('shows a readable table, newest first, with results and failures', async () => {
    const io = fakeIo({ MEDIA_UPLOADER_DATA_DIR: dir });
    expect(await runHistory([], io)).toBe(0);
    const lines = io.stdout.text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^When\s+Provider\s+File\s+Result$/);
    expect(lines[1]).toMatch(/memories\.ai\s+third\.png\s+asset re_42$/);
    expect(lines[2]).toMatch(/HeyGen\s+second\.mp4\s+failed: HeyGen rejected the API key/);
    expect(lines[3]).toMatch(/AssemblyAI\s+first\.mp3\s+https:\/\/cdn\.assemblyai\.test\/upload\/first\.mp3$/);
    expect(lines[4]).toBe('3 uploads.');
  });

  it('limits, and says how many matched', async () => {
    const io = fakeIo({ MEDIA_UPLOADER_DATA_DIR: dir });
    expect(await runHistory(['--search', 'mp', '--limit', '1'], io)).toBe(0);
    expect(io.stdout.text).toContain('second.mp4');
    expect(io.stdout.text).not.toContain('first.mp3');
    expect(io.stdout.text.trimEnd().split('\n').at(-1)).toBe('2 uploads of 3 match "mp", 1 shown.');
  });

  it('says there is nothing yet without creating a data folder', async () => {
    const empty = path.join(dir, 'never-used');
    const io = fakeIo({ MEDIA_UPLOADER_DATA_DIR: empty });
    expect(await runHistory([], io)).toBe(0);
    expect(io.stdout.text).toContain('No uploads yet');
    expect(existsSync(empty)).toBe(false);
    const json = fakeIo({ MEDIA_UPLOADER_DATA_DIR: empty });
    expect(await runHistory(['--json'], json)).toBe(0);
    expect(json.stdout.text).toBe('');
  });

  it('answers a usage error with 2', async () => {
    for (const args of [['--frobnicate'], ['--limit', 'lots'], ['--search']]) {
      const io = fakeIo({ MEDIA_UPLOADER_DATA_DIR: dir });
      expect(await runHistory(args, io)).toBe(2);
      expect(io.stderr.text).toContain('Usage: media-uploader history');
    }
  });

  it('works as a real process: `media-uploader history --json` with MEDIA_UPLOADER_DATA_DIR', async () => {
    const run = await runCli(['history', '--json'], { MEDIA_UPLOADER_DATA_DIR: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([...written].reverse());
  });
});
