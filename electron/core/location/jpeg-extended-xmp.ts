// Extended XMP in JPEG (XMP Specification Part 3 §1.1.3.1): an XMP packet too big for one
// APP1 segment continues in APP1 segments headed "http://ns.adobe.com/xmp/extension/\0", a
// 32-character GUID, the whole packet's length and this portion's offset in it (both 32-bit
// big-endian). Readers put the portions together by GUID and offset, so a GPS property can
// start in one segment and end in the next. The portions are put together the same way, the
// GPS blanked with xmp-gps.ts, and each changed byte written back where it came from: the
// packet and every segment keep their length.

import type { Budget } from './budget.ts';
import type { Patch } from './patches.ts';
import { blankXmpGps } from './xmp-gps.ts';

const EXTENSION_ID = Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1');
const GUID_LENGTH = 32;
const HEADER = EXTENSION_ID.length + GUID_LENGTH + 8;
const SPACE = 0x20;

interface Portion {
  readonly guid: string;
  /** Where this portion goes in the whole extended packet. */
  readonly offset: number;
  readonly data: Buffer;
  /** Where `data` starts in the file. */
  readonly fileOffset: number;
}

/** The extended XMP of one JPEG, gathered while its segments are read, then patched at once. */
export class ExtendedXmp {
  readonly #budget: Budget;
  readonly #portions: Portion[] = [];
  #held = 0;

  constructor(budget: Budget) {
    this.#budget = budget;
  }

  /**
   * Keeps the portion an APP1 segment holds (its body after the length; the segment's marker at
   * `segmentAt`), if it is extended XMP. The portions are held until the last segment is read,
   * so together they count against the budget's largest block.
   */
  add(body: Buffer, segmentAt: number): void {
    if (body.length < HEADER || !body.subarray(0, EXTENSION_ID.length).equals(EXTENSION_ID)) return;
    this.#budget.step();
    const data = body.subarray(HEADER);
    this.#held += data.length;
    this.#budget.hold(this.#held);
    this.#portions.push({
      guid: body.toString('latin1', EXTENSION_ID.length, EXTENSION_ID.length + GUID_LENGTH),
      offset: body.readUInt32BE(EXTENSION_ID.length + GUID_LENGTH + 4),
      data,
      fileOffset: segmentAt + 4 + HEADER,
    });
  }

  /** Patches that blank the GPS in every extended packet, written into the portions it came from. */
  patches(): Patch[] {
    const byGuid = new Map<string, Portion[]>();
    for (const portion of this.#portions) {
      const group = byGuid.get(portion.guid);
      if (group === undefined) byGuid.set(portion.guid, [portion]);
      else group.push(portion);
    }
    const patches: Patch[] = [];
    for (const group of byGuid.values()) patches.push(...packetPatches(group, this.#budget));
    return patches;
  }
}

function packetPatches(group: readonly Portion[], budget: Budget): Patch[] {
  // Placed as a reader places them, a later portion over an earlier one where they overlap;
  // a gap stays NUL, which joins no GPS property to another.
  const length = group.reduce((end, p) => Math.max(end, p.offset + p.data.length), 0);
  budget.hold(length);
  const packet = Buffer.alloc(length);
  for (const p of group) p.data.copy(packet, p.offset);
  const blanked = blankXmpGps(packet);
  const patches: Patch[] = [];
  for (const p of group) {
    const out = Buffer.from(p.data);
    if (blanked !== undefined) {
      // Only the bytes the blanking turned to spaces: a portion another one covered keeps its own.
      for (let i = 0; i < out.length; i++) if (blanked[p.offset + i] !== packet[p.offset + i]) out[i] = SPACE;
    }
    // A portion that another one covers is not in the packet above: its own GPS is blanked too.
    const own = blankXmpGps(out) ?? out;
    if (own.equals(p.data)) continue;
    budget.patch(own.length);
    patches.push({ offset: p.fileOffset, bytes: own });
  }
  return patches;
}
