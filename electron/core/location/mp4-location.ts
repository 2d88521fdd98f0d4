// Location in MP4 and QuickTime files: the `©xyz` atom (QuickTime user data, "ISO 6709"
// coordinates), the `loci` box (3GPP TS 26.244 §8.11), and Apple's metadata item
// com.apple.quicktime.location.ISO6709 (QuickTime File Format, "Metadata": `keys` + `ilst`).
// Each such atom becomes a `free` atom of the same size with zeroed contents, so no other
// atom moves and every chunk offset stays right. Only atom headers are read, walking into the
// few containers on the way to these atoms; `mdat` and the sample tables are skipped. Every
// atom is a step of the file's Budget and every level deeper is charged to its depth: a `moov`
// of two million 8-byte atoms or of udta boxes nested a million deep ends in TooComplex.

import type { Budget } from './budget.ts';
import type { Patch, ReadAt } from './patches.ts';

const LOCATION_ATOMS = new Set(['\u00a9xyz', 'loci']);
// Atoms that hold other atoms on the way to the ones above.
const CONTAINERS = new Set(['moov', 'trak', 'udta', 'meta', 'ilst']);
const LOCATION_KEY = /^com\.apple\.quicktime\.location\./;

interface Atom {
  readonly type: string;
  /** Where the atom starts in the file. */
  readonly start: number;
  readonly headerSize: number;
  readonly size: number;
}

/** The atom whose header is at `at`, if it fits before `to` (sizes 0 "to the end" and 1 "64-bit" included). */
async function atomAt(read: ReadAt, at: number, to: number, clip = false): Promise<Atom | undefined> {
  if (at + 8 > to) return undefined;
  const head = await read(at, 16);
  if (head.length < 8) return undefined;
  let size = head.readUInt32BE(0);
  let headerSize = 8;
  if (size === 1) {
    if (at + 16 > to || head.length < 16) return undefined;
    size = Number(head.readBigUInt64BE(8));
    headerSize = 16;
  } else if (size === 0) size = to - at;
  if (clip) size = Math.min(size, to - at);
  if (size < headerSize || at + size > to) return undefined;
  return { type: head.toString('latin1', 4, 8), start: at, headerSize, size };
}

/** Calls `visit` for each atom between `from` and `to`, one budget step each. */
async function eachAtom(read: ReadAt, from: number, to: number, budget: Budget, visit: (atom: Atom) => Promise<void> | void): Promise<void> {
  for (let at = from; ;) {
    const atom = await atomAt(read, at, to);
    if (atom === undefined) return;
    budget.step();
    await visit(atom);
    at += atom.size;
  }
}

/** A `free` atom over the whole of `atom`: same size, header kept, contents zeroed. */
function freed(atom: Atom, budget: Budget): Patch {
  budget.patch(atom.size - 4);
  const bytes = Buffer.alloc(atom.size - 4);
  bytes.write('free', 0, 'latin1');
  if (atom.headerSize === 16) bytes.writeBigUInt64BE(BigInt(atom.size), 4);
  return { offset: atom.start + 4, bytes };
}

/** The 1-based indexes of location keys in a `keys` atom (full box: version/flags, count, then size + namespace + name). */
async function locationKeys(read: ReadAt, keys: Atom, budget: Budget): Promise<Set<number>> {
  const found = new Set<number>();
  const buf = await read(keys.start, keys.size);
  let at = keys.headerSize + 8;
  for (let index = 1; at + 8 <= buf.length; index++) {
    budget.step();
    const size = buf.readUInt32BE(at);
    if (size < 8 || at + size > buf.length) break;
    if (LOCATION_KEY.test(buf.toString('latin1', at + 8, Math.min(at + size, at + 8 + 64)))) found.add(index);
    at += size;
  }
  return found;
}

/** The atoms inside `container`, after its header (and the version/flags of an ISO `meta`). */
async function bodyOf(read: ReadAt, container: Atom): Promise<{ from: number; to: number }> {
  let from = container.start + container.headerSize;
  const to = container.start + container.size;
  // ISO `meta` is a full box (4 bytes of version and flags first); QuickTime's is not.
  if (container.type === 'meta' && from + 4 <= to && (await read(from, 4)).readUInt32BE(0) === 0) from += 4;
  return { from, to };
}

async function walk(read: ReadAt, container: Atom, budget: Budget, patches: Patch[]): Promise<void> {
  budget.enter();
  const { from, to } = await bodyOf(read, container);
  // A keyed `ilst` names its items by their key's index, listed in a `keys` beside it.
  let located = new Set<number>();
  if (container.type === 'meta') {
    await eachAtom(read, from, to, budget, async (atom) => {
      if (atom.type === 'keys') located = await locationKeys(read, atom, budget);
    });
  }
  await eachAtom(read, from, to, budget, async (atom) => {
    if (LOCATION_ATOMS.has(atom.type)) {
      patches.push(freed(atom, budget));
    } else if (atom.type === 'ilst' && located.size > 0) {
      // Items of a keyed `ilst` are named by their key's index, as a 32-bit number.
      await eachAtom(read, atom.start + atom.headerSize, atom.start + atom.size, budget, (item) => {
        if (located.has(Buffer.from(item.type, 'latin1').readUInt32BE(0)) || LOCATION_ATOMS.has(item.type)) {
          patches.push(freed(item, budget));
        }
      });
    } else if (CONTAINERS.has(atom.type)) {
      await walk(read, atom, budget, patches);
    }
  });
  budget.leave();
}

/** Patches for every location atom in the file's `moov` (never reading the media). */
export async function mp4Location(read: ReadAt, size: number, budget: Budget): Promise<Patch[]> {
  for (let at = 0; ;) {
    budget.step();
    // A file cut short (a recording that stopped) still has its moov walked, as far as it goes.
    const atom = await atomAt(read, at, size, true);
    if (atom === undefined) return [];
    if (atom.type === 'moov') {
      const patches: Patch[] = [];
      await walk(read, atom, budget, patches);
      return patches;
    }
    at += atom.size;
  }
}
