// What must hold for every input of every location parser: it ends (within the time the caller
// allows) with patches that lie inside the file, or with TooComplex, the engine's own error;
// never with anything else. And for the XMP blanker: the packet keeps its length, only bytes
// that become spaces change, and what it leaves has no GPS left to find.

import { memoryReader } from '../../electron/core/location/block-reader.ts';
import { Budget, TooComplex } from '../../electron/core/location/budget.ts';
import { blankXmpGps } from '../../electron/core/location/xmp-gps.ts';
import { finderOf, type FuzzTarget } from './fuzz-targets.ts';

export type ParserOutcome = ({ readonly patches: number } | { readonly tooComplex: string }) & { readonly heldBytes?: number };

/** Runs `target`'s parser on `bytes`; throws (an Error saying what broke) when the property does not hold. */
export async function checkParser(target: FuzzTarget, bytes: Buffer): Promise<ParserOutcome> {
  const budget = new Budget();
  let patches;
  try {
    patches = await finderOf(target)(memoryReader(bytes, budget), bytes.length, budget);
  } catch (error) {
    if (error instanceof TooComplex) return { tooComplex: error.limit, heldBytes: budget.used.valueBytes };
    throw new Error(`${target.name} threw something other than TooComplex: ${String(error)}`, { cause: error });
  }
  for (const patch of patches) {
    if (!(patch.offset >= 0 && patch.offset + patch.bytes.length <= bytes.length)) {
      throw new Error(`${target.name} made a patch outside the file: ${patch.bytes.length} bytes at ${patch.offset} of ${bytes.length}`);
    }
  }
  return { patches: patches.length, heldBytes: budget.used.valueBytes };
}

export function checkXmp(xmp: Buffer): ParserOutcome {
  let out;
  try {
    out = blankXmpGps(xmp);
  } catch (error) {
    if (error instanceof TooComplex) return { tooComplex: error.limit };
    throw new Error(`xmp threw something other than TooComplex: ${String(error)}`, { cause: error });
  }
  if (out === undefined) return { patches: 0 };
  if (out.length !== xmp.length) throw new Error('the XMP changed length');
  for (let i = 0; i < out.length; i++) if (out[i] !== xmp[i] && out[i] !== 0x20) throw new Error(`byte ${i} became something other than a space`);
  if (blankXmpGps(out) !== undefined) throw new Error('GPS was left to find after blanking');
  return { patches: 1 };
}
