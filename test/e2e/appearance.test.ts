// @vitest-environment node
// Light and dark follow the system: the same window, opened with the system set to dark,
// draws light text on a dark background (and the reverse in light).

import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from './app-harness.ts';

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function colours(harness: AppHarness): Promise<{ background: number; text: number }> {
  const { background, text } = await harness.page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });
  return { background: luminance(background), text: luminance(text) };
}

describe('appearance', () => {
  it.each(['dark', 'light'] as const)('follows the system’s %s mode', async (scheme) => {
    app = await launchApp({ colorScheme: scheme });
    await app.drop([await app.media('mp3', { name: 'evening.mp3' }), await app.media('png', { name: 'sky.png' })]);
    await app.page.getByRole('button', { name: 'Upload all' }).click();
    await app.page.locator('[role="listitem"][data-status="done"]', { hasText: 'evening.mp3' }).waitFor();
    await app.screenshot(`${scheme}-queue`);
    const { background, text } = await colours(app);
    if (scheme === 'dark') expect(background).toBeLessThan(text);
    else expect(background).toBeGreaterThan(text);
  });
});
