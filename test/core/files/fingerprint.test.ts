// The fingerprint every upload records ("Already uploaded?" compares it): XXH3 from xxHash's
// reference values, the same however the bytes are cut into chunks, and SHA-256 still taken
// for histories written before XXH3.

import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintAlgorithm, fingerprinter, isFingerprint } from '../../../electron/core/files/fingerprint.ts';
import { parseEntryLine, completeEntry } from '../../../electron/core/history/history-line.ts';
import { uploaded } from '../history/history-test-entries.ts';

describe('fingerprints', () => {
  it('are XXH3-64 with seed 0, as xxHash publishes it', () => {
    // xxHash's sanity values (cli/xsum_sanity_check.c): XXH3_64bits of no bytes is 2D06800538D394C2.
    expect(fingerprinter().digest()).toBe('xxh3:2d06800538d394c2');
    const one = fingerprinter();
    one.update(Buffer.from('a'));
    expect(one.digest()).toBe('xxh3:e6c632b61e964e1f');
  });

  it('do not depend on how the file was cut into chunks', () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const whole = fingerprinter();
    whole.update(bytes);
    const pieces = fingerprinter();
    for (let at = 0; at < bytes.length;) {
      const size = 1 + Math.floor(Math.random() * 300_000);
      pieces.update(bytes.subarray(at, at + size));
      at += size;
    }
    expect(pieces.digest()).toBe(whole.digest());
    // Asking early does not end it.
    const early = fingerprinter();
    early.update(bytes.subarray(0, 10));
    early.digest();
    early.update(bytes.subarray(10));
    expect(early.digest()).toBe(whole.digest());
  });

  it('can still be SHA-256, as histories before XXH3 wrote them', () => {
    const bytes = randomBytes(100_000);
    const sha = fingerprinter('sha256');
    sha.update(bytes.subarray(0, 5));
    sha.update(bytes.subarray(5));
    expect(sha.digest()).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(fingerprintAlgorithm(sha.digest())).toBe('sha256');
    expect(fingerprintAlgorithm(fingerprinter().digest())).toBe('xxh3');
  });

  it('are recognised by their shape only', () => {
    expect(isFingerprint('xxh3:2d06800538d394c2')).toBe(true);
    expect(isFingerprint(`sha256:${'0'.repeat(64)}`)).toBe(true);
    for (const bad of ['2d06800538d394c2', 'xxh3:2D06800538D394C2', 'xxh3:2d068005', `sha256:${'0'.repeat(63)}`, 'md5:00']) {
      expect(isFingerprint(bad), bad).toBe(false);
    }
  });

  it('in the history: a new entry holds one; an old entry\'s sha256 is read as one; a malformed one is refused on write', () => {
    const fingerprint = fingerprinter().digest();
    const written = completeEntry(uploaded('new.mp3', { fingerprint }), 'id-new', '2026-12-01T00:00:00.000Z');
    expect(written.fingerprint).toBe(fingerprint);
    const hex = 'ab'.repeat(32);
    const old = parseEntryLine(JSON.stringify({ ...written, fingerprint: undefined, sha256: hex }));
    expect(old?.fingerprint).toBe(`sha256:${hex}`);
    expect(old).not.toHaveProperty('sha256');
    expect(() => completeEntry(uploaded('bad.mp3', { fingerprint: 'xxh3:nothex' }), 'id-bad', '2026-12-01T00:00:00.000Z')).toThrow(/Not a valid history entry/);
  });
});
