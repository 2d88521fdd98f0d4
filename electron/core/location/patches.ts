// What the location remover changes in a copy of a file: bytes overwritten in place, never
// moved, so every offset in the file (image data, MP4 chunk offsets) stays valid and nothing is
// re-encoded. Reading goes through `read` so a huge video is never read whole.

export interface Patch {
  /** Where in the file, from its first byte. */
  readonly offset: number;
  readonly bytes: Buffer;
}

/** Reads up to `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

/** A reader over bytes already in memory, placed at `base` in the file. */
export function bufferReader(buffer: Buffer, base = 0): ReadAt {
  return async (offset, length) => buffer.subarray(Math.max(0, offset - base), Math.max(0, offset - base + length));
}

export function zeros(offset: number, length: number): Patch {
  return { offset, bytes: Buffer.alloc(length) };
}

/** Applies patches to a buffer that holds the file's bytes from `base` on (for checksums over patched chunks). */
export function patched(buffer: Buffer, base: number, patches: readonly Patch[]): Buffer {
  const copy = Buffer.from(buffer);
  for (const p of patches) p.bytes.copy(copy, p.offset - base);
  return copy;
}
