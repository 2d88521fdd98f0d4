// @vitest-environment node
// The macOS menu-bar icon: a template image, black with the shape in alpha, at 1x and 2x, with
// the names Electron and macOS give such files (docs/api/native-image.md, "Template Image",
// "High Resolution Image"), and the drawing build/draw-icon.ts makes, so the files can be made again.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../e2e/app-build.ts';
import { renderTrayTemplate, TRAY_TEMPLATE_POINTS } from '../../../build/draw-icon.ts';

const TEMPLATE_1X = 'build/icons/trayTemplate.png';
const TEMPLATE_2X = 'build/icons/trayTemplate@2x.png';

interface Decoded {
  readonly width: number;
  readonly height: number;
  readonly rgba: Buffer;
}

/** An 8-bit RGBA, non-interlaced PNG's pixels (what draw-icon.ts writes), any row filter. */
function decodePng(bytes: Buffer): Decoded {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // Bit depth 8, colour type 6 (RGBA), interlace 0: a template needs its alpha channel.
  expect([bytes[24], bytes[25], bytes[28]]).toEqual([8, 6, 0]);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      const paeth = (): number => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predicted = [0, left, up, Math.floor((left + up) / 2), paeth()][filter ?? 0];
      if (predicted === undefined) throw new Error(`unknown PNG row filter ${filter}`);
      rgba[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, rgba };
}

const load = async (path: string) => decodePng(await readFile(join(PROJECT_ROOT, path)));
const alphas = (image: Decoded) => Array.from({ length: image.width * image.height }, (_, i) => image.rgba[i * 4 + 3] ?? 0);

describe('the macOS menu-bar template', () => {
  it('is named as a template with its @2x beside it, 18 pt: 18 px and 36 px', async () => {
    expect(TEMPLATE_1X).toMatch(/Template\.png$/);
    expect(TEMPLATE_2X).toBe(TEMPLATE_1X.replace(/\.png$/, '@2x.png'));
    expect(TRAY_TEMPLATE_POINTS).toBeGreaterThanOrEqual(16);
    expect(TRAY_TEMPLATE_POINTS).toBeLessThanOrEqual(18);
    const [one, two] = await Promise.all([load(TEMPLATE_1X), load(TEMPLATE_2X)]);
    expect([one.width, one.height]).toEqual([TRAY_TEMPLATE_POINTS, TRAY_TEMPLATE_POINTS]);
    expect([two.width, two.height]).toEqual([TRAY_TEMPLATE_POINTS * 2, TRAY_TEMPLATE_POINTS * 2]);
  });

  it('is black and alpha only: macOS paints it in the menu bar’s colour, light or dark', async () => {
    for (const path of [TEMPLATE_1X, TEMPLATE_2X]) {
      const image = await load(path);
      for (let i = 0; i < image.width * image.height; i++) expect(image.rgba.readUIntBE(i * 4, 3), `${path} pixel ${i}`).toBe(0);
      const alpha = alphas(image);
      // A shape with solid strokes and clear space around it, not an empty or full square.
      expect(alpha.filter((a) => a === 255).length / alpha.length, path).toBeGreaterThan(0.15);
      expect(alpha.filter((a) => a === 0).length / alpha.length, path).toBeGreaterThan(0.4);
      const edge = (n: number) => [0, n - 1];
      for (const y of edge(image.height)) for (let x = 0; x < image.width; x++) expect(alpha[y * image.width + x], `${path} border`).toBe(0);
    }
  });

  it('is what build/draw-icon.ts draws, and the 2x is the same drawing', async () => {
    const [one, two] = await Promise.all([load(TEMPLATE_1X), load(TEMPLATE_2X)]);
    expect(one.rgba.equals(renderTrayTemplate(1)), `${TEMPLATE_1X}: run node build/draw-icon.ts`).toBe(true);
    expect(two.rgba.equals(renderTrayTemplate(2)), `${TEMPLATE_2X}: run node build/draw-icon.ts`).toBe(true);
    // Each 1x pixel is close to the mean of its four 2x pixels (both are area coverage).
    const a1 = alphas(one);
    const a2 = alphas(two);
    const size = one.width;
    let worst = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const at = (dx: number, dy: number) => a2[(2 * y + dy) * 2 * size + 2 * x + dx] ?? 0;
        const mean = (at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4;
        worst = Math.max(worst, Math.abs(mean - (a1[y * size + x] ?? 0)));
      }
    }
    expect(worst).toBeLessThan(32); // 16 today: 4×4 samples per pixel at each scale
  });
});
