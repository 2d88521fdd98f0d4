// @vitest-environment node
// "Copied" on a Copy button can be read while the pointer is still on it: on the blue "Copy N
// links" it was green on blue, about 1:1 (issue 21, item 5). The contrast is computed from the
// colours Chromium paints, in light and dark, against WCAG's 4.5:1 for text.

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

/** WCAG 2.1 contrast of the button's text colour on its background (both opaque here). */
function contrastOf(button: Locator): Promise<{ ratio: number; color: string; background: string }> {
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = channels(css).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x) as [number, number];
    return { ratio: (a + 0.05) / (b + 0.05), color: style.color, background: style.backgroundColor };
  });
}

describe('the Copied confirmation', () => {
  it('reads at 4.5:1 or more on the blue Copy N links button, under the pointer, in light and dark', async () => {
    await app.addFiles([await app.media('mp3', { name: 'a.mp3' }), await app.media('mp3', { name: 'b.mp3' })]);
    await page.getByRole('button', { name: 'Upload all' }).click();
    const region = page.getByRole('region', { name: 'Finished uploads' });
    const copyAll = region.getByRole('button', { name: /^Copy 2 links/ });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await copyAll.click();
      await expect.poll(() => copyAll.textContent()).toContain('Copied');
      // The click leaves the pointer on the button: the hover colours are the ones seen.
      await copyAll.hover();
      const seen = await contrastOf(copyAll);
      expect(seen.ratio, `"Copied" in ${colorScheme}: ${seen.color} on ${seen.background}`).toBeGreaterThanOrEqual(4.5);
      await expect.poll(() => copyAll.textContent(), { timeout: 5000 }).not.toContain('Copied');
    }
    // A row's own Copy link, too.
    const rowCopy = page.getByRole('button', { name: 'Copy link for a.mp3' });
    await rowCopy.click();
    await rowCopy.hover();
    expect((await contrastOf(rowCopy)).ratio).toBeGreaterThanOrEqual(4.5);
  });
});
