// @vitest-environment node
// Small files named for what they do: none of the app's sources (electron/, shared/, renderer/)
// runs past 300 lines. A file that grows past it is split by responsibility, not trimmed.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './import-graph.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAX_LINES = 300;

/** Lines as `wc -l` counts them: newline characters. */
function lineCount(text: string): number {
  return text.split('\n').length - 1;
}

describe('file size', () => {
  it('counts lines as wc -l does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('one\ntwo\n')).toBe(2);
    expect(lineCount('one\ntwo')).toBe(1);
  });

  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const files = sourceFiles(PROJECT_ROOT);
    expect(files.length).toBeGreaterThan(200);
    const long = files
      .map((file) => ({ file, lines: lineCount(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
