// GPS in XMP (the exif: namespace's GPSLatitude, GPSLongitude, GPSAltitude… as attributes or
// elements; XMP Specification Part 2 §3.3, EXIF schema): each becomes spaces of the same
// length, which XML reads as whitespace, so the packet and its container keep their size.
//
// One pass over the text, in time linear in its length. A regular expression that looks for
// an element's closing tag from each opening tag rescans the rest of the packet per opening
// tag: 512 KiB of unclosed `<a:GPS>` took 7.4 s. Here every closing tag is found once, up front,
// and each search for a `>` or a quote resumes where the last one ended.

import { TooComplex } from './budget.ts';

// An element or attribute whose local name starts with GPS, in any namespace prefix and in any
// case: exif: writes GPSLatitude, DJI's drones drone-dji:GpsLatitude. Each pattern only moves
// forward: no part of the text is scanned twice for one match.
const OPEN = /<([A-Za-z][\w.-]*:GPS[\w.-]*)/gi;
const CLOSE = /<\/([A-Za-z][\w.-]*:GPS[\w.-]*)\s*>/gi;
const ATTRIBUTE = /\s[A-Za-z][\w.-]*:GPS[\w.-]*\s*=\s*(["'])/gi;
// A name ends at a word character, as a regular expression's \b would have it.
const TRAILING = /[.-]+$/;
// Blanking can make text that was not GPS read as GPS (a tag whose end was a blanked element
// becomes a tag; a closing tag whose junk was a blanked attribute becomes one): the packet is
// scanned again until nothing changes. Real packets need one pass; a fourth is refused.
const MAX_PASSES = 4;

/** indexOf that remembers its last answer: searches from ever later positions cost one pass in all. */
function forwardFinder(text: string, char: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(char, from);
    return found;
  };
}

/** Where each GPS element's closing tag starts and ends, by element name, in order. */
function closingTags(text: string): Map<string, { starts: number[]; ends: number[]; next: number }> {
  const tags = new Map<string, { starts: number[]; ends: number[]; next: number }>();
  for (const match of text.matchAll(CLOSE)) {
    const name = match[1]!;
    let tag = tags.get(name);
    if (tag === undefined) tags.set(name, (tag = { starts: [], ends: [], next: 0 }));
    tag.starts.push(match.index);
    tag.ends.push(match.index + match[0].length);
  }
  return tags;
}

/** [start, end) ranges of GPS elements: `<p:GPS…/>`, or `<p:GPS…>` up to the first `</p:GPS…>` after it. */
function elementRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const closing = closingTags(text);
  const nextGt = forwardFinder(text, '>');
  OPEN.lastIndex = 0;
  for (let match = OPEN.exec(text); match !== null; match = OPEN.exec(text)) {
    const name = match[1]!.replace(TRAILING, '');
    const gt = nextGt(match.index + 1 + name.length);
    if (gt < 0) break; // no tag can end any more
    if (text[gt - 1] === '/') {
      ranges.push([match.index, gt + 1]);
      OPEN.lastIndex = gt + 1;
      continue;
    }
    const tag = closing.get(name);
    if (tag === undefined) continue;
    while (tag.next < tag.starts.length && tag.starts[tag.next]! <= gt) tag.next += 1;
    if (tag.next === tag.starts.length) continue; // never closed: left as it is, like any unclosed tag
    const end = tag.ends[tag.next]!;
    ranges.push([match.index, end]);
    OPEN.lastIndex = end;
  }
  return ranges;
}

/** [start, end) ranges of GPS attributes, from the whitespace before the name to the closing quote. */
function attributeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const nextQuote = { '"': forwardFinder(text, '"'), "'": forwardFinder(text, "'") };
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
    const open = match.index + match[0].length;
    const close = nextQuote[match[1] as '"' | "'"](open);
    if (close < 0) {
      ATTRIBUTE.lastIndex = match.index + 1;
      continue;
    }
    ranges.push([match.index, close + 1]);
    ATTRIBUTE.lastIndex = close + 1;
  }
  return ranges;
}

/** One pass: elements, then attributes (one inside a blanked element is gone already). Says whether anything changed. */
function blankOnce(out: Buffer): boolean {
  const elements = elementRanges(out.toString('latin1'));
  for (const [start, end] of elements) out.fill(0x20, start, end);
  const attributes = attributeRanges(out.toString('latin1'));
  for (const [start, end] of attributes) out.fill(0x20, start, end);
  return elements.length + attributes.length > 0;
}

/** The XMP with its GPS blanked, or undefined when it has none. Latin-1 keeps byte positions. */
export function blankXmpGps(xmp: Buffer): Buffer | undefined {
  const out = Buffer.from(xmp);
  if (!blankOnce(out)) return undefined;
  for (let pass = 2; blankOnce(out); pass++) if (pass >= MAX_PASSES) throw new TooComplex('steps', MAX_PASSES);
  return out;
}
