// Reads a file for the location parsers in blocks, not one disk read per header: a JPEG made
// of 4-byte segments cost one awaited read per 4 bytes (70 s for 8 MiB). Small reads are
// served from the last 64 KiB block read; every read from the disk and every block held is
// charged to the file's Budget, so a file cannot make the parser read or hold without end.

import type { Budget } from './budget.ts';
import type { ReadAt } from './patches.ts';

/** Fills `buffer` from `position` in the file; resolves to the number of bytes read. */
export type ReadInto = (buffer: Buffer, position: number) => Promise<number>;

// Large enough that a run of small segments or chunk headers is one read, small enough that
// skipping over image data wastes little.
const BLOCK = 64 * 1024;
const EMPTY = Buffer.alloc(0);

/** A ReadAt over a file of `size` bytes, reading through `readInto` and charging `budget`. */
export function blockReader(readInto: ReadInto, size: number, budget: Budget, blockSize = BLOCK): ReadAt {
  let block: Buffer = EMPTY;
  let blockAt = 0;
  const fill = async (at: number, length: number): Promise<Buffer> => {
    budget.hold(length);
    budget.read(length);
    const buffer = Buffer.alloc(length);
    const got = await readInto(buffer, at);
    return got === length ? buffer : buffer.subarray(0, got);
  };
  return async (offset, length) => {
    if (!(offset >= 0 && offset < size && length > 0)) return EMPTY;
    const wanted = Math.min(length, size - offset);
    if (offset >= blockAt && offset + wanted <= blockAt + block.length) return block.subarray(offset - blockAt, offset - blockAt + wanted);
    // A block wanted whole (an EXIF block, an XMP packet) is read on its own.
    if (wanted >= blockSize) return fill(offset, wanted);
    // A new buffer each time: what callers kept of the last block stays valid.
    block = await fill(offset, Math.min(blockSize, size - offset));
    blockAt = offset;
    return block.subarray(0, wanted);
  };
}

/** A ReadAt over bytes in memory (tests, fuzzing), charging `budget` as the disk reader would. */
export function memoryReader(bytes: Buffer, budget: Budget): ReadAt {
  return blockReader(async (buffer, position) => bytes.copy(buffer, 0, position, position + buffer.length), bytes.length, budget);
}
