// Every input the fuzzer ever found failing (test/fixtures/fuzz/<parser>-<hash>.bin, kept by
// `npm run fuzz`) is replayed through its parser with the fuzzer's own check, so a fixed bug
// stays fixed. The first was found by the property tests before budgets: a PNG cut off inside
// a chunk with location got a CRC written past its end, making the copy longer than the file.

import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkParser, checkXmp } from '../../fuzz/fuzz-property.ts';
import { FUZZ_TARGETS } from '../../fuzz/fuzz-targets.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/fuzz/', import.meta.url));
const files = (await readdir(FIXTURES)).filter((name) => name.endsWith('.bin')).sort();

describe('inputs the fuzzer found failing', () => {
  it('there is at least one, so this test is not silently empty', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', { timeout: 15_000 }, async (name) => {
    const parser = name.slice(0, name.indexOf('-'));
    const bytes = await readFile(`${FIXTURES}${name}`);
    if (parser === 'xmp') {
      checkXmp(bytes);
      return;
    }
    const target = FUZZ_TARGETS.find((t) => t.name === parser);
    expect(target, `no parser named ${parser}`).toBeDefined();
    await checkParser(target!, bytes);
  });
});
