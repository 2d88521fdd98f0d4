// Draws the app's icons with no image tools, so each PNG can be made again from this file:
// - the app icon (build/icon.png, 1024×1024, and build/icons/512x512.png for Linux and the tray
//   on Windows and Linux): a blue rounded square with a white arrow rising out of a tray, the
//   same mark the window's header shows;
// - the macOS menu-bar icon (build/icons/trayTemplate.png, 18×18, and trayTemplate@2x.png,
//   36×36): the same arrow and tray, simplified, black on transparent.
// Run: node build/draw-icon.ts
//
// electron-builder makes the macOS .icns and Windows .ico from icon.png (it needs ≥ 512 px).

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Shape = (x: number, y: number) => boolean;

// Shapes on a 1024 grid. The square is inset like macOS Big Sur icons (824 of 1024) so the
// icon sits in line with others in the dock; the same margin reads fine on Windows and Linux.
const square = roundedRect(100, 100, 924, 924, 185);
const shaft = roundedRect(467, 372, 557, 650, 18);
const head: Shape = (x, y) => y >= 250 && y <= 470 && Math.abs(x - 512) <= (y - 250) * (170 / 220);
const tray: Shape = (x, y) =>
  roundedRect(290, 700, 734, 770, 35)(x, y) || roundedRect(290, 590, 360, 770, 35)(x, y) || roundedRect(664, 590, 734, 770, 35)(x, y);
const mark: Shape = (x, y) => shaft(x, y) || head(x, y) || tray(x, y);

// The menu-bar glyph, in points on an 18 pt canvas. macOS draws a template image in the menu
// bar's own colour, light or dark, from its alpha alone (docs/api/native-image.md, "Template
// Image"), so there is no square and no colour: only the mark. Electron's docs/api/tray.md says
// 16×16 with a 32×32 @2x "work well for most icons"; this canvas is 18 pt, the size the tray
// drew before, with the glyph inside it 14 × 14.5 pt. Strokes are 2 pt and straight edges fall
// on whole points, so the 1x image is crisp and the 2x one is the same drawing at twice the pixels.
export const TRAY_TEMPLATE_POINTS = 18;
const glyphHead: Shape = (x, y) => y >= 1.5 && y <= 7 && Math.abs(x - 9) <= (y - 1.5) * (5 / 5.5);
const glyphShaft = roundedRect(8, 6, 10, 12, 0.4);
const glyphTray: Shape = (x, y) =>
  roundedRect(2, 14, 16, 16, 0.6)(x, y) || roundedRect(2, 10, 4, 16, 0.6)(x, y) || roundedRect(14, 10, 16, 16, 0.6)(x, y);
const glyph: Shape = (x, y) => glyphHead(x, y) || glyphShaft(x, y) || glyphTray(x, y);

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

// 4×4 samples per pixel: smooth edges without a rasteriser.
const SAMPLES = 4;

/** The app icon, `size` pixels square, as RGBA rows. */
function renderAppIcon(size: number): Buffer {
  const scale = 1024 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inSquare = 0;
      let inMark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          if (square(x, y)) {
            inSquare++;
            if (mark(x, y)) inMark++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const cover = inSquare / n;
      const white = inSquare === 0 ? 0 : inMark / inSquare;
      // Top-to-bottom gradient, #3B82F6 to #1D4ED8 (the window's accent blue).
      const t = (py * scale - 100) / 824;
      const blue = [0x3b + (0x1d - 0x3b) * t, 0x82 + (0x4e - 0x82) * t, 0xf6 + (0xd8 - 0xf6) * t];
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((blue[c] ?? 0) * (1 - white) + 255 * white);
      rgba[i + 3] = Math.round(cover * 255);
    }
  }
  return rgba;
}

/** The menu-bar template at `scale` (1 or 2) as RGBA rows: black, the shape only in alpha. */
export function renderTrayTemplate(scale: number): Buffer {
  const size = TRAY_TEMPLATE_POINTS * scale;
  const rgba = Buffer.alloc(size * size * 4); // zero: black and clear
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inGlyph = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (glyph((px + (sx + 0.5) / SAMPLES) / scale, (py + (sy + 0.5) / SAMPLES) / scale)) inGlyph++;
        }
      }
      rgba[(py * size + px) * 4 + 3] = Math.round((inGlyph / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

function png(size: number, rgba: Buffer): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// Written only when run as a script: test/main/desktop/tray-icon.test.ts imports the drawing to compare it
// with the committed files.
if (import.meta.main) {
  const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
  mkdirSync(here('icons'), { recursive: true });
  writeFileSync(here('icon.png'), png(1024, renderAppIcon(1024)));
  writeFileSync(here('icons/512x512.png'), png(512, renderAppIcon(512)));
  // The names macOS and Electron expect of a template and its 2x (docs/api/native-image.md).
  writeFileSync(here('icons/trayTemplate.png'), png(TRAY_TEMPLATE_POINTS, renderTrayTemplate(1)));
  writeFileSync(here('icons/trayTemplate@2x.png'), png(TRAY_TEMPLATE_POINTS * 2, renderTrayTemplate(2)));
}
