// What checking one file for location may cost at most. A file's metadata says how big its
// blocks are, how many entries an index has and how deep boxes nest, and a crafted file can
// claim anything: a parser that trusts it spends gigabytes or minutes. Every parser of the
// location remover takes one Budget per file and reports what it is about to do (a step, a
// block held in memory, a patch, a read, a level deeper); past a cap it throws TooComplex,
// the engine's own error, and the upload is refused with a sentence (never sent unchecked).
//
// For a new carrier: call `budget.step()` once per segment, chunk, atom, entry or tag looked
// at, `budget.hold(n)` before reading or allocating n bytes at once, `budget.patch(n)` for each
// patch of n bytes, and `budget.enter()`/`budget.leave()` around a walk into nested boxes.

export interface BudgetLimits {
  /** Segments, chunks, atoms, entries and tags looked at, in the whole file. */
  readonly steps: number;
  /** Places changed in the copy. */
  readonly patches: number;
  /** Bytes changed in the copy, all patches together. */
  readonly patchBytes: number;
  /** The largest block held in memory at once (an EXIF block, an XMP packet, a `keys` atom). */
  readonly valueBytes: number;
  /** Boxes inside boxes. */
  readonly depth: number;
  /** Reads from the disk. */
  readonly reads: number;
  /** Bytes read from the disk, all reads together. */
  readonly readBytes: number;
}

/**
 * Far above what any camera, phone or editor writes, far below what hurts: a real photo has
 * tens of segments and one GPS IFD of ~10 entries, a real video's moov nests ~6 deep, and an
 * XMP packet is kilobytes. The step and read caps let a 1 GB PNG of 8 KiB chunks through.
 */
export const DEFAULT_LIMITS: BudgetLimits = {
  steps: 1_000_000,
  patches: 10_000,
  patchBytes: 16 * 1024 * 1024,
  valueBytes: 16 * 1024 * 1024,
  depth: 32,
  reads: 20_000,
  readBytes: 1024 * 1024 * 1024,
};

export type BudgetLimit = keyof BudgetLimits;

/** Checking a file would cost more than its budget allows: it is refused, not sent unchecked. */
export class TooComplex extends Error {
  readonly limit: BudgetLimit;

  constructor(limit: BudgetLimit, cap: number) {
    super(`checking for location would exceed the ${limit} cap (${cap})`);
    this.name = 'TooComplex';
    this.limit = limit;
  }
}

export class Budget {
  readonly limits: BudgetLimits;
  /** What was spent so far: for the fuzz report and for tests. */
  readonly used: Record<BudgetLimit, number> = { steps: 0, patches: 0, patchBytes: 0, valueBytes: 0, depth: 0, reads: 0, readBytes: 0 };
  #depth = 0;

  constructor(limits: Partial<BudgetLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  #spend(limit: BudgetLimit, amount: number): void {
    this.used[limit] += amount;
    if (this.used[limit] > this.limits[limit]) throw new TooComplex(limit, this.limits[limit]);
  }

  /** One more segment, chunk, atom, entry or tag looked at. */
  step(count = 1): void {
    this.#spend('steps', count);
  }

  /** About to hold `bytes` in memory at once (a block read whole, a buffer allocated). */
  hold(bytes: number): void {
    if (!(bytes <= this.limits.valueBytes)) throw new TooComplex('valueBytes', this.limits.valueBytes);
    this.used.valueBytes = Math.max(this.used.valueBytes, bytes);
  }

  /** One more patch of `bytes` bytes. */
  patch(bytes: number): void {
    this.hold(bytes);
    this.#spend('patches', 1);
    this.#spend('patchBytes', bytes);
  }

  /** One read of `bytes` bytes from the disk (the block reader calls this). */
  read(bytes: number): void {
    this.#spend('reads', 1);
    this.#spend('readBytes', bytes);
  }

  /** One level deeper into nested boxes; pair with leave(). */
  enter(): void {
    this.#depth += 1;
    this.used.depth = Math.max(this.used.depth, this.#depth);
    if (this.#depth > this.limits.depth) throw new TooComplex('depth', this.limits.depth);
  }

  leave(): void {
    this.#depth -= 1;
  }
}
