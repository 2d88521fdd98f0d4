// Location in MP4 and QuickTime files: the `©xyz` atom (QuickTime user data, "ISO 6709"
// coordinates), the `loci` box (3GPP TS 26.244 §8.11), and Apple's metadata item
// com.apple.quicktime.location.ISO6709 (QuickTime File Format, "Metadata": `keys` + `ilst`).
// Each such atom becomes a `free` atom of the same size with zeroed contents, so no other
// atom moves and every chunk offset stays right. Only the top-level headers and `moov` (whose
// size is bounded: it indexes the media, it does not hold it) are read; `mdat` is skipped.

import { type Patch, type ReadAt } from './patches.ts';

const LOCATION_ATOMS = new Set(['\u00a9xyz', 'loci']);
// Atoms that hold other atoms on the way to the ones above.
const CONTAINERS = new Set(['moov', 'trak', 'udta', 'meta', 'ilst']);
const LOCATION_KEY = /^com\.apple\.quicktime\.location\./;
// A `moov` larger than this is not one a camera writes (hours of video index in a few MB).
const MAX_MOOV = 256 * 1024 * 1024;

interface Atom {
  readonly type: string;
  /** Where the atom starts, in the buffer or file. */
  readonly start: number;
  readonly headerSize: number;
  readonly size: number;
}

/** The atoms between `from` and `to` in `buf` (sizes 0 "to the end" and 1 "64-bit" included). */
function atomsIn(buf: Buffer, from: number, to: number): Atom[] {
  const atoms: Atom[] = [];
  for (let at = from; at + 8 <= to;) {
    let size = buf.readUInt32BE(at);
    let headerSize = 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = Number(buf.readBigUInt64BE(at + 8));
      headerSize = 16;
    } else if (size === 0) size = to - at;
    if (size < headerSize || at + size > to) break;
    atoms.push({ type: buf.toString('latin1', at + 4, at + 8), start: at, headerSize, size });
    at += size;
  }
  return atoms;
}

/** A `free` atom over the whole of `atom` at `fileOffset`: same size, header kept, contents zeroed. */
function freed(atom: Atom, fileOffset: number): Patch {
  const bytes = Buffer.alloc(atom.size - 4);
  bytes.write('free', 0, 'latin1');
  if (atom.headerSize === 16) bytes.writeBigUInt64BE(BigInt(atom.size), 4);
  return { offset: fileOffset + atom.start + 4, bytes };
}

/** The 1-based indexes of location keys in a `keys` atom (full box: version/flags, count, then size + namespace + name). */
function locationKeys(buf: Buffer, keys: Atom): Set<number> {
  const found = new Set<number>();
  const end = keys.start + keys.size;
  let at = keys.start + keys.headerSize + 8;
  for (let index = 1; at + 8 <= end; index++) {
    const size = buf.readUInt32BE(at);
    if (size < 8 || at + size > end) break;
    if (LOCATION_KEY.test(buf.toString('latin1', at + 8, at + size))) found.add(index);
    at += size;
  }
  return found;
}

function walk(buf: Buffer, from: number, to: number, fileOffset: number, patches: Patch[]): void {
  const atoms = atomsIn(buf, from, to);
  const keys = atoms.find((a) => a.type === 'keys');
  const located = keys === undefined ? new Set<number>() : locationKeys(buf, keys);
  for (const atom of atoms) {
    if (LOCATION_ATOMS.has(atom.type)) {
      patches.push(freed(atom, fileOffset));
    } else if (atom.type === 'ilst' && located.size > 0) {
      // Items of a keyed `ilst` are named by their key's index, as a 32-bit number.
      for (const item of atomsIn(buf, atom.start + atom.headerSize, atom.start + atom.size)) {
        if (located.has(buf.readUInt32BE(item.start + 4))) patches.push(freed(item, fileOffset));
        else if (LOCATION_ATOMS.has(item.type)) patches.push(freed(item, fileOffset));
      }
    } else if (CONTAINERS.has(atom.type)) {
      let inner = atom.start + atom.headerSize;
      // ISO `meta` is a full box (4 bytes of version and flags first); QuickTime's is not.
      if (atom.type === 'meta' && inner + 4 <= buf.length && buf.readUInt32BE(inner) === 0) inner += 4;
      walk(buf, inner, atom.start + atom.size, fileOffset, patches);
    }
  }
}

/** Patches for every location atom in the file's `moov`, read on its own (never the media). */
export async function mp4Location(read: ReadAt, size: number): Promise<Patch[]> {
  for (let at = 0; at + 8 <= size;) {
    const head = await read(at, 16);
    let atomSize = head.readUInt32BE(0);
    if (atomSize === 1 && head.length >= 16) atomSize = Number(head.readBigUInt64BE(8));
    else if (atomSize === 0) atomSize = size - at;
    if (atomSize < 8) return [];
    if (head.toString('latin1', 4, 8) === 'moov') {
      if (atomSize > MAX_MOOV) return [];
      const moov = await read(at, atomSize);
      const patches: Patch[] = [];
      walk(moov, 0, moov.length, at, patches);
      return patches;
    }
    at += atomSize;
  }
  return [];
}
