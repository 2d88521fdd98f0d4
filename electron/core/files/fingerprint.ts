// A file's fingerprint: what "Already uploaded?" compares, after the provider and the exact
// size, to recognise the same bytes added again. It is taken as the file streams out, so every
// byte of every upload passes through it, and its cost is paid per gigabyte (issue 14).
//
// XXH3 (64-bit, xxHash's native code through @node-rs/xxhash): ~0.05 CPU-seconds per GiB here,
// where SHA-256 (OpenSSL with the CPU's SHA instructions) took ~0.65 s, more than curl's whole
// upload of the same GiB. A fingerprint only has to tell a person's own files apart, among
// uploads to one provider of exactly one size: an accidental match of two different files is
// about 1 in 2^64 per pair. XXH3 is not made to resist files crafted to collide, which buys
// nothing here: such a pair would only offer the first file's link for the second, and the
// person still chooses whether to use it.
//
// Written as "<algorithm>:<hex>", so an entry says how it was taken. Histories from before
// XXH3 hold SHA-256 fingerprints (read as "sha256:<hex>", electron/core/history/history-line.ts); a
// file compared with one of those is fingerprinted with SHA-256 for that comparison.

import { createHash } from 'node:crypto';
import { xxh3 } from '@node-rs/xxhash';

export type FingerprintAlgorithm = 'xxh3' | 'sha256';

/** The algorithm every new fingerprint is taken with. */
export const FINGERPRINT_ALGORITHM: FingerprintAlgorithm = 'xxh3';

const FORMAT = /^(?:xxh3:[0-9a-f]{16}|sha256:[0-9a-f]{64})$/;

export function isFingerprint(value: string): boolean {
  return FORMAT.test(value);
}

export function fingerprintAlgorithm(fingerprint: string): FingerprintAlgorithm {
  return fingerprint.startsWith('sha256:') ? 'sha256' : 'xxh3';
}

export interface Fingerprinter {
  /** The next bytes of the file, in order. */
  update(chunk: Uint8Array): void;
  /** The fingerprint of every byte given so far. */
  digest(): string;
}

export function fingerprinter(algorithm: FingerprintAlgorithm = FINGERPRINT_ALGORITHM): Fingerprinter {
  if (algorithm === 'sha256') {
    const hash = createHash('sha256');
    return {
      update: (chunk) => void hash.update(chunk),
      // copy(): digesting a Node hash ends it, and a caller may ask before the last byte.
      digest: () => `sha256:${hash.copy().digest('hex')}`,
    };
  }
  // Seed 0: the same bytes give the same fingerprint in every version and on every machine.
  const hash = xxh3.Xxh3.withSeed(0n);
  return {
    update: (chunk) => void hash.update(chunk),
    digest: () => `xxh3:${hash.digest().toString(16).padStart(16, '0')}`,
  };
}
