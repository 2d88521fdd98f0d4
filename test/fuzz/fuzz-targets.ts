// What the location parsers are fuzzed with, shared by the property tests (in `npm test`) and
// the longer `npm run fuzz` (run-fuzz.ts): per parser, real files to mutate (from the fixtures,
// with and without location, and small versions of issue 22's crafted files) and the bytes a
// file of that format starts with, for random inputs that get past the first check.

import fc from 'fast-check';
import { FINDERS } from '../../electron/core/location/location-finders.ts';
import { gpsClaimingWholeBlock, mp4OfNestedUdta } from '../fixtures/hostile-media.ts';
import { jpegWithLocation, mp4WithLocation, pngWithLocation, tiffBlock, webpWithLocation, xmpPacket } from '../fixtures/located-media.ts';
import type { LocationFormat } from '../../electron/core/location/location-formats.ts';

export interface FuzzTarget {
  /** The parser's name, also the prefix of its regression files in test/fixtures/fuzz/. */
  readonly name: string;
  readonly formatId: string;
  /** Real inputs, mutated by the fuzzer. */
  readonly seeds: readonly Buffer[];
  /** What a file of the format starts with. */
  readonly magic: Buffer;
}

const small = {
  claims: gpsClaimingWholeBlock(4096, 40),
  nested: mp4OfNestedUdta(64),
};

function pngOf(...chunks: Buffer[]): Buffer {
  const png = pngWithLocation('plain');
  // Splices extra chunks in before IDAT (after the signature and IHDR: 8 + 25 bytes).
  return Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  { name: 'jpeg', formatId: 'jpg', magic: Buffer.from([0xff, 0xd8]), seeds: [jpegWithLocation(), jpegWithLocation('plain')] },
  { name: 'png', formatId: 'png', magic: pngWithLocation().subarray(0, 8), seeds: [pngWithLocation(), pngWithLocation('plain'), pngOf(pngChunk('eXIf', small.claims))] },
  { name: 'webp', formatId: 'webp', magic: webpWithLocation().subarray(0, 12), seeds: [webpWithLocation(), webpWithLocation('plain')] },
  { name: 'tiff', formatId: 'tif', magic: Buffer.from('MM\0*', 'latin1'), seeds: [tiffBlock('located'), tiffBlock('plain'), small.claims] },
  { name: 'mp4', formatId: 'mp4', magic: mp4WithLocation().subarray(0, 8), seeds: [mp4WithLocation(), mp4WithLocation('plain'), small.nested] },
];

export const finderOf = (target: FuzzTarget) => FINDERS[target.formatId as LocationFormat];

// Numbers that sizes, counts and offsets in these formats trip over.
const INTERESTING = [0, 1, 2, 4, 7, 8, 12, 16, 255, 0x7fff, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff];

type Mutation =
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'int'; at: number; value: number; width: 2 | 4; le: boolean }
  | { kind: 'cut'; at: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('int' as const), at: fc.nat(), value: fc.constantFrom(...INTERESTING), width: fc.constantFrom(2 as const, 4 as const), le: fc.boolean() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 200 }) }),
);

function mutate(seed: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.from(seed);
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const at = m.at % bytes.length;
    if (m.kind === 'byte') bytes[at] = m.value;
    else if (m.kind === 'int' && at + m.width <= bytes.length) {
      const value = m.width === 2 ? m.value & 0xffff : m.value;
      if (m.width === 2) (m.le ? bytes.writeUInt16LE(value, at) : bytes.writeUInt16BE(value, at));
      else (m.le ? bytes.writeUInt32LE(value, at) : bytes.writeUInt32BE(value, at));
    } else if (m.kind === 'cut') bytes = bytes.subarray(0, at);
    else if (m.kind === 'repeat') {
      const piece = bytes.subarray(at, at + m.length);
      bytes = Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: m.times }, () => piece), bytes.subarray(at)]);
    }
  }
  return bytes;
}

/** Inputs for one parser: random bytes after the format's first bytes, and mutated real files. */
export function inputsFor(target: FuzzTarget): fc.Arbitrary<Buffer> {
  const random = fc.uint8Array({ maxLength: 4096 }).map((tail) => Buffer.concat([target.magic, tail]));
  const mutated = fc.tuple(fc.constantFrom(...target.seeds), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([seed, ms]) => mutate(seed, ms));
  return fc.oneof({ weight: 1, arbitrary: random }, { weight: 3, arbitrary: mutated });
}

/** XMP text for the GPS blanker: the pieces its scanner looks for, in any order, and real packets cut anywhere. */
export const xmpInputs: fc.Arbitrary<Buffer> = fc.oneof(
  fc.array(fc.constantFrom('<', '</', '>', '/>', 'a:GPS', 'exif:GPSLatitude', 'b:GPSx', 'x', ' ', '=', '"', "'", '\n', 'rdf:li'), { maxLength: 400 })
    .map((pieces) => Buffer.from(pieces.join(''), 'latin1')),
  fc.tuple(fc.constantFrom(xmpPacket('located'), xmpPacket('plain')), fc.nat(), fc.nat()).map(([packet, a, b]) => packet.subarray(Math.min(a, b) % packet.length, Math.max(a, b) % (packet.length + 1))),
);
