// Property-based tests of every location parser (fast-check): random and mutated real inputs
// end, each within 2 s, with patches inside the file or TooComplex, never with any other error.
// `npm run fuzz` runs the same properties for minutes (test/fuzz/run-fuzz.ts).

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkParser, checkXmp } from '../../fuzz/fuzz-property.ts';
import { FUZZ_TARGETS, inputsFor, xmpInputs } from '../../fuzz/fuzz-targets.ts';

// A fixed seed: the same inputs on every run, so a failure here is one anyone can repeat.
const RUNS = { numRuns: 300, seed: 22, timeout: 2_000 };

describe('location parsers under random and mutated input', () => {
  it.each(FUZZ_TARGETS.map((t) => [t.name, t] as const))('%s', async (_name, target) => {
    await fc.assert(fc.asyncProperty(inputsFor(target), async (bytes) => {
      await checkParser(target, bytes);
    }), RUNS);
  });

  it('xmp: keeps the length, changes bytes only to spaces, leaves no GPS', () => {
    fc.assert(fc.property(xmpInputs, (xmp) => {
      checkXmp(xmp);
    }), { ...RUNS, numRuns: 2_000 });
  });
});
