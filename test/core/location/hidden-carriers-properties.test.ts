// Properties of the carriers added for issue 22, over generated files: whatever form the GPS
// takes in the XMP (attribute or element, any prefix), however the packet is compressed, cut
// into segments or placed among boxes, nothing a reader could find of the location is left,
// the file keeps its length and the rest of its metadata; and a damaged file never makes the
// remover write outside the file or fail with anything but its own TooComplex.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, crc32 } from 'node:zlib';
import { Budget, TooComplex } from '../../../electron/core/location/budget.ts';
import { jpegLocation, pngLocation, tiffLocation } from '../../../electron/core/location/image-location.ts';
import { mp4XmpPatches } from '../../../electron/core/location/mp4-xmp.ts';
import { bufferReader, patched, type Patch } from '../../../electron/core/location/patches.ts';
import { extendedXmpOf, jpegWithExtendedPacket, jpegWithExtendedXmp, locationVisibleIn, movWithXmpAtom, mp4WithXmpUuid, pngWithChunks, pngWithCompressedXmp, pngWithRawExifProfile, tiffWithXmp } from '../../fixtures/hidden-location-media.ts';
import { atom, MP4_MEDIA, mp4WithLocation, pngChunk, tiffBlock, XMP_LATITUDE } from '../../fixtures/located-media.ts';

const KEPT = 'kept-caption';

/** An XMP packet with one to four GPS properties holding XMP_LATITUDE, in the forms writers use. */
const xmpWithGps = fc.record({
  properties: fc.array(fc.record({
    prefix: fc.constantFrom('exif', 'Iptc4xmpExt', 'mwg-rs', 'p.1'),
    name: fc.constantFrom('GPSLatitude', 'GPSLongitude', 'GPSDestLatitude', 'GPSAltitude'),
    form: fc.constantFrom('"', "'", 'element', 'empty element'),
    space: fc.constantFrom(' ', '\n  ', '\t'),
  }), { minLength: 1, maxLength: 4 }),
  filler: fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '.', '7', '\n'), maxLength: 3000 }),
}).map(({ properties, filler }) => {
  const attributes = properties.filter((p) => p.form === '"' || p.form === "'").map((p) => `${p.space}${p.prefix}:${p.name}=${p.form}${XMP_LATITUDE}${p.form}`).join('');
  const elements = properties.filter((p) => p.form.includes('element')).map((p) => (p.form === 'element'
    ? `<${p.prefix}:${p.name}>${XMP_LATITUDE}</${p.prefix}:${p.name}>`
    : `<${p.prefix}:${p.name} rdf:value="${XMP_LATITUDE}"/>`)).join(filler.slice(0, 20));
  // Every property must hold the latitude, so a form with no attribute and no element is not made.
  const body = attributes === '' && elements === '' ? ` exif:GPSLatitude="${XMP_LATITUDE}"` : attributes;
  return Buffer.from(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""${body}><dc:description>${KEPT}${filler}</dc:description>${elements}</rdf:Description></rdf:RDF></x:xmpmeta>`, 'utf8');
});

const apply = (bytes: Buffer, patches: readonly Patch[]): Buffer => {
  for (const p of patches) expect(p.offset + p.bytes.length).toBeLessThanOrEqual(bytes.length);
  return patched(bytes, 0, patches);
};

function crcsHold(png: Buffer): boolean {
  for (let at = 8; at + 12 <= png.length;) {
    const length = png.readUInt32BE(at);
    if (png.readUInt32BE(at + 8 + length) !== crc32(png.subarray(at + 4, at + 8 + length))) return false;
    at += 12 + length;
  }
  return true;
}

function rawProfile(profile: Buffer, width: number, upper: boolean): Buffer {
  const hex = profile.toString('hex');
  const lines = hex.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
  return Buffer.from(`\nexif\n${String(profile.length).padStart(8)}\n${upper ? lines.toUpperCase() : lines}\n`, 'latin1');
}

describe('PNG text chunks', () => {
  it('leave no GPS from compressed XMP, whatever its form and compression, with every CRC right', async () => {
    await fc.assert(fc.asyncProperty(xmpWithGps, fc.constantFrom('iTXt', 'zTXt'), fc.integer({ min: 0, max: 9 }), async (xmp, type, level) => {
      const head = type === 'iTXt' ? 'XML:com.adobe.xmp\0\x01\x00en\0\0' : 'XML:com.adobe.xmp\0\0';
      const png = pngWithChunks(pngChunk('tEXt', Buffer.from('Title\0kept', 'latin1')), pngChunk(type, Buffer.concat([Buffer.from(head, 'latin1'), deflateSync(xmp, { level })])));
      expect(locationVisibleIn(png)).toBe(true);
      const out = apply(png, await pngLocation(bufferReader(png), png.length, new Budget()));
      expect(locationVisibleIn(out)).toBe(false);
      expect(crcsHold(out)).toBe(true);
      expect(out.includes('Title\0kept')).toBe(true);
    }), { numRuns: 150 });
  });

  it('leave no GPS from an EXIF raw profile, in any text chunk, keyword case, hex case or line width', async () => {
    const chunks = fc.constantFrom('zTXt', 'tEXt', 'iTXt compressed', 'iTXt');
    await fc.assert(fc.asyncProperty(chunks, fc.constantFrom('Raw profile type exif', 'Raw profile type APP1', 'raw profile type EXIF'), fc.boolean(), fc.integer({ min: 2, max: 120 }), fc.boolean(), async (chunk, keyword, exifHeader, width, upper) => {
      const profile = Buffer.concat([exifHeader ? Buffer.from('Exif\0\0', 'latin1') : Buffer.alloc(0), tiffBlock('located')]);
      const text = rawProfile(profile, width, upper);
      const data = chunk === 'tEXt' ? Buffer.concat([Buffer.from(`${keyword}\0`, 'latin1'), text])
        : chunk === 'zTXt' ? Buffer.concat([Buffer.from(`${keyword}\0\0`, 'latin1'), deflateSync(text)])
          : Buffer.concat([Buffer.from(`${keyword}\0${chunk === 'iTXt' ? '\0' : '\x01'}\0\0\0`, 'latin1'), chunk === 'iTXt' ? text : deflateSync(text)]);
      const png = pngWithChunks(pngChunk(chunk.slice(0, 4), data));
      expect(locationVisibleIn(png)).toBe(true);
      const out = apply(png, await pngLocation(bufferReader(png), png.length, new Budget()));
      expect(locationVisibleIn(out)).toBe(false);
      expect(crcsHold(out)).toBe(true);
    }), { numRuns: 150 });
  });
});

describe('JPEG extended XMP', () => {
  it('leaves no GPS, however the packet is cut into segments and in whatever order they come, and keeps the rest', async () => {
    await fc.assert(fc.asyncProperty(xmpWithGps, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), fc.constantFrom('in order', 'reversed', 'rotated'), async (packet, fractions, order) => {
      const cuts = fractions.map((f) => Math.floor(f * packet.length));
      const count = new Set(cuts.filter((c) => c > 0 && c < packet.length)).size + 1;
      const indexes = [...Array(count).keys()];
      const arranged = order === 'reversed' ? indexes.reverse() : order === 'rotated' ? [...indexes.slice(1), 0] : indexes;
      const jpeg = jpegWithExtendedPacket(packet, cuts, undefined, arranged);
      expect(extendedXmpOf(jpeg).includes(XMP_LATITUDE)).toBe(true);
      const out = apply(jpeg, await jpegLocation(bufferReader(jpeg), jpeg.length, new Budget()));
      const after = extendedXmpOf(out);
      expect(after.length).toBe(packet.length);
      expect(after.includes(XMP_LATITUDE)).toBe(false);
      expect(after.includes(KEPT)).toBe(true);
      expect(out.length).toBe(jpeg.length);
    }), { numRuns: 150 });
  });
});

describe('TIFF and MP4 XMP', () => {
  it('a TIFF\'s XMP tag 700 keeps no GPS, whatever its form', async () => {
    await fc.assert(fc.asyncProperty(xmpWithGps, async (xmp) => {
      const tiff = Buffer.from(tiffWithXmp('plain'));
      // The same TIFF with another packet: the tag's count and the bytes after the IFD.
      const ifdEnd = 8 + 2 + 2 * 12 + 4;
      const file = Buffer.concat([tiff.subarray(0, ifdEnd), xmp]);
      file.writeUInt32BE(xmp.length, 8 + 2 + 12 + 4);
      expect(file.includes(XMP_LATITUDE)).toBe(true);
      const out = apply(file, await tiffLocation(bufferReader(file), file.length, new Budget()));
      expect(out.includes(XMP_LATITUDE)).toBe(false);
      expect(out.includes(KEPT)).toBe(true);
    }), { numRuns: 100 });
  });

  it('an MP4\'s XMP uuid box keeps no GPS wherever it sits among the boxes, and the media stays where it was', async () => {
    const uuid = Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex');
    await fc.assert(fc.asyncProperty(xmpWithGps, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 }), fc.boolean(), async (xmp, place, frees, wide) => {
      const box = wide
        ? Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from('uuid', 'latin1'), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(16 + 16 + xmp.length)); return b; })(), uuid, xmp])
        : atom('uuid', uuid, xmp);
      const plain = mp4WithLocation('plain');
      const ftypEnd = plain.readUInt32BE(0);
      const moovEnd = ftypEnd + plain.readUInt32BE(ftypEnd);
      const parts = [plain.subarray(0, ftypEnd), plain.subarray(ftypEnd, moovEnd), plain.subarray(moovEnd)];
      parts.splice(1 + Math.min(place, 2), 0, Buffer.concat([...Array(frees).fill(atom('free')), box]));
      const file = Buffer.concat(parts);
      const out = apply(file, await mp4XmpPatches(bufferReader(file), file.length, new Budget()));
      expect(out.includes(XMP_LATITUDE)).toBe(false);
      expect(out.includes(KEPT)).toBe(true);
      expect(out.indexOf(MP4_MEDIA)).toBe(file.indexOf(MP4_MEDIA));
    }), { numRuns: 100 });
  });
});

describe('damaged carriers', () => {
  const finders: [string, Buffer, (bytes: Buffer) => Promise<Patch[]>][] = [
    ['compressed PNG XMP', pngWithCompressedXmp(), (b) => pngLocation(bufferReader(b), b.length, new Budget())],
    ['PNG raw profile', pngWithRawExifProfile(), (b) => pngLocation(bufferReader(b), b.length, new Budget())],
    ['JPEG extended XMP', jpegWithExtendedXmp(), (b) => jpegLocation(bufferReader(b), b.length, new Budget())],
    ['TIFF XMP', tiffWithXmp(), (b) => tiffLocation(bufferReader(b), b.length, new Budget())],
    ['MP4 XMP uuid', mp4WithXmpUuid(), (b) => mp4XmpPatches(bufferReader(b), b.length, new Budget())],
    ['MOV XMP_', movWithXmpAtom(), (b) => mp4XmpPatches(bufferReader(b), b.length, new Budget())],
  ];

  it.each(finders)('%s, with bytes changed or cut short, is patched only inside the file or refused with TooComplex', async (_name, real, find) => {
    const mutation = fc.record({
      flips: fc.array(fc.record({ at: fc.nat({ max: real.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }),
      cut: fc.nat({ max: real.length }),
    });
    await fc.assert(fc.asyncProperty(mutation, async ({ flips, cut }) => {
      const bytes = Buffer.from(real.subarray(0, Math.max(cut, 8)));
      for (const f of flips) if (f.at < bytes.length) bytes[f.at] = f.value;
      try {
        apply(bytes, await find(bytes));
      } catch (error) {
        expect(error).toBeInstanceOf(TooComplex);
      }
    }), { numRuns: 300 });
  });
});
