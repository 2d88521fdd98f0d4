// GPS in XMP (the exif: namespace's GPSLatitude, GPSLongitude, GPSAltitude… as attributes or
// elements; XMP Specification Part 2 §3.3, EXIF schema): each becomes spaces of the same
// length, which XML reads as whitespace, so the packet and its container keep their size.

// An attribute or element whose local name starts with GPS, in any namespace prefix.
const ATTRIBUTE = /\s[A-Za-z][\w.-]*:GPS[\w.-]*\s*=\s*("[^"]*"|'[^']*')/g;
const ELEMENT = /<([A-Za-z][\w.-]*:GPS[\w.-]*)\b[^>]*?(\/>|>[\s\S]*?<\/\1\s*>)/g;

/** The XMP with its GPS blanked, or undefined when it has none. Latin-1 keeps byte positions. */
export function blankXmpGps(xmp: Buffer): Buffer | undefined {
  const text = xmp.toString('latin1');
  const blank = (match: string): string => ' '.repeat(match.length);
  const out = text.replace(ELEMENT, blank).replace(ATTRIBUTE, blank);
  return out === text ? undefined : Buffer.from(out, 'latin1');
}
